"""The date-expression table: team-written sentences with the value and granularity expected."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple

import pytest

from basma.dates import find_dates
from basma.text import tokenize

TABLE = Path(__file__).with_name("expressions.tsv")


class Row(NamedTuple):
    published_at: str
    sentence: str
    span: str
    value: str
    granularity: str
    bounds: str = ""  # optional "first..last" days the expression must span (ranges, trailing periods)


def rows() -> list[Row]:
    lines = [
        line for line in TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    return [Row(*line.split("\t")) for line in lines[1:]]


def test_table_is_large_enough() -> None:
    dated = [row for row in rows() if row.value != "-"]
    assert len(dated) >= 200


@pytest.mark.parametrize("row", rows(), ids=lambda row: f"{row.published_at[:10]}:{row.span}")
def test_expression(row: Row) -> None:
    """Each expected expression is found, covers the expected words, and resolves as expected."""
    published = datetime.fromisoformat(row.published_at)
    found = find_dates(row.sentence, tokenize(row.sentence), published)
    if row.value == "-":
        assert found == (), [d.span.text for d in found]
        return
    start = row.sentence.index(row.span)
    end = start + len(row.span)
    covering = [d for d in found if d.span.start <= start and end <= d.span.end]
    assert covering, f"no expression covers {row.span!r}; found {[d.span.text for d in found]}"
    (expr,) = covering
    assert (expr.value, expr.granularity.value) == (row.value, row.granularity), expr
    assert expr.span.text == row.sentence[expr.span.start : expr.span.end]
    assert expr.start is not None and expr.end is not None and expr.start <= expr.end
    if row.bounds:
        assert f"{expr.start}..{expr.end}" == row.bounds, expr
