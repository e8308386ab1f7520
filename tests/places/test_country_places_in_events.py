"""A country read as a place still reaches the event: as its place, or as the target it names."""

from __future__ import annotations

from basma import code_text
from basma.records import Event


def _events(text: str, kind: str) -> list[Event]:
    return [e for e in code_text(text, published_at="2015-08-01").events if e.type == kind]


def test_the_country_a_visitor_arrives_in_is_the_host() -> None:
    visits = _events("وصل وزير الخارجية السعودي أمس إلى المملكة الأردنية الهاشمية في زيارة رسمية.", "CONSULT")
    assert [[r.code for r in e.recipient] for e in visits] == [["JOR"]]


def test_support_for_an_effort_in_a_country_passes_over_the_supporter_named_after_the_noun() -> None:
    support = _events("أكدت الوزارة دعم واشنطن لجهود مكافحة الإرهاب في نيجيريا.", "SUPPORT")
    assert [([r.code for r in e.actor], [(r.code, r.sectors) for r in e.recipient]) for e in support] == [
        (["USA"], [("NGA", ())])
    ]


def test_an_attack_in_a_country_takes_the_country_without_its_government() -> None:
    attacks = _events("شنت الطائرات الأمريكية غارات على مواقع التنظيم في العراق.", "ASSAULT")
    assert attacks
    assert all(("IRQ", ("GOV",)) not in [(r.code, r.sectors) for r in e.recipient] for e in attacks)


def test_an_event_set_in_a_country_is_placed_there_without_the_country_as_participant() -> None:
    meetings = _events("اجتمع وزير الخارجية السعودي بنظيره الأمريكي في مصر أمس.", "CONSULT")
    assert meetings
    assert all("EGY" not in {r.code for r in e.actor + e.recipient} for e in meetings)
    assert [e.location.country for e in meetings if e.location] == ["EGY"] * len(meetings)
