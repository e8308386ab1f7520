"""The occupation as an actor, family names that look like demonyms, princes and officials named
through the article's own country, and rulers' names inside the names of institutions."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basma.records import Mention

Resolve = Callable[..., tuple[Mention, ...]]


def _at(mentions: tuple[Mention, ...], surface: str) -> Mention:
    hits = [m for m in mentions if m.span.text == surface]
    assert hits, f"no mention is exactly {surface!r}: {[m.span.text for m in mentions]}"
    return hits[0]


def _codes(mentions: tuple[Mention, ...]) -> set[str | None]:
    return {m.code for m in mentions}


# --- the occupation ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "sectors"),
    [
        ("اقتحمت قوات الاحتلال بلدة قرب نابلس واعتقلت ثلاثة شبان فلسطينيين.", "قوات الاحتلال", ("MIL",)),
        ("قررت سلطات الاحتلال هدم منزل عائلة في القدس.", "سلطات الاحتلال", ("GOV",)),
        ("هدمت جرافات الاحتلال خياما لعائلات بدوية في الضفة.", "جرافات الاحتلال", ("MIL",)),
        ("قالت شرطة الاحتلال الإسرائيلية إنها أوقفت مستوطنا.", "شرطة الاحتلال الإسرائيلية", ("COP",)),
        ("الاحتلال يواصل التضييق على الأسرى الفلسطينيين.", "الاحتلال", ("GOV",)),
    ],
)
def test_the_occupation_in_palestinian_reporting_is_israel(
    resolved: Resolve, text: str, surface: str, sectors: tuple[str, ...]
) -> None:
    m = _at(resolved(text), surface)
    assert (m.code, m.sectors) == ("ISR", sectors)
    assert m.rule.startswith("occupation")


def test_the_occupation_army_is_the_listed_israeli_army(resolved: Resolve) -> None:
    m = _at(resolved("أعلن جيش الاحتلال اعتقال شابين من مخيم جنين."), "جيش الاحتلال")
    assert (m.actor_id, m.code, m.sectors) == ("idf", "ISR", ("MIL",))


def test_a_demonym_names_another_occupier(resolved: Resolve) -> None:
    ms = resolved("بعد الاحتلال الأمريكي للعراق تفككت مؤسسات الدولة، ولم يغادر الاحتلال قبل سنوات.")
    first = _at(ms, "الاحتلال الأمريكي")
    assert (first.code, first.rule) == ("USA", "occupation+demonym")
    later = [m for m in ms if m.span.text == "الاحتلال"]
    assert [(m.code, m.rule) for m in later] == [("USA", "occupation+earlier")]


def test_a_bare_occupation_outside_that_conflict_is_no_actor(resolved: Resolve) -> None:
    """ "بعد الاحتلال" in an article about Iraq is a period, not Israel."""
    ms = resolved("عاش العراق سنوات صعبة بعد الاحتلال وتراجع الاقتصاد.")
    assert "ISR" not in _codes(ms)
    assert not [m for m in ms if "الاحتلال" in m.span.text]


def test_an_occupier_the_knowledge_base_does_not_know_is_not_guessed(resolved: Resolve) -> None:
    ms = resolved("عانت مدن الضفة من الاحتلال العثماني قرونا.")
    assert "ISR" not in _codes(ms)


# --- family names that look like demonyms ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("قال عبدالله السويدي رئيس الجمعية إن الموسم كان ناجحا.", "SWE"),
        ("صرح محمد المصري للصحفيين، وأضاف المصري أن الاجتماع كان مثمرا.", "EGY"),
        ("التقى عبد الرحمن الليبي بأعضاء النادي.", "LBY"),
        ("فاز خالد بن سعيد العراقي بالجائزة.", "IRQ"),
    ],
)
def test_a_demonym_after_a_given_name_is_a_family_name(resolved: Resolve, text: str, country: str) -> None:
    assert country not in _codes(resolved(text))


def test_a_demonym_after_a_noun_stays_an_adjective(resolved: Resolve) -> None:
    ms = resolved("قال محمد المصري إن الوفد المصري أبلغ الجانب السعودي أن الموقف المصري ثابت.")
    assert _at(ms, "الوفد المصري").code == "EGY"
    assert _at(ms, ["الموقف", "المصري"][1]).code == "EGY"
    assert _at(ms, "الجانب السعودي").code == "SAU"


# --- princes and rulers ------------------------------------------------------------------------


def test_a_prince_by_first_name_is_the_one_named_in_full_before(resolved: Resolve) -> None:
    ms = resolved(
        "استقبل الأمير فيصل بن فرحان وزير الخارجية الأردني، وأكد الأمير فيصل دعم المملكة للأردن.",
        "2021-03-01",
    )
    m = _at(ms, "الأمير فيصل")
    assert (m.actor_id, m.code, m.resolved_by) == ("faisal-bin-farhan", "SAU", "coreference")


def test_a_first_name_shared_by_two_princes_stays_unresolved(resolved: Resolve) -> None:
    ms = resolved(
        "حضر الأمير فيصل بن سلمان والأمير فيصل بن بندر الحفل في الرياض، وقال الأمير فيصل إن الحفل ناجح.",
        "2015-08-01",
    )
    assert not [m for m in ms if m.span.text == "الأمير فيصل"]


def test_an_unknown_prince_by_first_name_is_an_elite_of_a_royal_country(resolved: Resolve) -> None:
    ms = resolved("أكدت السعودية دعمها للمبادرة، وقال الأمير منصور إن المعرض في الرياض ناجح.", "2015-08-01")
    m = _at(ms, "الأمير منصور")
    assert (m.actor_id, m.code, m.sectors, m.rule) == (None, "SAU", ("ELI",), "prince-first-name")


def test_a_first_name_followed_by_a_family_name_is_not_a_first_name(resolved: Resolve) -> None:
    ms = resolved("أكدت السعودية موقفها، وقال الشيخ محمد العريفي إن الخطبة ألغيت.", "2015-08-01")
    assert not [m for m in ms if m.rule in ("prince-first-name", "first-name-coref")]


@pytest.mark.parametrize(
    ("day", "actor_id"),
    [
        ("2014-06-01", "king-salman"),
        ("2015-08-01", "mohammed-bin-nayef"),
        ("2018-03-01", "mohammed-bin-salman"),
    ],
)
def test_the_crown_prince_of_a_saudi_article_depends_on_the_day(
    resolved: Resolve, day: str, actor_id: str
) -> None:
    ms = resolved("أكدت السعودية موقفها الثابت، واستقبل ولي العهد في جدة وفدا برلمانيا.", day)
    m = _at(ms, "ولي العهد")
    assert (m.actor_id, m.code, m.rule) == (actor_id, "SAU", "office-on-date+leading:crown-prince")


@pytest.mark.parametrize(
    ("day", "actor_id"), [("2010-05-01", "king-abdullah-saudi"), ("2015-08-01", "king-salman")]
)
def test_the_custodian_of_the_two_holy_mosques_depends_on_the_day(
    resolved: Resolve, day: str, actor_id: str
) -> None:
    m = _at(resolved("وجه خادم الحرمين الشريفين بصرف إعانة عاجلة.", day), "خادم الحرمين الشريفين")
    assert (m.actor_id, m.code) == (actor_id, "SAU")


def test_a_bare_crown_prince_without_a_country_in_the_article_is_not_guessed(resolved: Resolve) -> None:
    assert not resolved("استقبل ولي العهد الضيوف في القصر.", "2015-08-01")


def test_rulers_in_the_names_of_institutions_are_not_rulers_acting(resolved: Resolve) -> None:
    ms = resolved("وقعت جامعة الملك سعود اتفاقية مع مستشفى الملك فيصل التخصصي.", "2015-08-01")
    assert not [m for m in ms if m.kind == "person"]
    m = _at(resolved("صدر قرار من الملك فيصل بإنشاء الكلية.", "2015-08-01"), "الملك فيصل")
    assert (m.actor_id, m.code) == ("king-faisal", "SAU")


# --- officials and the country's own name ------------------------------------------------------


def test_an_ambassador_of_the_kingdom_is_saudi_even_where_jordan_is_named_more(resolved: Resolve) -> None:
    ms = resolved("قال سفير المملكة لدى الأردن إن العلاقات بين السعودية والأردن متينة وإن الأردن شريك.")
    m = _at(ms, "سفير المملكة لدى الأردن")
    assert (m.kind, m.code, m.sectors) == ("role", "SAU", ("GOV",))
    assert [x.code for x in ms if x.rule == "destination-of-title"] == ["JOR"]


def test_a_spokesman_of_a_bare_ministry_takes_the_ministry_and_its_country(resolved: Resolve) -> None:
    ms = resolved("أكدت السعودية أن المتحدث باسم وزارة الداخلية أعلن القبض على خلية.", "2015-08-01")
    m = _at(ms, "المتحدث باسم وزارة الداخلية")
    assert (m.kind, m.code, set(m.sectors)) == ("role", "SAU", {"COP", "GOV"})


def test_a_region_emir_is_a_saudi_official(resolved: Resolve) -> None:
    m = _at(resolved("افتتح أمير منطقة القصيم المهرجان السنوي."), "أمير منطقة")
    assert (m.kind, m.code, m.sectors) == ("role", "SAU", ("GOV",))


def test_a_deputy_of_a_listed_ministry_is_a_role_of_it(resolved: Resolve) -> None:
    m = _at(resolved("قال وكيل وزارة الخارجية السعودية إن"), "وكيل وزارة الخارجية السعودية")
    assert (m.kind, m.actor_id, m.code) == ("role", None, "SAU")


def test_the_kingdom_is_the_article_kingdom_but_not_as_a_place(resolved: Resolve) -> None:
    ms = resolved("أكدت السعودية دعمها للحل السياسي، وقالت المملكة إنها تعمل في المملكة وخارجها.")
    found = [m for m in ms if m.span.text == "المملكة"]
    assert [(m.code, m.rule) for m in found] == [("SAU", "home-name")]
    jordan = resolved("زار الملك عبدالله الثاني الأردن مؤكدا أن المملكة ستبقى آمنة كما يريد الأردنيون.")
    assert _at(jordan, "المملكة").code == "JOR"


# --- people the knowledge base does not list -----------------------------------------------------


def test_a_titled_unknown_name_is_a_person_coded_as_the_title(resolved: Resolve) -> None:
    ms = resolved("قال المتحدث باسم الأمم المتحدة أحمد فوزي إن المحادثات ستستأنف.")
    m = _at(ms, "المتحدث باسم الأمم المتحدة أحمد فوزي")
    assert (m.kind, m.actor_id, m.code, m.rule) == ("person", None, "UNO", "title+unknown-name")


def test_a_rank_and_an_unknown_name_is_an_officer_of_the_leading_country(resolved: Resolve) -> None:
    ms = resolved("أكدت السعودية أن اللواء خالد الحربي تفقد المصابين في الرياض.")
    m = _at(ms, "اللواء خالد الحربي")
    assert (m.kind, m.actor_id, m.code, m.sectors) == ("person", None, "SAU", ("MIL",))


def test_a_known_office_holder_does_not_take_the_next_name(resolved: Resolve) -> None:
    """ "مساعد السكرتير الخاص لخادم الحرمين الشريفين الأستاذ X": X is the assistant, not the king."""
    ms = resolved(
        "حضر مساعد السكرتير الخاص لخادم الحرمين الشريفين الأستاذ سامي بن خالد الراشد.", "2015-08-01"
    )
    assert not [m for m in ms if m.rule == "title+unknown-name"]


@pytest.mark.parametrize(
    "text",
    [
        "أكدت السعودية موقفها، وإلى جانب ذلك أعلنت خطة جديدة.",  # "وإلى" reads like "والي" (a governor)
        "أكدت السعودية موقفها، وقال المهندس عبد اللطيف بن عبد الملك إن المشروع اكتمل.",  # a name, not a king
    ],
)
def test_words_that_only_look_like_titles_name_no_one(resolved: Resolve, text: str) -> None:
    assert [m.code for m in resolved(text, "2015-08-01")] == ["SAU"]
