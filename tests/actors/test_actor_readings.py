"""Demonyms read by the noun they describe, capitals as places, police officers, sports bodies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basma.records import Mention

Resolve = Callable[..., tuple[Mention, ...]]


def _coded(mentions: tuple[Mention, ...]) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(m.span.text, m.code, m.sectors) for m in mentions if m.code]


@pytest.mark.parametrize(
    "body",
    [
        "تتفاقم المشكلة السورية منذ سنوات.",
        "تحدث الخبراء عن الأزمة اليمنية.",
        "تراجعت السوق السعودية في تداولات اليوم.",
        "تأثر الاقتصاد التركي بهبوط العملة.",
    ],
)
def test_a_demonym_after_a_thing_gives_no_actor(resolved: Resolve, body: str) -> None:
    assert _coded(resolved(body)) == []


@pytest.mark.parametrize(
    ("body", "surface", "code", "sectors"),
    [
        ("سجل المهاجم العراقي هدفين في المباراة.", "المهاجم العراقي", "IRQ", ("CVL",)),
        ("عاد الأطباء اليمنيين إلى عملهم.", "الأطباء اليمنيين", "YEM", ("HLH",)),
        ("يعمل آلاف العمال المصريين في البناء.", "العمال المصريين", "EGY", ("LAB",)),
        ("تضامن الشعب السوري مع جيرانه.", "الشعب السوري", "SYR", ("CVL",)),
    ],
)
def test_a_demonym_after_people_is_people_of_the_country(
    resolved: Resolve, body: str, surface: str, code: str, sectors: tuple[str, ...]
) -> None:
    assert (surface, code, sectors) in _coded(resolved(body))
    assert all("GOV" not in s for _, _, s in _coded(resolved(body)))


@pytest.mark.parametrize(
    ("body", "code", "sector"),
    [
        ("وصل الوفد السوري إلى الرياض صباح اليوم.", "SYR", "GOV"),
        ("قصف الجيش العراقي مواقع التنظيم.", "IRQ", "MIL"),
        ("أعلنت القوات اليمنية تقدمها في الجبهة.", "YEM", "MIL"),
        ("رحب الجانب الروسي بالمبادرة.", "RUS", "GOV"),
        ("أوضح الموقف المصري رفضه للتدخل.", "EGY", "GOV"),
    ],
)
def test_state_bodies_keep_their_country(resolved: Resolve, body: str, code: str, sector: str) -> None:
    assert any(c == code and sector in s for _, c, s in _coded(resolved(body)))


def test_demonyms_as_nouns_and_before_names(resolved: Resolve) -> None:
    coded = _coded(resolved("تعاقد النادي مع البرتغالي الموهوب، ولا يحصل غير السعوديين على القرض."))
    assert ("البرتغالي", "PRT", ("CVL",)) in coded
    assert ("السعوديين", "SAU", ("CVL",)) in coded
    assert _coded(resolved("التقى الأمير تركي بن محمد بالوزير.")) == []  # a given name, not Turkey


def test_counterparts_and_joined_demonyms_stay_states(resolved: Resolve) -> None:
    coded = _coded(
        resolved("بحث وزير الخارجية الأردني مع نظيره العماني، وبحث الجانبان السعودي والمصري التعاون.")
    )
    assert ("العماني", "OMN", ("GOV",)) in coded
    assert ("المصري", "EGY", ("GOV",)) in coded


def test_a_country_name_after_a_thing_is_an_adjective_but_after_a_noun_of_its_own_is_the_country(
    resolved: Resolve,
) -> None:
    assert _coded(resolved("ارتفعت السوق السعودية اليوم.")) == []
    assert ("السعودية", "SAU", ("GOV",)) in _coded(resolved("ارتفع إنتاج السعودية من النفط."))


def test_officers_in_a_police_context_are_police(resolved: Resolve) -> None:
    police = "أكدت السعودية أن مدير شرطة منطقة الرياض اللواء خالد الحربي أعلن القبض على المتهمين."
    army = "أكدت السعودية أن اللواء خالد الحربي قاد القوات في المعركة."
    assert ("اللواء خالد الحربي", "SAU", ("COP",)) in _coded(resolved(police))
    assert ("اللواء خالد الحربي", "SAU", ("MIL",)) in _coded(resolved(army))


def test_sports_federations_and_teams_are_civil_bodies(resolved: Resolve) -> None:
    coded = _coded(resolved("اجتمع رئيس الاتحاد السعودي لكرة القدم مع المنتخب المصري."))
    assert coded and all("GOV" not in s for _, _, s in coded)
    assert ("المنتخب المصري", "EGY", ("CVL",)) in coded


def test_officers_near_an_intelligence_service_are_spy(resolved: Resolve) -> None:
    body = "أكد الأردن أن مدير المخابرات العامة الفريق أول سامي الخالدي حضر الاجتماع."
    assert ("الفريق أول سامي الخالدي", "JOR", ("SPY",)) in _coded(resolved(body))


def test_bodies_of_people_and_civil_committees_are_not_the_state(resolved: Resolve) -> None:
    coded = _coded(resolved("أكدت هيئة المهندسين السعوديين أهمية التدريب."))
    assert ("المهندسين السعوديين", "SAU", ("CVL",)) in coded and all("GOV" not in s for _, _, s in coded)
    coded = _coded(resolved("اجتمع رئيس اللجنة الأولمبية السعودية بالرياضيين."))
    assert coded and all(s == ("CVL",) for _, _, s in coded)


def test_weapons_of_a_country_are_things(resolved: Resolve) -> None:
    assert _coded(resolved("ضبطت الدورية أسلحة وذخيرة أميركية.")) == []


def test_a_country_inside_another_name_or_as_its_people(resolved: Resolve) -> None:
    assert _coded(resolved("تقدم بنك قطر الوطني في الترتيب، وأقيمت كأس آسيا في الدوحة.")) == []
    assert _coded(resolved("يفضل أهل قطر العقال المهدب.")) == [("أهل قطر", "QAT", ("CVL",))]
    assert _coded(resolved("يبحث النادي عن مدربين من أمريكا اللاتينية.")) == []
    assert ("قطر", "QAT", ("GOV",)) in _coded(resolved("وقعت قطر اتفاقا مع تركيا."))


def test_counts_settlers_and_soldiers_of_a_country(resolved: Resolve) -> None:
    assert ("مليون سوري", "SYR", ("CVL",)) in _coded(resolved("لجأ مليون سوري إلى تركيا."))
    assert ("المستوطنين الإسرائيليين", "ISR", ("CVL",)) in _coded(
        resolved("هاجم المستوطنين الإسرائيليين الحقول.")
    )
    assert ("جنديا تركيا", "TUR", ("MIL",)) in _coded(resolved("قتل 15 جنديا تركيا في الهجوم."))


def test_companies_papers_and_named_actors_take_the_demonym(resolved: Resolve) -> None:
    coded = _coded(resolved("أعلنت مجموعة التكنولوجيا الحيوية الأمريكية نتائج إيجابية."))
    assert coded == [("مجموعة التكنولوجيا الحيوية الأمريكية", "USA", ("BUS",))]
    coded = _coded(resolved("نقلت قناة العربية عن مسؤول سعودي قوله إن الرياض ترفض."))
    assert ("مسؤول سعودي", "SAU", ("GOV",)) in coded
    assert [m.span.text for m in resolved("أعلن حزب الله اللبناني مقتل عدد من عناصره.")] == [
        "حزب الله اللبناني"
    ]


def test_a_country_after_a_named_body_is_still_the_country(resolved: Resolve) -> None:
    coded = _coded(resolved("اتهم الجيش الأوكراني روسيا باستخدام صواريخ في القصف."))
    assert ("روسيا", "RUS", ("GOV",)) in coded
