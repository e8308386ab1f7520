"""Amman and Oman, bodies composed from a head noun and a demonym, princes by patronymic, titles
after a name, and demonyms that are plain adjectives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basma.records import Mention

Resolve = Callable[..., tuple[Mention, ...]]


def _at(mentions: tuple[Mention, ...], surface: str) -> Mention:
    hits = [m for m in mentions if m.span.text == surface]
    assert hits, f"no mention is exactly {surface!r}: {[m.span.text for m in mentions]}"
    return hits[0]


def test_amman_in_a_jordanian_article_is_the_jordanian_government(resolved: Resolve) -> None:
    ms = resolved(
        "استقبل العاهل الأردني الملك عبدالله الثاني وفدا من الكونغرس الأميركي، وقالت عمان إنها ترحب."
    )
    m = _at(ms, "عمان")
    assert (m.actor_id, m.code, m.resolved_by) == ("jordan", "JOR", "metonym")


def test_oman_stays_oman_without_jordanian_context(resolved: Resolve) -> None:
    m = _at(resolved("أعلنت عمان أنها ستستضيف جولة جديدة من المحادثات بين الرياض وطهران."), "عمان")
    assert (m.actor_id, m.code) == ("oman", "OMN")


def test_oman_wins_when_the_article_speaks_of_omani_actors(resolved: Resolve) -> None:
    ms = resolved("قال وزير الخارجية العماني إن مسقط تدعم الحوار، وأكد الأردن أن عمان شريك موثوق.")
    assert _at(ms, "عمان").code == "OMN"


def test_the_capital_word_reads_amman(resolved: Resolve) -> None:
    assert _at(resolved("تستضيف العاصمة عمان مؤتمرا للمانحين."), "عمان").code == "JOR"


@pytest.mark.parametrize(
    ("text", "surface", "code", "sectors"),
    [
        ("اعتقلت قوات الأمن العام السورية عشرة أشخاص.", "قوات الأمن العام السورية", "SYR", {"COP"}),
        (
            "قال جهاز المخابرات العامة المصرية إنه أحبط مخططا.",
            "جهاز المخابرات العامة المصرية",
            "EGY",
            {"SPY", "GOV"},
        ),
        ("أصدرت هيئة الأركان التركية بيانا.", "هيئة الأركان التركية", "TUR", {"MIL"}),
        ("صوت مجلس النواب الأردني على القانون.", "مجلس النواب الأردني", "JOR", {"LEG"}),
        ("أحبط حرس الحدود العراقي محاولة تسلل.", "حرس الحدود العراقي", "IRQ", {"COP"}),
        ("أعلنت وزارة الصحة الفلسطينية حصيلة جديدة.", "وزارة الصحة الفلسطينية", "PSE", {"GOV"}),
        ("أعلنت وزارة المالية الكويتية عجزا في الميزانية.", "وزارة المالية الكويتية", "KWT", {"GOV"}),
        ("نشرت الشرطة العسكرية الروسية دوريات.", "الشرطة العسكرية الروسية", "RUS", {"COP", "MIL"}),
    ],
)
def test_head_noun_and_demonym_compose_a_body(
    resolved: Resolve, text: str, surface: str, code: str, sectors: set[str]
) -> None:
    m = _at(resolved(text), surface)
    assert (m.kind, m.code, set(m.sectors), m.rule) == ("organisation", code, sectors, "body:head+demonym")


def test_a_body_name_does_not_reach_across_a_preposition(resolved: Resolve) -> None:
    ms = resolved("وصلت قوات إلى الأراضي السورية.")
    assert not [m for m in ms if m.rule == "body:head+demonym"]


def test_named_institutions_keep_their_own_entries(resolved: Resolve) -> None:
    ms = resolved(
        "قالت وزارة الخزانة الأميركية والحكومة العراقية إن البنك الدولي ومجلس الأمن الدولي يدعمان الخطة."
    )
    assert (_at(ms, "وزارة الخزانة الأميركية").code, _at(ms, "وزارة الخزانة الأميركية").actor_id) == (
        "USA",
        "us-treasury",
    )
    assert _at(ms, "الحكومة العراقية").code == "IRQ"
    assert (_at(ms, "البنك الدولي").code, _at(ms, "البنك الدولي").sectors) == ("IGO", ("BUS",))
    assert _at(ms, "مجلس الأمن الدولي").code == "UNO"


def test_unknown_prince_in_a_saudi_article_is_a_saudi_elite(resolved: Resolve) -> None:
    ms = resolved(
        "أعلنت الحكومة السعودية خطة جديدة للإسكان. واستقبل صاحب السمو الملكي الأمير فيصل بن خالد بن سلطان "
        "أمير منطقة الحدود الشمالية المواطنين."
    )
    m = _at(ms, "صاحب السمو الملكي الأمير فيصل بن خالد بن سلطان")
    assert (m.kind, m.actor_id, m.code, set(m.sectors)) == ("person", None, "SAU", {"ELI", "GOV"})


def test_prince_without_a_royal_context_is_left_alone(resolved: Resolve) -> None:
    ms = resolved("قال وزير الخارجية الفرنسي إن الأمير فيصل بن خالد زار باريس.")
    assert not [m for m in ms if m.rule == "prince-patronymic"]


def test_title_after_the_name_joins_the_person_mention(resolved: Resolve) -> None:
    ms = resolved("أكد محمد بن سلمان ولي العهد أن المملكة ماضية في الإصلاح.")
    m = _at(ms, "محمد بن سلمان ولي العهد")
    assert (m.actor_id, m.code) == ("mohammed-bin-salman", "SAU")
    assert len([x for x in ms if x.actor_id == "mohammed-bin-salman"]) == 1


def test_a_title_of_someone_else_after_a_name_stays_separate(resolved: Resolve) -> None:
    ms = resolved("التقى محمد بن سلمان الرئيس الأميركي في الرياض.")
    assert _at(ms, "محمد بن سلمان").actor_id == "mohammed-bin-salman"
    assert _at(ms, "الرئيس الأميركي").actor_id == "donald-trump"


def test_demonym_of_a_currency_or_territory_is_not_an_actor(resolved: Resolve) -> None:
    ms = resolved("تراجعت الليرة السورية بعد توغل القوات في الأراضي السورية.")
    assert not [m for m in ms if m.code == "SYR"]


def test_demonym_of_people_still_codes_the_country(resolved: Resolve) -> None:
    assert _at(resolved("رحبت الحكومة بالموقف السوري من المبادرة."), "السوري").code == "SYR"


def test_bare_body_takes_the_articles_leading_country(resolved: Resolve) -> None:
    ms = resolved(
        "قال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحل السياسي. وأعلنت وزارة الداخلية القبض على خلية."
    )
    m = _at(ms, "وزارة الداخلية")
    assert (m.code, set(m.sectors), m.rule) == ("EGY", {"GOV", "COP"}, "body:head+leading-country")
    assert m.confidence < 0.8


def test_bare_body_without_any_country_in_the_article_is_not_coded(resolved: Resolve) -> None:
    assert not [
        m for m in resolved("أعلنت وزارة الداخلية القبض على خلية.") if m.span.text == "وزارة الداخلية"
    ]


def test_former_title_joins_the_name_and_never_names_todays_holder(resolved: Resolve) -> None:
    ms = resolved("قال وزير الخارجية الأمريكي السابق جون كيري إن الاتفاق صامد.", "2025-06-01")
    assert _at(ms, "وزير الخارجية الأمريكي السابق جون كيري").actor_id == "john-kerry"
    bare = _at(
        resolved("قال وزير الخارجية الأمريكي السابق إن الاتفاق صامد.", "2025-06-01"),
        "وزير الخارجية الأمريكي السابق",
    )
    assert (bare.kind, bare.actor_id, bare.code) == ("role", None, "USA")


def test_a_name_shared_by_two_royal_courts_follows_the_article(resolved: Resolve) -> None:
    saudi = resolved(
        "أعلن الديوان الملكي وفاة أمير. وقال خادم الحرمين الشريفين إن المملكة حزينة.", "2015-06-01"
    )
    jordan = resolved("أعلن الديوان الملكي أن العاهل الأردني سيستقبل ضيوفه في الأردن.", "2015-06-01")
    assert _at(saudi, "الديوان الملكي").code == "SAU"
    assert _at(jordan, "الديوان الملكي").code == "JOR"


def test_a_sector_adjective_inside_a_body_name_sets_its_sector(resolved: Resolve) -> None:
    m = _at(resolved("انتشرت القوات الأمنية العراقية في المدينة."), "القوات الأمنية العراقية")
    assert (m.code, m.sectors) == ("IRQ", ("COP",))


def test_vague_heads_need_a_demonym(resolved: Resolve) -> None:
    ms = resolved("قال الرئيس اليمني إن إدارة العمليات ومديرية الأمن تتابعان الوضع.", "2015-06-01")
    assert not [m for m in ms if m.rule == "body:head+leading-country"]


def test_a_conjoined_title_after_a_name_is_another_person(resolved: Resolve) -> None:
    ms = resolved("التقى فلاديمير بوتين ورئيس الوزراء التركي في موسكو.")
    assert _at(ms, "فلاديمير بوتين").actor_id == "vladimir-putin"


def test_inserted_patronymics_still_name_a_known_person(resolved: Resolve) -> None:
    ms = resolved(
        "وأكد عادل بن أحمد الجبير أن المملكة ماضية، وقال محمد بن عبد الله الجدعان إن الميزانية قوية."
    )
    assert _at(ms, "عادل بن أحمد الجبير").actor_id == "adel-al-jubeir"
    assert _at(ms, "محمد بن عبد الله الجدعان").actor_id == "mohammed-al-jadaan"


def test_a_patronymic_chain_with_another_family_name_is_not_that_person(resolved: Resolve) -> None:
    ms = resolved("وقال عادل بن أحمد الشمري إن الموسم ناجح.")
    assert not [m for m in ms if m.actor_id == "adel-al-jubeir"]
