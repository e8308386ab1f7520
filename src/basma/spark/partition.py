"""What each Spark task runs: JSON lines in, table rows out, with the local pipeline's functions.

Kept free of pyspark imports so it can be tested, and reasoned about, as plain Python: a
distributed run is exactly ``process_safely`` plus ``table_rows`` applied line by line.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import Any

import pyarrow as pa

from basma.batch import process_safely, tuned_gc
from basma.errors import MalformedInput
from basma.ingest.jsonl import field_names, record_to_raw
from basma.records import Rejection
from basma.store.rows import table_rows


def code_lines(
    lines: Iterable[tuple[str, str]], fields: Mapping[str, str] | None = None
) -> Iterator[tuple[str, str]]:
    """Code ``(input_ref, json_line)`` pairs; yields ``(table, row as JSON)`` for every stored row."""
    names = field_names(fields)
    with tuned_gc():
        yield from _code(lines, names)


def _code(lines: Iterable[tuple[str, str]], names: dict[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    for ref, line in lines:
        if not line.strip():
            continue
        try:
            raw = record_to_raw(json.loads(line), ref, names)
        except json.JSONDecodeError as exc:
            raw = Rejection(ref, "ingest", MalformedInput.code, f"{ref}: not JSON ({exc.msg})")
        outcome = raw if isinstance(raw, Rejection) else process_safely(raw)
        coded = [] if isinstance(outcome, Rejection) else [outcome]
        rejected = [outcome] if isinstance(outcome, Rejection) else []
        for table, rows in table_rows(coded, rejected).items():
            for row in rows:
                yield table, json.dumps(row, ensure_ascii=False, default=str)


def _coerce(value: Any, kind: pa.DataType) -> Any:
    """Undo JSON's flattening of dates and timestamps for one value of an Arrow column type."""
    if value is None:
        return None
    if pa.types.is_date(kind) and isinstance(value, str):
        return date.fromisoformat(value)
    if pa.types.is_timestamp(kind) and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def decode_rows(rows: Iterable[str], schema: pa.Schema) -> list[dict[str, Any]]:
    """JSON rows written by :func:`code_lines` back into values of the table's column types."""
    decoded = []
    for text in rows:
        row = json.loads(text)
        decoded.append({f.name: _coerce(row.get(f.name), f.type) for f in schema})
    return decoded
