"""Place mentions: clitics, common words, countries as settings, disambiguation by the article."""

from __future__ import annotations

from basma.document import Document
from basma.places import find_places, gazetteer
from basma.records import Article, Mention, Span
from basma.text import analyse


def places_in(text: str, countries: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    doc = Document(Article(id="t", text=text))
    analyse(doc)
    doc.mentions = tuple(Mention(Span(0, 0, ""), "country", None, code) for code in countries)
    return [(m.span.text, m.actor_id) for m in find_places(doc)]


def test_gazetteer_has_geonames_cities_countries_and_our_regions() -> None:
    gaz = gazetteer()
    assert len(gaz) > 10_000
    assert gaz.candidates("دمشق")[0].name == "Damascus"
    assert gaz.country("SYR") is not None
    assert gaz.capital_of("USA") is not None and gaz.capital_of("USA").admin1 == "US.DC"
    coast = gaz.get("syrian-coast")
    assert coast is not None and coast.country == "SYR" and coast.resolution == "admin-1"


def test_admin1_regions_take_their_codes_from_a_city_inside_them() -> None:
    """Guards against hand-typed admin codes drifting from the cities' GeoNames codes."""
    gaz = gazetteer()
    assert gaz.get("sy-rif-dimashq").admin1 == gaz.candidates("يبرود")[0].admin1


def test_names_with_clitics_match_and_spans_leave_the_clitic_out() -> None:
    """بدمشق / لدمشق / وفي طرطوس must all resolve, with the span on the name itself."""
    found = places_in("وصل الوفد بدمشق ثم توجه لدمشق مجددا، وفي طرطوس عقد لقاء.")
    assert found == [("دمشق", "geo:170654"), ("دمشق", "geo:170654"), ("طرطوس", "geo:163345")]


def test_common_words_that_are_also_gazetteer_names_are_not_places() -> None:
    """كان (Cannes), الحكومة and التحالف (Yemeni villages) and بيان (Kuwait) are words here."""
    assert places_in("كان التحالف قد أعلن في بيان أن الحكومة ستجتمع يوم الخميس.") == []


def test_a_country_is_a_place_only_as_a_setting() -> None:
    """As a subject a country is an actor (the actors stage's job); after في it is a place."""
    assert places_in("روسيا ترفض القرار.") == []
    assert places_in("قتل جنديان في روسيا.") == [("روسيا", "geo:2017370")]


def test_the_articles_countries_choose_between_same_named_cities() -> None:
    assert places_in("وصل الوزير إلى طرابلس.", ("LBN",)) == [("طرابلس", "geo:266826")]
    assert places_in("وصل الوزير إلى طرابلس.", ("LBY",)) == [("طرابلس", "geo:2210247")]
    assert places_in("وصل الوزير إلى القنيطرة.", ("SYR",)) == [("القنيطرة", "geo:173334")]


def test_regional_names_and_countryside_phrases() -> None:
    found = places_in("تتركز القوات في الساحل السوري وشرق الفرات، وقصفت قرى في ريف حلب.")
    assert ("الساحل السوري", "syrian-coast") in found
    assert ("شرق الفرات", "east-of-euphrates") in found
    assert ("ريف حلب", "geo:170063") in found


def test_a_name_that_needs_a_cue_is_a_place_only_with_one() -> None:
    """صور is "pictures" unless a place noun or preposition says it is Tyre."""
    assert places_in("نشر الموقع صور الدمار.") == []
    assert places_in("سقطت قذائف على مدينة صور.") == [("صور", "geo:267008")]


def test_place_mentions_carry_country_code_rule_and_confidence() -> None:
    doc = Document(Article(id="t", text="عقد الاجتماع في موسكو."))
    analyse(doc)
    (mention,) = find_places(doc)
    assert mention.kind == "place" and mention.code == "RUS" and mention.sectors == ()
    assert mention.rule.startswith("gazetteer:city") and 0.5 <= mention.confidence <= 1.0


def test_countries_after_the_words_that_the_actors_stage_reads_as_places() -> None:
    """The actors stage gives no actor for these, so the place reading must be here."""
    for text, name in [
        ("تراجعت الأسعار. وفي اليمن ارتفعت بشدة.", "اليمن"),  # "وفي" is "في"
        ("انتشرت الاحتجاجات في مدن اليمن.", "اليمن"),  # a place noun in construct
        ("ينتشر الجفاف في ربوع المغرب.", "المغرب"),
        ("سواء أكان في (المغرب) أم في غيره.", "المغرب"),  # brackets around the name
        ("فر آلاف السكان من ميانمار.", "ميانمار"),
    ]:
        assert [n for n, _ in places_in(text)] == [name], text


def test_a_country_name_that_is_also_an_adjective_after_a_place_noun_is_not_the_country() -> None:
    assert places_in("قصفت الطائرات بلدة سورية قرب الحدود.") == []
