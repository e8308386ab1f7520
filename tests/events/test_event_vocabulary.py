"""News vocabulary of the material types: convoys, joint drills, reserves, blacklists, crossings.

Each sentence is written for this test in the register of wire copy; each names the type and the
dyad a careful human coder would give. Actor mentions are stated as test data (see events_helpers).
"""

from __future__ import annotations

import pytest
from events_helpers import make_doc

from basma.events import code

GOV = ("GOV",)
MIL = ("MIL",)
ACTORS = {
    "الكويت": ("KWT", GOV),
    "اليمن": ("YEM", GOV),
    "الأردن": ("JOR", GOV),
    "البحرين": ("BHR", GOV),
    "السودان": ("SDN", GOV),
    "المغرب": ("MAR", GOV),
    "فرنسا": ("FRA", GOV),
    "لبنان": ("LBN", GOV),
    "تونس": ("TUN", GOV),
    "كندا": ("CAN", GOV),
    "اليابان": ("JPN", GOV),
    "الصين": ("CHN", GOV),
    "روسيا": ("RUS", GOV),
    "أوكرانيا": ("UKR", GOV),
    "إيران": ("IRN", GOV),
    "الجيش الباكستاني": ("PAK", MIL),
    "الجيش الإماراتي": ("ARE", MIL),
    "البحرية الهندية": ("IND", MIL),
    "الجيش الكوري الجنوبي": ("KOR", MIL),
    "حكومة مالي": ("MLI", GOV),
    "جماعة مسلحة": (None, ("REB",)),
    "أردني": ("JOR", GOV),
    "بحريني": ("BHR", GOV),
    "وزارة الصحة": ("KWT", GOV),
    "بلدية الكويت": ("KWT", GOV),
    "الجامعة": ("KWT", ("EDU",)),
}

CASES = [
    # (sentence, type, actor, recipient or None)
    ("سيّرت الكويت اليوم قافلة جديدة تضم عشرين شاحنة من الأغذية إلى اليمن.", "AID", "KWT", "YEM"),
    ("خصّصت اليابان خمسة ملايين دولار لدعم النازحين في السودان.", "AID", "JPN", "SDN"),
    ("تسلّم الجيش اللبناني من فرنسا دعماً عسكرياً يشمل آليات ومعدات.", "AID", "FRA", None),
    ("أجرى الجيش الباكستاني والجيش الإماراتي تمريناً عسكرياً مشتركاً في بحر العرب.", "COOPERATE", "PAK", "ARE"),
    ("تتبادل الأردن والبحرين المعلومات الأمنية حول شبكات التهريب.", "COOPERATE", "JOR", "BHR"),
    ("استدعى الجيش الكوري الجنوبي آلاف جنود الاحتياط بعد إطلاق صاروخ جديد.", "MOBILIZE", "KOR", None),
    ("نشرت روسيا مقاتلات إضافية قرب الحدود مع أوكرانيا.", "MOBILIZE", "RUS", None),
    ("أدرجت كندا ثلاثة كيانات إيرانية على لائحة العقوبات.", "SANCTION", "CAN", None),
    ("قررت حكومة مالي تعليق مشاركة وفدها في اجتماعات الهيئة الإقليمية.", "SANCTION", "MLI", None),
    ("تراجعت تونس عن قرار فرض تأشيرة على مواطني المغرب.", "CONCEDE", "TUN", None),
    ("أعادت الأردن فتح معبر جابر أمام حركة الشاحنات القادمة من لبنان.", "CONCEDE", "JOR", None),
    ("اتفاق أردني بحريني على توسيع التبادل التجاري بين البلدين", "AGREE", "JOR", "BHR"),
    ("تعرّضت سفينة تجارية لهجوم شنّته جماعة مسلحة قبالة سواحل اليمن.", "ASSAULT", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "recipient"), CASES, ids=[c[1] for c in CASES])
def test_news_vocabulary(sentence: str, type_: str, actor: str | None, recipient: str | None) -> None:
    events, _ = code(make_doc(sentence, ACTORS))
    found = [e for e in events if e.type == type_]
    assert found, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    if actor is not None:
        assert any(actor in {a.code for a in e.actor} for e in found)
    if recipient is not None:
        assert any(recipient in {r.code for r in e.recipient} for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "استدعت النيابة العامة الشاهد للإدلاء بإفادته في القضية.",
        "أرسلت الوزارة تعميماً إلى المدارس حول مواعيد الامتحانات.",
        "تراجعت أسعار النفط في تعاملات اليوم بعد بيانات المخزون الأميركي.",
        "وقّع اللاعب عقداً جديداً مع النادي لمدة ثلاثة مواسم.",
        "تستهدف الخطة الجديدة في الكويت رفع نسبة التوظيف بين الشباب.",
        "احتلت الكويت المرتبة الأولى في مؤشر الشفافية الإقليمي.",
        "كرّمت الكويت ثلاثين طالباً متفوقاً في حفل ختام العام الدراسي.",
        "نفذت وزارة الصحة حملة التطعيم بالتعاون مع بلدية الكويت.",
        "قدمت جمعية خيرية مساعدات غذائية للأسر المحتاجة في الكويت.",
    ],
)
def test_administrative_and_market_uses_are_not_events(sentence: str) -> None:
    events, _ = code(make_doc(sentence, ACTORS))
    assert not events, [(e.type, e.trigger.text) for e in events]
