"""Tokens with clitic segments: what actors, places and triggers match against."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from basma.records import SegmentKind, Token
from basma.text import tokenize
from basma.text.clitics import analyse_word, protected_words
from basma.text.resources import word_list
from basma.text.tokens import _INVISIBLE, Tokens, partial_norm


def forms(word: str) -> tuple[str, str, str]:
    token = tokenize(word)[0]
    return token.norm, token.base, token.stem


@pytest.mark.parametrize(
    ("word", "base", "stem"),
    [
        ("وبوزير", "وزير", "وزير"),
        ("لموسكو", "موسكو", "موسكو"),
        ("والروسية", "الروسيه", "روسيه"),
        ("وللرئيس", "الرءيس", "رءيس"),
        ("بالعاصمة", "العاصمه", "عاصمه"),
        ("فالحكومة", "الحكومه", "حكومه"),
        ("سيزورها", "يزورها", "يزور"),
        ("سيتم", "يتم", "يتم"),
        ("وستظل", "تظل", "تظل"),
        ("سنرى", "نري", "نري"),
        ("وفي", "في", "في"),
        ("و1200", "1200", "1200"),
    ],
)
def test_clitics_are_cut(word: str, base: str, stem: str) -> None:
    """Proclitics leave the base; the stem also loses the article and pronoun suffixes."""
    assert forms(word)[1:] == (base, stem)


@pytest.mark.parametrize(
    "word",
    [
        *("بوتين", "مصرف", "عمانوئيل", "لبنان", "بيروت", "سياسة", "سيارة", "وزير", "كانت", "بيان"),
        *("فلسطين", "سيطر", "سيسي", "ستين", "سيول", "ستار"),
    ],
)
def test_protected_words_are_not_cut(word: str) -> None:
    """Listed words keep their first letters: بوتين is not ب + وتين, مصرف is not مصر + ف."""
    norm, base, stem = forms(word)
    assert base == norm and stem == norm


@pytest.mark.parametrize(
    ("word", "base"),
    [("وبوتين", "بوتين"), ("للبنان", "لبنان"), ("ولبنان", "لبنان"), ("وبيروت", "بيروت"), ("وفرنسا", "فرنسا")],
)
def test_protected_words_keep_after_a_real_clitic(word: str, base: str) -> None:
    """A real conjunction or preposition is still cut in front of a protected word."""
    assert forms(word)[1] == base


@pytest.mark.parametrize("word", ["بين", "بعد", "لكن", "كما", "فقط", "الي", "التي"])
def test_short_words_are_not_cut_to_nothing(word: str) -> None:
    """The minimum stem length stops cuts such as بين -> ب + ين."""
    token = tokenize(word)[0]
    assert len(token.stem) >= 2
    assert token.base == token.norm or token.base.startswith("ال")


def test_segments_carry_kinds_and_offsets() -> None:
    """و+ب+وزير: each clitic has its own offsets into the text."""
    text = "التقى وبوزير"
    token = tokenize(text)[1]
    assert [(s.kind, s.span.text, s.span.start) for s in token.segments] == [
        (SegmentKind.CONJUNCTION, "و", 6),
        (SegmentKind.PREPOSITION, "ب", 7),
        (SegmentKind.STEM, "وزير", 8),
    ]


def test_diacritics_stay_with_their_segment() -> None:
    """Offsets are into the surface, so a shadda or a vowel stays inside the segment it marks."""
    token = tokenize("وَبِالرَّئِيسِ")[0]
    assert "".join(s.span.text for s in token.segments) == "وَبِالرَّئِيسِ"
    assert [s.span.text for s in token.segments] == ["وَ", "بِ", "ال", "رَّئِيسِ"]
    assert token.base == "الرءيس"


def test_punctuation_tokens() -> None:
    """Each punctuation mark is a token whose norm is the (folded) mark."""
    tokens = tokenize("قال: «نعم»، ثم غادر.")
    assert [t.norm for t in tokens] == ["قال", ":", '"', "نعم", '"', "،", "ثم", "غادر", "."]


def test_numbers_with_separators_are_one_token() -> None:
    """3.5 and 1,200 are single tokens; the date 18-11-2025 is three numbers and two dashes."""
    assert [t.norm for t in tokenize("3.5 مليار و1,200 ١٨-١١-٢٠٢٥")] == [
        "3.5", "مليار", "و1,200", "18", "-", "11", "-", "2025",
    ]  # fmt: skip


def test_lone_bidi_marks_are_not_tokens() -> None:
    """A right-to-left mark between two spaces is invisible and yields no token."""
    assert [t.norm for t in tokenize("دمشق \u200f بيروت")] == ["دمشق", "بيروت"]


def test_exception_list_is_normalised_and_loaded() -> None:
    """Every entry of the exception list is in normalised form and protected."""
    from basma.text.normalise import normalise

    entries = [entry for _, entry in word_list("clitic_exceptions.txt")]
    assert len(entries) > 150
    assert all(normalise(e) == e for e in entries)
    assert set(entries) <= protected_words()
    assert "فرنسا" in protected_words()  # from CLDR's Arabic country names


def test_analysis_matches_surface() -> None:
    """Segments of a word analysed alone tile it exactly."""
    found = analyse_word("وَللرئيس")
    assert found.parts[0][1] == 0 and found.parts[-1][2] == len("وَللرئيس")


def _covered(text: str) -> None:
    tokens = tokenize(text)
    position = 0
    for i, token in enumerate(tokens):
        assert token.index == i
        assert token.span.text == text[token.start : token.end]
        gap = text[position : token.start]
        assert all(c.isspace() or _INVISIBLE.fullmatch(c) for c in gap), repr(gap)
        assert token.segments, token
        assert token.segments[0].span.start == token.start
        assert token.segments[-1].span.end == token.end
        for left, right in zip(token.segments, token.segments[1:], strict=False):
            assert left.span.end == right.span.start
        for segment in token.segments:
            assert segment.span.text == text[segment.span.start : segment.span.end]
            assert segment.span.start < segment.span.end
        position = token.end
    rest = text[position:]
    assert all(c.isspace() or not c.isprintable() for c in rest) or not rest.strip()
    _columns_agree(tokens)


def _columns_agree(tokens: Tokens) -> None:
    """Every column of the table says what the token records say, built in any order."""
    assert len(tokens) == len(tokens.starts) == len(tokens.norms)
    for i in reversed(range(len(tokens))):  # build from the end: order must not matter
        token = tokens[i]
        assert tokens[i - len(tokens)] is token  # negative indices read the same record
        where = (tokens.starts[i], tokens.ends[i], tokens.surfaces[i])
        assert (token.start, token.end, token.span.text) == where
        assert (token.norm, token.base, token.stem) == (tokens.norms[i], tokens.bases[i], tokens.stems[i])
        assert partial_norm(token) == tokens.partials[i]


ARABIC = st.text(
    alphabet=st.sampled_from(list("وفبلكسالرئيسةىأإآؤءـًٌٍَُِّْ٠١٢ 0123.,،؛؟!«»\"'\n\u200f\u200cﻷﺑ-/")),
    max_size=60,
)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=80), ARABIC))
def test_tokenisation_never_loses_or_reorders(text: str) -> None:
    """Tokens appear in order, never overlap, and with the gaps rebuild the text exactly;
    each token's segments tile it exactly."""
    _covered(text)


