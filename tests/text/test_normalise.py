"""Normalisation: the folding that makes lexicon entries and article words meet."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from basma.text import normalise
from basma.text.normalise import fold_word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراءيل"),
        ("آذار", "اذار"),
        ("مسؤول", "مسءول"),
        ("مسئول", "مسءول"),
        ("مستشفى", "مستشفي"),
        ("الروسية", "الروسيه"),
        ("العـــــربية", "العربيه"),
        ("وَصَفَ", "وصف"),
        ("رجّحت", "رجحت"),
        ("ﻷ", "لا"),  # lam-alef presentation form
        ("ﺑﻴﺮﻭﺕ", "بيروت"),  # presentation forms letter by letter
        ("٢٠٢٥", "2025"),
        ("۲۰۲۵", "2025"),
        ("«داعش»", '"داعش"'),
        ("“Reuters”", '"reuters"'),
        ("السوري – الأميركي", "السوري - الاميركي"),
        ("دمشق\u200f", "دمشق"),
        ("\u202bبيروت\u202c", "بيروت"),
        ("  وزير   الدفاع  ", "وزير الدفاع"),
        ("ISIS", "isis"),
        ("فارسی کتاب", "فارسي كتاب"),
    ],
)
def test_folds_variants(raw: str, expected: str) -> None:
    """Each spelling variant listed in the text-layer contract folds to one form."""
    assert normalise(raw) == expected


def test_article_text_is_not_touched() -> None:
    """Normalising returns a new string; it never edits the argument (strings are immutable, but
    the function must not be used in place of the text either: offsets come from the original)."""
    text = "وَصَفَ الرئيسُ"
    normalise(text)
    assert text == "وَصَفَ الرئيسُ"


@given(st.text())
def test_idempotent(text: str) -> None:
    """Normalising twice changes nothing more than normalising once."""
    once = normalise(text)
    assert normalise(once) == once


@given(st.text().filter(lambda s: not any(c.isspace() for c in s)))
def test_word_folding_matches_normalise(text: str) -> None:
    """The per-token fast path gives the same result as the public function on a single word."""
    assert fold_word(text) == normalise(text)


@given(st.text(min_size=1))
def test_folding_is_per_character(text: str) -> None:
    """A word's folded form is the concatenation of its characters' folded forms (offsets rely on it)."""
    word = "".join(c for c in text if not c.isspace())
    assert fold_word(word) == "".join(fold_word(c) for c in word)
