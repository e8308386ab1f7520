"""Amounts: numbers in digits or words with what they count."""

from __future__ import annotations

from basma.text import find_amounts, tokenize


def amounts(text: str) -> list[tuple[str, float, str | None, bool]]:
    return [(a.span.text, a.value, a.object, a.approximate) for a in find_amounts(text, tokenize(text))]


def test_approximate_digits_with_object() -> None:
    assert amounts("ضم الوفد نحو 190 شخصية") == [("190", 190.0, "شخصية", True)]


def test_digits_in_other_scripts_and_scales() -> None:
    assert amounts("قدّم ١٥٠٠ منحة و3 ملايين دولار") == [
        ("١٥٠٠", 1500.0, "منحة", False),
        ("3 ملايين", 3_000_000.0, "دولار", False),
    ]


def test_number_words_add_and_multiply() -> None:
    assert amounts("نشر ثلاثة آلاف جندي ومئة وخمسين آلية") == [
        ("ثلاثة آلاف", 3000.0, "جندي", False),
        ("مئة وخمسين", 150.0, "آلية", False),
    ]


def test_vague_plurals_are_approximate() -> None:
    assert amounts("قتل عشرات المدنيين وفرّ مئات الآلاف من السكان") == [
        ("عشرات", 10.0, "المدنيين", True),
        ("مئات الآلاف", 100_000.0, "السكان", True),
    ]


def test_percent() -> None:
    assert amounts("ارتفع التضخم 12.5 في المئة") == [("12.5", 12.5, "%", False)]


def test_years_and_day_numbers_are_not_amounts() -> None:
    assert amounts("منذ عام 2015 وفي 11 تشرين الثاني و18-11-2025") == []


def test_small_number_words_alone_are_not_amounts() -> None:
    """ "أحد المسؤولين" is "one of the officials", not an amount."""
    assert amounts("قال أحد المسؤولين إن اثنين من الجرحى") == []
