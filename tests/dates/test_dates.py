"""Date expressions: the seed article's dates, the lexicon, and articles without a publication date."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel import Locale

from basma.dates import find_dates
from basma.dates.lexicon import calendar
from basma.records import DateBasis, Granularity
from basma.text import normalise, tokenize

SEED = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "seeds"
    / "annahar-2025-11-18-yevkurov-damascus.txt"
)
PUBLISHED = datetime.fromisoformat("2025-11-18T06:00:00+02:00")


def test_seed_article_dates() -> None:
    """Every date expression of the seed article resolves as the hand-coded gold says."""
    if not SEED.exists():
        pytest.skip("seed article not available")
    text = SEED.read_text(encoding="utf-8")
    found = {d.span.text: d for d in find_dates(text, tokenize(text), PUBLISHED)}
    sunday = found["الأحد"]
    assert (sunday.value, sunday.granularity, sunday.basis) == (
        "2025-11-16",
        Granularity.DAY,
        DateBasis.RELATIVE,
    )
    peskov = found["11 تشرين الثاني/نوفمبر"]
    assert (peskov.value, peskov.granularity, peskov.basis) == (
        "2025-11-11",
        Granularity.DAY,
        DateBasis.EXPLICIT,
    )
    assert found["تشرين الأول/أكتوبر الماضي"].value == "2025-10"
    middle = found["منتصف الشهر الماضي"]
    assert middle.value == "2025-10-15" and middle.granularity is Granularity.MONTH
    assert str(middle.start) == "2025-10-10" and str(middle.end) == "2025-10-20"
    week = found["بعد أسبوع فقط من"]
    assert (week.value, week.granularity, week.basis) == (
        "2025-11-09",
        Granularity.WEEK,
        DateBasis.ARTICLE_CONTEXT,
    )
    assert found["عام 2015"].value == "2015"


def test_without_publication_date() -> None:
    """Explicit dates still resolve; relative ones are found but keep no value."""
    text = "وصل الوفد أمس، وكان قد زار بيروت في 5 كانون الثاني 2024."
    found = {d.span.text: d for d in find_dates(text, tokenize(text), None)}
    assert found["أمس"].value is None and found["أمس"].granularity is Granularity.DAY
    assert found["5 كانون الثاني 2024"].value == "2024-01-05"


def test_expressions_do_not_overlap() -> None:
    text = "الأحد 16 تشرين الثاني، وبعد أسبوع من ذلك، ثم في 18-11-2025 ومنتصف الشهر الماضي"
    found = find_dates(text, tokenize(text), PUBLISHED)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))
    assert len(found) == 4


def test_calendar_covers_cldr_month_names() -> None:
    """Every Arabic month name CLDR knows (Levantine, Egyptian, Moroccan, Algerian) is in our data."""
    ours = set(calendar().months)
    for locale in ("ar", "ar_SY", "ar_IQ", "ar_MA", "ar_DZ", "ar_TN", "ar_EG"):
        for number, name in Locale.parse(locale).months["format"]["wide"].items():
            key = tuple(normalise(name).split())
            assert calendar().months.get(key) == number, (locale, name)
            assert key in ours


def test_calendar_weekdays_match_cldr() -> None:
    names = Locale.parse("ar").days["format"]["wide"]
    for number, name in names.items():
        assert calendar().weekdays[normalise(name)] == number


@pytest.mark.parametrize(
    "sentence",
    [
        "تأسست الجمعية في شهر رجب من عام 1319 هـ على يد رجال البلدة.",
        "وقبل 6266 عاماً من اليوم عاش الإنسان في هذه الكهوف.",
    ],
)
def test_dates_outside_the_calendar_tables_are_skipped_not_fatal(sentence: str) -> None:
    """Old Hijri years and huge offsets raised OverflowError/ValueError and lost the whole article."""
    found = find_dates(sentence, tokenize(sentence), datetime(2015, 8, 1, tzinfo=UTC))
    assert all(d.value is None or d.value[:1].isdigit() for d in found)
