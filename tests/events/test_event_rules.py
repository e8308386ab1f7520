"""The coder's rules, each on a sentence written for it (arguments, modality, dates, dedup, quotes)."""

from __future__ import annotations

from events_helpers import make_doc

from basma.events import RuleCoder, available, code, get_coder, register
from basma.records import Event

GOV = ("GOV",)
A = {
    "الأردن": ("JOR", GOV),
    "عمّان": ("JOR", GOV),
    "وفداً عسكرياً مصرياً": ("EGY", ("MIL",)),
    "مصر": ("EGY", GOV),
    "إيران": ("IRN", GOV),
    "السعودية": ("SAU", GOV),
    "العراق": ("IRQ", GOV),
    "الرئيس العراقي": ("IRQ", GOV),
    "طهران": ("IRN", GOV),
    "الحكومة اللبنانية": ("LBN", GOV),
    "الجيش السوري": ("SYR", ("MIL",)),
    "المرصد": ("NGO", ("SOC",)),
    "قطر": ("QAT", GOV),
    "وزير الخارجية الأردني": ("JOR", GOV),
    "الصحافي": (None, ("JRN",)),
    "تركيا": ("TUR", GOV),
    "الكويت": ("KWT", GOV),
    "عناصر من الشرطة": (None, ("COP",)),
    "لبنان": ("LBN", GOV),
}


def coded(text: str) -> list[Event]:
    return list(code(make_doc(text, A))[0])


def one(text: str, type_: str) -> Event:
    found = [e for e in coded(text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in coded(text)]
    return found[0]


def codes(refs: tuple) -> set[str]:
    return {r.code for r in refs}


def test_host_verb_makes_the_guest_the_actor() -> None:
    """PLOVER visit rule: 'استقبلت عمّان وفداً مصرياً' is Egypt visiting Jordan."""
    e = one("استقبلت عمّان الأحد وفداً عسكرياً مصرياً برئاسة رئيس الأركان.", "CONSULT")
    assert e.mode == ("visit",)
    assert codes(e.actor) == {"EGY"} and codes(e.recipient) == {"JOR"}
    assert e.date.value == "2025-11-16" and e.date.granularity.value == "day"


def test_visit_noun_genitive_and_destination() -> None:
    e = one("وصل وزير الخارجية الأردني إلى طهران في زيارة رسمية تستمر يومين.", "CONSULT")
    assert codes(e.actor) == {"JOR"} and codes(e.recipient) == {"IRN"}


def test_between_gives_actor_and_recipient() -> None:
    e = one("اندلعت اشتباكات بين الجيش السوري وعناصر من الشرطة في ريف حماة.", "ASSAULT")
    assert codes(e.actor) == {"SYR"}


def test_compound_subject_of_a_meeting_is_split() -> None:
    e = one("بحثت قطر والكويت سبل تعزيز التعاون الاقتصادي.", "CONSULT")
    assert codes(e.actor) == {"QAT"} and codes(e.recipient) == {"KWT"}
    assert not [x for x in coded("بحثت قطر والكويت سبل تعزيز التعاون الاقتصادي.") if x.type == "COOPERATE"]


def test_report_by_a_third_party_is_reported_and_attributed() -> None:
    e = one("أفاد المرصد بأن الجيش السوري قصف مواقع في ريف إدلب.", "ASSAULT")
    assert e.modality == "reported"
    assert e.attribution is not None and e.attribution.source_actor is not None
    assert e.attribution.source_actor.code == "NGO"


def test_denial_negation_plan_condition_speculation() -> None:
    assert one("نفت إيران أن تكون قد هاجمت ناقلات في الخليج.", "ASSAULT").modality == "denied"
    assert one("لم يلتقِ الرئيس العراقي بأي مسؤول من إيران.", "CONSULT").modality == "negated"
    assert one("من المقرر أن يزور الرئيس العراقي السعودية الأسبوع المقبل.", "CONSULT").modality == "planned"
    assert one("إذا هاجمت إيران السعودية فإن الرد سيكون حاسماً.", "ASSAULT").modality == "hypothetical"
    assert one("رجّحت مصادر أن تستضيف قطر جولة مفاوضات جديدة.", "CONSULT").modality == "speculated"


def test_denial_verb_scoping_an_event_is_not_a_reject_event() -> None:
    assert not [e for e in coded("نفت إيران أن تكون قد هاجمت ناقلات في الخليج.") if e.type == "REJECT"]


def test_planned_aid_becomes_agree() -> None:
    """PLOVER: future material cooperation is coded AGREE."""
    events = coded("ستقدم السعودية مساعدات إنسانية إلى لبنان خلال الأيام المقبلة.")
    assert [e.type for e in events] == ["AGREE"]
    assert events[0].modality == "planned"


def test_opinion_frame_is_not_an_event() -> None:
    assert coded("يرى محللون أن إيران ستهاجم السعودية إذا فشلت المفاوضات.") == []


def test_request_content_is_not_an_event() -> None:
    events = coded("طالبت الحكومة اللبنانية إيران بوقف دعم الفصائل المسلحة.")
    assert [e.type for e in events] == ["REQUEST"]
    assert codes(events[0].recipient) == {"IRN"}


def test_passive_with_agent() -> None:
    e = one("اعتُقل الصحافي من قبل عناصر من الشرطة في بغداد.", "COERCE")
    assert e.actor and e.actor[0].sectors == ("COP",)
    assert e.recipient and e.recipient[0].sectors == ("JRN",)


def test_same_event_in_lead_and_body_is_merged_with_evidence() -> None:
    text = (
        "زار وزير الخارجية الأردني طهران الأحد.\n"
        "وخلال الزيارة التقى وزير الخارجية الأردني مسؤولين في طهران.\n"
        "وكانت زيارة وزير الخارجية الأردني إلى طهران الأولى منذ سنوات."
    )
    visits = [e for e in coded(text) if e.mode == ("visit",)]
    assert len(visits) == 1
    assert len(visits[0].evidence) >= 2


def test_quote_with_speaker_cue_and_about() -> None:
    doc = make_doc('قال وزير الخارجية الأردني إن "الأردن لن يسمح بأي اعتداء على العراق".', A)
    _, quotes = code(doc)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.speaker is not None and q.speaker.code == "JOR"
    assert q.cue is not None and q.cue.text == "قال"
    assert q.direct and "العراق" in q.content.text
    assert codes(q.about) == {"IRQ"}


def test_ids_are_stable_and_every_field_is_explained() -> None:
    text = "شنّت تركيا غارات على مواقع في شمال العراق."
    first, second = coded(text), coded(text)
    assert [e.id for e in first] == [e.id for e in second]
    fields = {x.field for x in first[0].explanation}
    assert {"type", "mode", "actor", "recipient", "date", "modality", "confidence"} <= fields
    assert first[0].coder_version == RuleCoder.version


def test_another_coder_can_be_registered_and_chosen() -> None:
    class Silent:
        name = "silent"
        version = "0"

        def code(self, doc):
            return (), ()

    register("silent", Silent)
    assert {"rules", "silent"} <= set(available())
    assert code(make_doc("زار وزير الخارجية الأردني طهران.", A), coder="silent") == ((), ())
    assert isinstance(get_coder(), RuleCoder)
