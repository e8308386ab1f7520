"""Load the Parquet output of the Spark job into a basma database."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

from basma.spark.partition import decode_rows
from basma.store import Store
from basma.store.rows import TABLES

# Articles per write: big enough for Arrow to pay off, small enough to bound memory.
_CHUNK = 500


def load_parquet(folder: str | Path, store: Store) -> dict[str, int]:
    """Store every row of a Spark job's output; returns rows stored per table."""
    dataset = ds.dataset(str(folder), format="parquet", partitioning="hive")
    by_table: dict[str, list[str]] = defaultdict(list)
    for batch in dataset.to_batches(columns=["table", "row"]):
        for table, row in zip(
            batch.column("table").to_pylist(), batch.column("row").to_pylist(), strict=True
        ):
            by_table[table].append(row)
    unknown = set(by_table) - set(TABLES)
    if unknown:
        raise ValueError(f"{folder}: not a basma Spark output (unknown tables {', '.join(sorted(unknown))})")
    decoded = {table: decode_rows(rows, store.schema(table)) for table, rows in by_table.items()}
    # Rows of one article go in the same write so that re-loading replaces them as a whole.
    owned: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in TABLES:
        if table not in ("articles", "rejections"):
            owned[table] = defaultdict(list)
            for row in decoded.get(table, []):
                owned[table][row["article_id"]].append(row)
    articles = decoded.get("articles", [])
    for start in range(0, max(len(articles), 1), _CHUNK):
        chunk = articles[start : start + _CHUNK]
        tables = {"articles": chunk, "rejections": decoded.get("rejections", []) if start == 0 else []}
        for table, by_article in owned.items():
            tables[table] = [row for a in chunk for row in by_article.get(a["id"], [])]
        store.write_rows(tables)
    return {table: len(rows) for table, rows in decoded.items()}
