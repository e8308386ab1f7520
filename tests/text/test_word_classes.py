"""Word classes: the byte column stages use to find the few words they start at."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import basma.text.classes as classes_module
import basma.text.tokens as tokens_module
from basma.text import tokenize
from basma.text.classes import word_class, word_classes
from basma.text.tokens import NUMBER, Tokens


@pytest.fixture
def registry() -> Iterator[None]:
    """Leave the registry as it was: a test's class must not change other tests' tables."""
    saved = classes_module._registry
    yield
    classes_module._registry = saved
    classes_module._lookup = None
    tokens_module.clear_word_cache()


def test_having_lists_the_words_of_a_class_in_order() -> None:
    """Numbers in any script and after a clitic or the article; never a word of letters."""
    table = tokenize("زار 3 وفود في 2025 في ال25 من شهر ٣ ثلاثة")
    assert [table.surfaces[i] for i in table.having(NUMBER)] == ["3", "2025", "ال25", "٣"]
    assert table.numbers == table.having(NUMBER)


def test_classes_read_the_same_from_records_and_from_a_selection() -> None:
    """A table made from token records, or selected from another, finds the same words."""
    table = tokenize("قال الوزير أمس. وأضاف: «وصل 40 جنديا».")
    for bits in (NUMBER, 0xFF):
        expected = [table.surfaces[i] for i in table.having(bits)]
        rebuilt = Tokens.of(tuple(table))
        assert [rebuilt.surfaces[i] for i in rebuilt.having(bits)] == expected
        selected = table.select(list(range(len(table))))
        assert [selected.surfaces[i] for i in selected.having(bits)] == expected


def test_a_class_registered_later_applies_to_tables_made_before(registry: None) -> None:
    """Registering clears the word cache, and an older table works its column out again."""
    before = tokenize("زار الرئيس دمشق ثم عاد الرئيس")
    bit = word_class("test-president", bases=lambda: {"الرءيس"})
    after = tokenize("زار الرئيس دمشق ثم عاد الرئيس")
    assert before.having(bit) == after.having(bit) == [1, 5]
    assert word_classes("الرءيس", "الرءيس") & bit and not word_classes("دمشق", "دمشق") & bit


def test_registering_a_name_again_replaces_its_test(registry: None) -> None:
    """The same name keeps its bit; only the new test counts."""
    first = word_class("test-city", bases=lambda: {"دمشق"})
    second = word_class("test-city", bases=lambda: {"بيروت"})
    assert first == second
    assert tokenize("من دمشق الى بيروت").having(second) == [3]


def test_a_test_sees_only_words_that_are_not_letters_alone(registry: None) -> None:
    """Listed forms are looked up for every word; the test runs only where a digit may be."""
    seen: list[str] = []

    def digits(norm: str, base: str) -> bool:
        seen.append(base)
        return base.isdigit()

    bit = word_class("test-digits", non_letters=digits)
    table = tokenize("قتل 12 شخصا في 3 انفجارات")
    assert table.having(bit) == [1, 4]
    assert "قتل" not in seen and {"12", "3"} <= set(seen)


def test_a_ninth_class_is_refused(registry: None) -> None:
    """One byte per token holds eight classes; a ninth is a clear error, not a silent overflow."""
    with pytest.raises(ValueError, match="classes are taken"):
        for k in range(9):
            word_class(f"test-filler-{k}", norms=frozenset)


@settings(max_examples=300)
@given(
    st.text(
        alphabet=st.sampled_from(list("وفبلك0123٣٤.,٫٬ -،ab\n")),
        max_size=40,
    )
)
def test_the_plain_split_agrees_where_no_separator_precedes_a_digit(text: str) -> None:
    """Without a separator before a digit, the pattern without the decimal branch splits alike."""
    if not tokens_module._may_hold_decimals(text):
        assert tokens_module._SPLIT_PLAIN.split(text) == tokens_module._SPLIT.split(text)
    else:
        assert any(text[i] in ".,٫٬" and text[i + 1 : i + 2].isdigit() for i in range(len(text)))


def test_the_common_word_characters_listed_first_are_all_word_characters() -> None:
    """Listing them ahead of ``\\w`` is only a shortcut for the engine: it adds no character."""
    listed = re.compile(f"[{tokens_module._COMMON_WORD_CHARS}]")
    common = [chr(c) for c in range(0x10000) if listed.fullmatch(chr(c))]
    assert len(common) == (0x064A - 0x0621 + 1) + 10 + 10 + 52
    assert all(re.fullmatch(r"\w", char) for char in common)