def _rebuilt(token: Token) -> Token:
    """The same token made through the record's constructor, with its segments given outright."""
    return Token(token.index, token.span, token.norm, token.base, token.stem, token.segments)


@settings(max_examples=200)
@given(ARABIC)
def test_lazy_segments_read_like_given_ones(text: str) -> None:
    """Segments built on first read equal, compare and serialise like segments given outright, and
    the matcher's partial form is the same before and after they are built."""
    for token in tokenize(text):
        before = partial_norm(token)
        segments = token.segments
        assert segments is token.segments  # built once, then kept
        assert partial_norm(token) == before
        assert all(type(s.kind) is SegmentKind for s in segments)
        copy = _rebuilt(token)
        assert copy == token and hash(copy) == hash(token)
        assert copy.to_dict() == token.to_dict()
        assert [s["kind"] for s in token.to_dict()["segments"]] == [s.kind.value for s in segments]
        if len(segments) > 2 and segments[0].kind in (SegmentKind.CONJUNCTION, SegmentKind.PREPOSITION):
            assert before == token.norm[len(segments[0].norm) :]


def test_tokens_survive_pickling_unbuilt() -> None:
    """A token whose segments were never read still pickles (worker processes) with its segments."""
    token = tokenize("وبالرئيس")[0]
    restored = pickle.loads(pickle.dumps(token))
    assert restored == token
    assert [s.span.text for s in restored.segments] == ["و", "ب", "ال", "رئيس"]


def test_table_reads_like_a_tuple_of_tokens() -> None:
    """Slices are tuples of the same records; a table made from records equals the original."""
    text = "قال وزير الخارجية، أمس: «لن نقبل»."
    tokens = tokenize(text)
    records = tuple(tokens)
    assert tokens[1:4] == records[1:4] and tokens[1:4][0] is records[1]
    assert tokens == records and tokens == tokenize(text)
    assert tokens != tokenize("قال وزير الدفاع")
    copy = Tokens.of(records[2:5])
    assert copy.norms == tokens.norms[2:5] and copy.starts == tokens.starts[2:5]
    assert copy.partials == tokens.partials[2:5]
    assert Tokens.of(tokens) is tokens
    with pytest.raises(IndexError):
        tokens[len(tokens)]


def test_token_at_offset() -> None:
    """The token covering an offset, and None in the space between words."""
    tokens = tokenize("زار الوفد دمشق")
    assert tokens.token_at(5) == 1 and tokens.token_at(10) == 2
    assert tokens.token_at(3) is None and tokens.token_at(99) is None
