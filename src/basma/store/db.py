"""The DuckDB store: one writer, bulk writes through Arrow, idempotent re-ingest."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from basma.records import Actor, CodedArticle, Rejection
from basma.store import rows
from basma.store.migrations import apply_migrations

DEFAULT_DB = "basma.duckdb"
# Tables whose rows belong to one article and are replaced when it is ingested again.
_PER_ARTICLE = ("mentions", "events", "quotes", "dates", "article_links", "articles")
# Tables whose rows are replaced only when a write brings new ones for the article: a write without
# signatures (the Spark loader's) keeps an article's order of first indexing.
_REPLACED_WHEN_GIVEN = ("article_signatures",)


class Store:
    """A basma database file. Open it, write batches of coded articles, query it."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            apply_migrations(self.con)
        self._schemas: dict[str, pa.Schema] = {}

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema(self, table: str) -> pa.Schema:
        """The Arrow schema of a table, as batches written to it must have."""
        if table not in self._schemas:
            self._schemas[table] = self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
        return self._schemas[table]

    def _insert(self, table: str, records: Sequence[dict[str, Any]]) -> None:
        if not records:
            return
        batch = pa.Table.from_pylist(list(records), schema=self.schema(table))
        self.con.register("_basma_batch", batch)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _basma_batch")
        finally:
            self.con.unregister("_basma_batch")

    def write(
        self,
        coded: Sequence[CodedArticle],
        rejections: Sequence[Rejection] = (),
        links: Sequence[tuple[str, str, str, float]] = (),
        signatures: Sequence[dict[str, Any]] = (),
    ) -> None:
        """Write one batch in one transaction, replacing earlier rows of the same articles."""
        self.write_rows(rows.table_rows(coded, rejections, links, signatures))

    def write_rows(self, tables: Mapping[str, Sequence[dict[str, Any]]]) -> None:
        """Write rows keyed by table in one transaction, replacing earlier rows of the same articles.

        This is the one place that writes article data; the Spark loader uses it too, so a
        distributed run stores exactly what a local run would.
        """
        ids = [r["id"] for r in tables.get("articles", ())]
        refs = [r["input_ref"] for r in tables.get("rejections", ())]
        refs += [r["source_ref"] for r in tables.get("articles", ())]
        self.con.execute("BEGIN TRANSACTION")
        try:
            if ids:
                self.con.register("_basma_ids", pa.table({"id": ids}))
                for table in _PER_ARTICLE:
                    column = "id" if table == "articles" else "article_id"
                    self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM _basma_ids)")
                self.con.unregister("_basma_ids")
            for table in _REPLACED_WHEN_GIVEN:
                self._delete_given(table, tables.get(table, ()))
            if refs:
                self.con.register("_basma_refs", pa.table({"ref": refs}))
                self.con.execute("DELETE FROM rejections WHERE input_ref IN (SELECT ref FROM _basma_refs)")
                self.con.unregister("_basma_refs")
            for table in rows.TABLES:
                self._insert(table, tables.get(table, ()))
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def _delete_given(self, table: str, records: Sequence[dict[str, Any]]) -> None:
        if not records:
            return
        self.con.register("_basma_given", pa.table({"id": [r["article_id"] for r in records]}))
        try:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _basma_given)")
        finally:
            self.con.unregister("_basma_given")

    def replace_signatures(self, records: Sequence[dict[str, Any]]) -> None:
        """Replace the ``article_signatures`` rows of these articles (one transaction)."""
        self.write_rows({"article_signatures": records})

    def write_actors(self, actors: Iterable[Actor]) -> None:
        """Replace the ``actors`` table with the knowledge base in use."""
        unique = {a.id: a for a in actors}
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM actors")
            self._insert("actors", [rows.actor_row(a) for a in unique.values()])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        tables = rows.TABLES
        return {t: int(self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables}  # type: ignore[index]

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query and return rows as dicts (on its own cursor, so threads may share a store)."""
        cursor = self.con.cursor().execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
