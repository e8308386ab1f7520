"""One news-style sentence per PLOVER type, written by us, coded with the right type and dyad."""

from __future__ import annotations

import pytest
from events_helpers import make_doc

from basma.events import code

GOV = ("GOV",)
ACTORS = {
    "السعودية": ("SAU", GOV),
    "قطر": ("QAT", GOV),
    "إيران": ("IRN", GOV),
    "العراق": ("IRQ", GOV),
    "الأردن": ("JOR", GOV),
    "مصر": ("EGY", GOV),
    "تركيا": ("TUR", GOV),
    "إسرائيل": ("ISR", GOV),
    "لبنان": ("LBN", GOV),
    "سوريا": ("SYR", GOV),
    "الاتحاد الأوروبي": ("EUR", ("GOV",)),
    "واشنطن": ("USA", GOV),
    "موسكو": ("RUS", GOV),
    "الجيش الإسرائيلي": ("ISR", ("MIL",)),
    "الشرطة المصرية": ("EGY", ("COP",)),
    "ناشطين": (None, ("CVL",)),
    "حزب الله": ("LBN", ("REB",)),
    "الأمم المتحدة": ("UNO", ("GOV",)),
    "الحوثيون": ("YEM", ("REB",)),
    "عمال النفط": ("IRQ", ("LAB",)),
    "وزير الخارجية السعودي": ("SAU", GOV),
    "نظيره القطري": ("QAT", GOV),
    "الجيش التركي": ("TUR", ("MIL",)),
}

CASES = [
    # (sentence, type, actor code, recipient code or None)
    ("وقّعت السعودية وقطر اتفاقية للتعاون الاقتصادي في الرياض.", "AGREE", "SAU", "QAT"),
    ("التقى وزير الخارجية السعودي نظيره القطري في الدوحة.", "CONSULT", "SAU", "QAT"),
    ("رحّبت مصر بقرار الأردن فتح الحدود.", "SUPPORT", "EGY", "JOR"),
    ("رفعت واشنطن العقوبات عن سوريا.", "CONCEDE", "USA", "SYR"),
    ("تتعاون تركيا مع العراق في ضبط الحدود المشتركة.", "COOPERATE", "TUR", "IRQ"),
    ("أرسلت قطر مساعدات إنسانية إلى لبنان.", "AID", "QAT", "LBN"),
    ("انسحب الجيش التركي من مواقع شمال العراق.", "RETREAT", "TUR", "IRQ"),
    ("طالبت الأمم المتحدة إسرائيل بفتح المعابر.", "REQUEST", "UNO", "ISR"),
    ("اتهمت إيران إسرائيل بتنفيذ عمليات تخريب.", "ACCUSE", "IRN", "ISR"),
    ("رفضت موسكو مشروع القرار الذي قدّمته واشنطن.", "REJECT", "RUS", None),
    ("هدّدت إيران الاتحاد الأوروبي برد حازم.", "THREATEN", "IRN", "EUR"),
    ("تظاهر عمال النفط أمام وزارة النفط في البصرة.", "PROTEST", "IRQ", None),
    ("فرض الاتحاد الأوروبي عقوبات جديدة على إيران.", "SANCTION", "EUR", "IRN"),
    ("حشد الجيش الإسرائيلي قوات إضافية على حدود لبنان.", "MOBILIZE", "ISR", None),
    ("اعتقلت الشرطة المصرية ناشطين في القاهرة.", "COERCE", "EGY", None),
    ("شنّ الجيش الإسرائيلي غارات على مواقع حزب الله في لبنان.", "ASSAULT", "ISR", "LBN"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES, ids=[c[1] for c in CASES])
def test_each_type(sentence: str, type_: str, actor: str, recipient: str | None) -> None:
    events, _ = code(make_doc(sentence, ACTORS))
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    event = found[0]
    assert actor in {a.code for a in event.actor}
    if recipient is not None:
        assert recipient in {r.code for r in event.recipient}
    assert event.trigger.text in sentence
    assert event.cameo and event.quad in (1, 2, 3, 4)


def test_all_sixteen_types_are_covered() -> None:
    assert len({c[1] for c in CASES}) == 16
