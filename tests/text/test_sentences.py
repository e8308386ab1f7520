"""Sentence splitting for news Arabic."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from basma.text import split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [s.span.text for s in split_sentences(text, tokenize(text))]


def test_arabic_comma_does_not_end_a_sentence() -> None:
    assert sentences("زار الوفد دمشق، والتقى الوزير. ثم عاد.") == [
        "زار الوفد دمشق، والتقى الوزير.",
        "ثم عاد.",
    ]


def test_all_end_marks_and_line_breaks() -> None:
    text = "هل انتهى؟ نعم! انتهى؛ وبدأ غيره\nسطر آخر? end"
    assert sentences(text) == ["هل انتهى؟", "نعم!", "انتهى؛", "وبدأ غيره", "سطر آخر?", "end"]


def test_abbreviations_and_initials() -> None:
    """ "د." and "م." before a name are initials, not sentence ends."""
    assert sentences("قال د. محمد وم. أحمد إن Dr. Smith وصل.") == ["قال د. محمد وم. أحمد إن Dr. Smith وصل."]


def test_era_marker_can_end_a_sentence() -> None:
    assert sentences("تأسست عام 1946 م. ثم توسعت.") == ["تأسست عام 1946 م.", "ثم توسعت."]


def test_quotation_keeps_its_sentence_together() -> None:
    text = "قال إن «الوضع صعب. لكننا صامدون». وأضاف أنه متفائل."
    assert sentences(text) == ["قال إن «الوضع صعب. لكننا صامدون».", "وأضاف أنه متفائل."]


def test_closing_quote_and_bracket_stay_with_the_sentence() -> None:
    assert sentences('قال: "انتهى الأمر." ثم غادر (إلى بيروت.) بعدها') == [
        'قال: "انتهى الأمر."',
        "ثم غادر (إلى بيروت.)",
        "بعدها",
    ]


def test_decimals_urls_and_ellipsis() -> None:
    assert sentences("بلغ 3.5 مليار عبر www.example.com... ثم تراجع") == [
        "بلغ 3.5 مليار عبر www.example.com...",
        "ثم تراجع",
    ]


def test_sentences_cover_all_tokens_in_order() -> None:
    text = "أولاً. ثانياً؟\n\n«ثالثاً». رابعاً"
    tokens = tokenize(text)
    found = split_sentences(text, tokens)
    assert found[0].token_start == 0 and found[-1].token_end == len(tokens)
    for a, b in itertools.pairwise(found):
        assert a.token_end == b.token_start
    assert [s.index for s in found] == list(range(len(found)))


def test_empty_text() -> None:
    assert split_sentences("", ()) == ()


NEWS_LIKE = st.text(
    alphabet=st.sampled_from(list('وقال الرئيس د م 2025 .؟?!؛;،«»"“”()\n ')),
    max_size=120,
)


@settings(max_examples=300)
@given(NEWS_LIKE)
def test_sentences_tile_the_tokens(text: str) -> None:
    """However marks, quotes and breaks fall, sentences take every token once, in order, and none
    is empty; each sentence's span runs from its first token to its last."""
    tokens = tokenize(text)
    found = split_sentences(text, tokens)
    if not tokens:
        assert found == ()
        return
    assert found[0].token_start == 0 and found[-1].token_end == len(tokens)
    for a, b in itertools.pairwise(found):
        assert a.token_end == b.token_start
    for sentence in found:
        assert sentence.token_start < sentence.token_end
        assert sentence.span.start == tokens[sentence.token_start].start
        assert sentence.span.end == tokens[sentence.token_end - 1].end
