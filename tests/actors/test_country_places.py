"""Country names used as places give no actor; the places stage and the event's target read them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from basma import code_text
from basma.records import Mention

Resolve = Callable[..., tuple[Mention, ...]]


def _codes(mentions: tuple[Mention, ...]) -> set[str | None]:
    return {m.code for m in mentions if m.code}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("قتل ثلاثة مدنيين في سوريا أمس.", "SYR"),
        ("سقطت قذيفة على قرية جنوب تركيا.", "TUR"),
        ("يعيش آلاف النازحين خارج اليمن منذ سنوات.", "YEM"),
        ("انطلقت القافلة من الجزائر مرورا بتونس.", "TUN"),
        ("تحسنت الأوضاع في لبنان خلال الصيف.", "LBN"),
        ("وصل الفريق إلى مصر صباح اليوم.", "EGY"),
        ("ازدادت الهجمات في أنحاء العراق.", "IRQ"),
        ("تنتشر الألغام على حدود الأردن الشمالية.", "JOR"),
    ],
)
def test_a_country_after_a_word_of_place_is_no_actor(resolved: Resolve, body: str, country: str) -> None:
    assert country not in _codes(resolved(body))


def test_a_place_shares_its_reading_with_the_countries_joined_to_it(resolved: Resolve) -> None:
    codes = _codes(resolved("تراجعت أسعار الخبز في العراق وسوريا هذا العام."))
    assert not codes & {"IRQ", "SYR"}


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("رفضت سوريا الاقتراح الأوروبي.", "SYR"),  # a subject
        ("أدان الوزير التدخل الإيراني في سوريا.", "SYR"),  # "في" brings the object of an intervention
        ("تدخلت روسيا في سوريا عام 2015.", "SYR"),
        ("قالت السلطات في مصر إن التحقيق مستمر.", "EGY"),  # whose rulers
        ("أكد المسؤولون الأمنيون في العراق اعتقال خلية.", "IRQ"),
        ("وجه الوزير رسالة إلى إيران.", "IRN"),  # "إلى" without a verb of motion
        ("هاجمت الجماعة السفن المرتبطة بإسرائيل.", "ISR"),  # "بـ" alone is no place
        ("ناقش الاجتماع الوضع في المنطقة. وأعلنت مصر دعمها للخطة.", "EGY"),  # a new sentence
        ("تحدث عن دور الحكومة في اليمن، وطهران تواصل دعم الجماعة.", "IRN"),  # a new clause
    ],
)
def test_a_country_that_acts_or_is_acted_on_stays_an_actor(
    resolved: Resolve, body: str, country: str
) -> None:
    mentions = [m for m in resolved(body) if m.code == country]
    assert mentions and all("GOV" in m.sectors for m in mentions)


def test_the_place_reading_feeds_the_places_stage() -> None:
    coded = code_text("قتل ثلاثة مدنيين في غارة جوية في سوريا أمس.", published_at="2025-11-18")
    assert "SYR" not in {m.code for m in coded.mentions}
    assert [(p.span.text, p.code) for p in coded.places] == [("سوريا", "SYR")]


def test_the_pair_anaphor_still_finds_countries_named_as_places(resolved: Resolve) -> None:
    mentions = resolved("نفذ التنظيم هجمات في العراق وسوريا. ودمرت الطائرات جسرا بين البلدين.")
    assert {m.code for m in mentions if m.rule == "pair-coref"} == {"IRQ", "SYR"}


def test_support_for_something_in_a_country_has_the_country_as_recipient() -> None:
    coded = code_text("أعرب الاتحاد الأوروبي عن تأييده للانتقال السياسي في ليبيا.", published_at="2025-11-18")
    support = [e for e in coded.events if e.type == "SUPPORT"]
    assert support
    assert [(r.code, r.sectors, r.actor_id) for r in support[0].recipient] == [("LBY", (), None)]


def test_the_country_a_visit_goes_to_is_its_host(resolved: Resolve) -> None:
    codes = _codes(resolved("بدأ الرئيس الفرنسي زيارة إلى مصر تستمر يومين."))
    assert "EGY" in codes


def test_a_part_of_a_country_is_a_place(resolved: Resolve) -> None:
    assert "LBY" not in _codes(resolved("تقع المدينة في الشمال الأوسط من ليبيا."))
    assert "SYR" not in _codes(resolved("سيطر التنظيم على أجزاء من سوريا."))
    assert "IRQ" in _codes(resolved("جاءت أكبر زيادة في الإنتاج من العراق."))


@pytest.mark.parametrize(
    "body",
    [
        "قالت السلطات الأمريكية في العراق إن الهجوم فشل.",  # the demonym names the rulers' country
        "هاجم تنظيم الدولة الإسلامية في العراق قرية.",  # a name, not the state's rulers
    ],
)
def test_rulers_of_another_country_or_a_name_leave_the_country_a_place(resolved: Resolve, body: str) -> None:
    assert "IRQ" not in _codes(resolved(body))
