"""Argument order in headlines and wire copy: fronted subjects, places hit, protests' messages.

Sentences are written for these tests. Actor mentions and place names are given as test data, the
way the actors and places stages would hand them to the coder.
"""

from __future__ import annotations

from events_helpers import make_doc

from basma.document import Document
from basma.events import code
from basma.records import Mention, Span

GOV = ("GOV",)
ACTORS = {
    "طهران": ("IRN", GOV),
    "واشنطن": ("USA", GOV),
    "أنقرة": ("TUR", GOV),
    "بغداد": ("IRQ", GOV),
    "القاهرة": ("EGY", GOV),
    "روسي": ("RUS", GOV),
    "الجيش الإسرائيلي": ("ISR", ("MIL",)),
    "الإسرائيلية": ("ISR", GOV),
}


def _with_places(doc: Document, places: dict[str, str]) -> Document:
    found = []
    for surface, code_ in places.items():
        start = doc.text.find(surface)
        found.append(Mention(Span.of(doc.text, start, start + len(surface)), "place", None, code_))
    doc.places = tuple(found)
    return doc


def _dyads(text: str, places: dict[str, str] | None = None) -> list[tuple[str, set[str], set[str]]]:
    doc = _with_places(make_doc(text, ACTORS), places or {})
    events, _ = code(doc)
    return [(e.type, {a.code for a in e.actor}, {r.code for r in e.recipient}) for e in events]


def test_headline_subject_before_the_verb_is_the_actor() -> None:
    assert ("ACCUSE", {"IRN"}, {"USA"}) in _dyads("طهران تتهم واشنطن بتأجيج الاضطرابات")
    assert ("ACCUSE", {"TUR"}, {"IRQ"}) in _dyads("أنقرة تنتقد بغداد لسماحها بنشاط المسلحين")


def test_verb_first_order_is_unchanged() -> None:
    assert ("ACCUSE", {"IRN"}, {"USA"}) in _dyads("اتهمت طهران واشنطن بتأجيج الاضطرابات.")


def test_subject_after_an_earlier_clause_is_not_fronted_across_a_verb() -> None:
    dyads = _dyads("قالت القاهرة إن واشنطن تدعم الحل السياسي.")
    assert all(actor != {"EGY"} for type_, actor, _ in dyads if type_ == "SUPPORT")


def test_after_a_complementiser_the_name_before_the_verb_is_its_subject() -> None:
    # Reported speech puts the clause's subject between "إن/أن" and its verb; the name after the
    # verb is the object, not a verb-first subject.
    assert ("SUPPORT", {"USA"}, {"TUR"}) in _dyads("قالت القاهرة إن واشنطن تدعم أنقرة في مساعيها.")
    assert ("ACCUSE", {"IRN"}, {"IRQ"}) in _dyads("وذكر بيان أن طهران تتهم بغداد بالتقصير.")


def test_place_hit_gives_the_recipient_country() -> None:
    dyads = _dyads("قتلى بقصف روسي على خاركيف فجر اليوم", {"خاركيف": "UKR"})
    assert ("ASSAULT", {"RUS"}, {"UKR"}) in dyads


def test_place_of_the_attacker_is_not_the_target() -> None:
    dyads = _dyads(
        "قصف الجيش الإسرائيلي من الجولان مواقع في ريف درعا.", {"الجولان": "ISR", "ريف درعا": "SYR"}
    )
    assert ("ASSAULT", {"ISR"}, {"SYR"}) in dyads


def test_protest_takes_its_country_from_the_place_and_its_message_is_not_an_event() -> None:
    dyads = _dyads(
        "تظاهر آلاف الطلاب في عمّان رفضاً للعمليات الإسرائيلية في غزة.", {"عمّان": "JOR", "غزة": "PSE"}
    )
    protests = [d for d in dyads if d[0] == "PROTEST"]
    assert protests and protests[0][1] == {"JOR"}
    assert not [d for d in dyads if d[0] == "REJECT"]


def test_withdrawal_from_a_place_gives_the_country_left() -> None:
    dyads = _dyads("انسحب الجيش الإسرائيلي من مواقع قرب مدينة القنيطرة.", {"مدينة القنيطرة": "SYR"})
    assert ("RETREAT", {"ISR"}, {"SYR"}) in dyads


def test_arrest_at_home_keeps_the_country_as_recipient() -> None:
    dyads = _dyads("اعتقلت الشرطة في القاهرة خمسة أشخاص.", {"القاهرة": "EGY"})
    assert all(type_ != "COERCE" or recipient == {"EGY"} for type_, _, recipient in dyads)


def test_outer_preposition_governs_a_partitive_phrase() -> None:
    text = "فرضت واشنطن عقوبات على عدد من الشركات الإسرائيلية."
    assert ("SANCTION", {"USA"}, {"ISR"}) in _dyads(text)


def test_verb_after_a_relative_pronoun_does_not_take_an_earlier_participant() -> None:
    dyads = _dyads("أدانت القاهرة التفجير الذي استهدف مسجداً في مدينة أبها.", {"مدينة أبها": "SAU"})
    assert all(actor != {"EGY"} for type_, actor, _ in dyads if type_ == "ASSAULT")


def test_the_nearest_light_verb_governs_the_noun() -> None:
    dyads = _dyads("علّقت واشنطن مساعداتها لبغداد وفرضت عقوبات على طهران.")
    assert ("SANCTION", {"USA"}, {"IRN"}) in dyads
    assert not [d for d in dyads if d[0] == "CONCEDE"]


def test_a_participant_is_not_its_own_trigger_noun() -> None:
    ACTORS["القوات المسلحة الأردنية"] = ("JOR", ("MIL",))
    dyads = _dyads("أرسلت القوات المسلحة الأردنية طائرتين محمّلتين بالمساعدات إلى غزة.", {"غزة": "PSE"})
    assert not [d for d in dyads if d[0] == "MOBILIZE"]
    assert [d for d in dyads if d[0] == "AID"]
