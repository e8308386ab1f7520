"""Composition, date-aware offices, coreference and disambiguation on one-sentence examples."""

from __future__ import annotations

from collections.abc import Callable

from basma.records import Mention

Resolve = Callable[..., tuple[Mention, ...]]


def _find(mentions: tuple[Mention, ...], surface: str) -> Mention:
    hits = [m for m in mentions if surface in m.span.text]
    assert hits, f"no mention covers {surface!r}: {[m.span.text for m in mentions]}"
    return hits[0]


def test_deputy_title_with_demonym_codes_country_and_sectors(resolved: Resolve) -> None:
    """Guards against 'نائب' being dropped and the office holder lookup naming a person."""
    m = _find(resolved("وصل نائب وزير الدفاع الروسي إلى المنطقة."), "نائب وزير الدفاع الروسي")
    assert (m.kind, m.actor_id, m.code, set(m.sectors)) == ("role", None, "RUS", {"MIL", "GOV"})


def test_title_rank_and_name_make_one_person_mention(resolved: Resolve) -> None:
    ms = resolved("التقى وزير الدفاع السوري اللواء مرهف أبو قصرة الوفد.")
    m = _find(ms, "وزير الدفاع السوري اللواء مرهف أبو قصرة")
    assert (m.actor_id, m.code, m.rule) == ("murhaf-abu-qasra", "SYR", "title+name")
    assert not [x for x in ms if x.span.text == "مرهف أبو قصرة"]


def test_office_lookup_uses_the_publication_date(resolved: Resolve) -> None:
    now = _find(resolved("قال الرئيس الأميركي إن بلاده ستنسحب.", "2025-06-01"), "الرئيس الأميركي")
    then = _find(resolved("قال الرئيس الأميركي إن بلاده ستنسحب.", "2015-06-01"), "الرئيس الأميركي")
    assert (now.actor_id, now.resolved_by) == ("donald-trump", "role")
    assert then.actor_id == "barack-obama"


def test_group_with_sector_and_demonym(resolved: Resolve) -> None:
    m = _find(resolved("استقبلت أنقرة أمس وفداً عسكرياً روسياً رفيع المستوى."), "وفداً عسكرياً روسياً")
    assert (m.code, m.sectors, m.kind) == ("RUS", ("MIL",), "group")


def test_capital_phrase_is_a_metonym_for_the_government(resolved: Resolve) -> None:
    m = _find(resolved("رحّبت العاصمة السورية دمشق بالقرار."), "العاصمة السورية دمشق")
    assert (m.actor_id, m.code, m.resolved_by) == ("syria", "SYR", "metonym")


def test_group_from_several_countries_gives_one_mention_each(resolved: Resolve) -> None:
    ms = resolved("أجرت وفود استخبارية من روسيا وتركيا والولايات المتحدة محادثات.")
    groups = [(m.code, m.sectors) for m in ms if m.kind == "group"]
    assert groups == [("RUS", ("SPY",)), ("TUR", ("SPY",)), ("USA", ("SPY",))]


def test_group_from_an_organisation_takes_its_code(resolved: Resolve) -> None:
    m = _find(resolved("بحث وفد من الكونغرس الأميركي ملف العقوبات أمس."), "وفد من الكونغرس")
    assert (m.actor_id, m.code, m.sectors) == ("us-congress", "USA", ("LEG",))


def test_officials_with_demonym_and_sources_without_country(resolved: Resolve) -> None:
    ms = resolved("التقى مسؤولين سوريين، بحسب مصادر ديبلوماسية.")
    assert (_find(ms, "مسؤولين سوريين").code, _find(ms, "مسؤولين سوريين").sectors) == ("SYR", ("GOV",))
    sources = _find(ms, "مصادر ديبلوماسية")
    assert (sources.kind, sources.code, sources.sectors) == ("role", None, ("GOV",))


def test_short_name_needs_the_full_name_first(resolved: Resolve) -> None:
    alone = resolved("قال الشرع إن الاتفاق قريب.")
    after = resolved("وصل الرئيس السوري أحمد الشرع إلى باريس. وقال الشرع إن الاتفاق قريب.")
    assert not [m for m in alone if m.actor_id == "ahmed-al-sharaa"]
    short = [m for m in after if m.span.text == "الشرع"]
    assert short and short[0].resolved_by == "coreference"


def test_delegation_anaphor_takes_the_earlier_code(resolved: Resolve) -> None:
    ms = resolved("وصل وفداً عسكرياً روسياً إلى دمشق. وناقش الوفد ملفات عدة.")
    m = next(x for x in ms if x.span.text == "الوفد")
    assert (m.code, m.sectors, m.resolved_by) == ("RUS", ("MIL",), "coreference")


def test_watan_is_the_newspaper_only_with_a_cue(resolved: Resolve) -> None:
    paper = resolved('ونقلت صحيفة "الوطن" عن مصدر رسمي أن الزيارة ناجحة.')
    homeland = resolved("قال إن الوطن يمر بمرحلة صعبة.")
    assert [m.actor_id for m in paper if "الوطن" in m.span.text] == ["al-watan-syria"]
    assert not [m for m in homeland if m.actor_id == "al-watan-syria"]


def test_future_movement_vs_the_future(resolved: Resolve) -> None:
    party = resolved("اجتمع نواب المستقبل في بيروت.")
    future = resolved("نأمل أن يكون المستقبل أفضل.")
    assert "future-movement" in {m.actor_id for m in party}
    assert "future-movement" not in {m.actor_id for m in future}


def test_kremlin_spokesman_resolves_to_the_office_holder(resolved: Resolve) -> None:
    m = _find(resolved("قال المتحدث باسم الكرملين إن موسكو تتفهم."), "المتحدث باسم الكرملين")
    assert (m.actor_id, m.code) == ("dmitry-peskov", "RUS")


def test_sharaa_before_2025_is_a_rebel(resolved: Resolve) -> None:
    m = _find(resolved("قال أحمد الشرع إن الهجوم بدأ.", "2024-12-01"), "أحمد الشرع")
    assert (m.code, m.sectors) == ("SYR", ("REB",))


def test_capital_after_a_preposition_is_a_weaker_metonym(resolved: Resolve) -> None:
    ms = resolved("رفضت موسكو الاقتراح، وبعث الوفد رسالة إلى موسكو.")
    agent, addressee = [m for m in ms if "موسكو" in m.span.text]
    assert agent.confidence > addressee.confidence and addressee.rule == "capital-locative"


def test_capital_as_a_place_is_no_actor(resolved: Resolve) -> None:
    ms = resolved("تظاهر المئات بقلب واشنطن. وعاد الوفد إلى موسكو، ثم اجتمع في القاهرة. وترفض طهران الاتهام.")
    assert [(m.span.text, m.code) for m in ms if m.kind == "country"] == [("طهران", "IRN")]
