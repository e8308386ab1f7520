"""The shared phrase matcher: longest, non-overlapping matches over token forms."""

from __future__ import annotations

import itertools

import pytest

from basma.text import tokenize
from basma.text.matcher import PhraseMatcher


@pytest.fixture
def matcher() -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    for phrase, payload in [
        ("وزير الدفاع", "minister-of-defence"),
        ("وزير الدفاع السوري", "syrian-minister-of-defence"),
        ("موسكو", "RUS"),
        ("بوتين", "putin"),
        ("فلاديمير بوتين", "putin"),
        ("مصر", "EGY"),
        ("عمان", "OMN"),
        ('تنظيم "داعش"', "isis"),
        ("الكرملين", "kremlin"),
    ]:
        m.add(phrase, payload)
    return m


def found(m: PhraseMatcher[str], text: str) -> list[tuple[str, list[str]]]:
    return [(x.span.text, x.payloads) for x in m.find(tokenize(text), text=text)]


def test_longest_match_wins(matcher: PhraseMatcher[str]) -> None:
    """ "وزير الدفاع السوري" beats its prefix "وزير الدفاع"."""
    assert found(matcher, "التقى وزير الدفاع السوري") == [
        ("وزير الدفاع السوري", ["syrian-minister-of-defence"])
    ]


def test_clitics_are_trimmed_from_the_span(matcher: PhraseMatcher[str]) -> None:
    """ "لموسكو" gives the span "موسكو", "وبوزير الدفاع" the span "وزير الدفاع"."""
    assert found(matcher, "زيارته لموسكو") == [("موسكو", ["RUS"])]
    assert found(matcher, "اجتمع وبوزير الدفاع") == [("وزير الدفاع", ["minister-of-defence"])]


def test_protected_names_match_after_a_conjunction(matcher: PhraseMatcher[str]) -> None:
    """ "وبوتين" is و + بوتين, not و + ب + وتين."""
    assert found(matcher, "الشرع وبوتين") == [("بوتين", ["putin"])]
    assert found(matcher, "والرئيس فلاديمير بوتين") == [("فلاديمير بوتين", ["putin"])]


def test_no_false_matches_inside_longer_words(matcher: PhraseMatcher[str]) -> None:
    """ "مصرف" is a bank, not مصر; "عمانوئيل" is a name, not عمان."""
    assert found(matcher, "مصرف لبنان المركزي وإيمانويل عمانوئيل") == []


def test_quoted_names_and_normalisation(matcher: PhraseMatcher[str]) -> None:
    """Guillemets fold to the straight quote the entry was written with; hamza forms fold."""
    assert found(matcher, "ضد تنظيم «داعش» اليوم") == [("تنظيم «داعش»", ["isis"])]


def test_matches_do_not_overlap_and_run_left_to_right(matcher: PhraseMatcher[str]) -> None:
    text = "موسكو وموسكو ثم الكرملين وللكرملين"
    spans = [x.span for x in matcher.find(tokenize(text), text=text)]
    assert [s.text for s in spans] == ["موسكو", "موسكو", "الكرملين", "لكرملين"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


def test_window_limits(matcher: PhraseMatcher[str]) -> None:
    """start/end restrict the search to a token window, e.g. one sentence."""
    tokens = tokenize("موسكو ثم وزير الدفاع")
    assert [m.token_start for m in matcher.find(tokens, 1, 4)] == [2]
    assert [m.token_start for m in matcher.find(tokens, 0, 3)] == [0]  # phrase cut by the window


def test_stem_option() -> None:
    """With use_stem, "الروسية" matches an entry "روسية"; without it, it does not."""
    plain: PhraseMatcher[str] = PhraseMatcher()
    stems: PhraseMatcher[str] = PhraseMatcher(use_stem=True)
    for m in (plain, stems):
        m.add("روسية", "RUS")
    tokens = tokenize("والروسية")
    assert plain.find(tokens) == []
    (hit,) = stems.find(tokens)
    assert hit.span.text == "روسية" and hit.forms == ("stem",)


def test_whole_word_preferred_over_clitic_reading() -> None:
    """ "بحث" (discussed) matches the entry بحث, not حث (urged) through ب + حث."""
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("بحث", "consult")
    m.add("حثت", "request")
    assert [x.payloads for x in m.find(tokenize("بحث"))] == [["consult"]]


def test_same_phrase_collects_payloads() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("الأمم المتحدة", "un")
    m.add("الامم المتحده", "un-alias")
    assert len(m) == 1
    (hit,) = m.find(tokenize("في الأمم المتحدة"))
    assert hit.payloads == ["un", "un-alias"] and hit.phrase == "الامم المتحده"


def test_span_without_text_is_rebuilt() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    m.add("وزير الدفاع", "x")
    text = "ولوزير الدفاع"
    (hit,) = m.find(tokenize(text))
    assert hit.span.text == text[hit.span.start : hit.span.end] == "وزير الدفاع"


def test_empty_phrase_is_refused() -> None:
    m: PhraseMatcher[str] = PhraseMatcher()
    with pytest.raises(ValueError, match="no tokens"):
        m.add("  ", "x")


def test_names_whose_first_letter_looks_like_a_preposition_match_after_a_conjunction() -> None:
    """'وبريطانيا' was read as و + ب + ريطانيا and matched nothing; the name must still be found."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    for name in ("بريطانيا", "بيدرسن", "فرانسوا", "كوباني"):
        matcher.add(name, name)
    for name in ("بريطانيا", "بيدرسن", "فرانسوا", "كوباني"):
        text = f"التقى الوفد مسؤولين من فرنسا و{name} أمس"
        found = matcher.find(tokenize(text), text=text)
        assert [m.span.text for m in found] == [name], name
