"""Exports read back with the tools their users would use (json, csv, pyarrow)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from basma.cli.main import cli
from basma.export.writers import CAMEO_COLUMNS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    corpus = Path(__file__).resolve().parent / "fixtures" / "cli"
    path = str(tmp_path_factory.mktemp("export") / "e.duckdb")
    CliRunner().invoke(cli, ["run", str(corpus), "--db", path])
    return path


def _export(db: str, destination: Path) -> str:
    result = CliRunner().invoke(cli, ["export", str(destination), "--db", db])
    assert result.exit_code == 0, result.output
    return result.output


def test_plover_jsonl_has_one_parsable_event_per_line(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    message = _export(db, out)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and f"wrote {len(records)} events" in message
    for record in records:
        assert record["event_type"] in {"CONSULT", "ACCUSE", "ASSAULT"} or record["event_type"].isupper()
        assert record["actor"]["country"] and record["text"]
        assert record["basma"]["modality"]
        assert record["basma"]["trigger"]["text"] in record["text"]


def test_cameo_tsv_has_gdelt_like_columns(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    _export(db, out)
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    assert rows
    assert list(rows[0]) == CAMEO_COLUMNS
    assert all(len(r["SQLDATE"]) in (4, 6, 8) for r in rows)
    assert all(r["EventRootCode"] == r["EventCode"][:2] for r in rows)


def test_parquet_reads_back_with_pyarrow(db: str, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    _export(db, out)
    table = pq.read_table(out)
    assert table.num_rows > 0
    assert {"type", "actor_code", "recipient_code", "date_value", "sentence"} <= set(table.column_names)


def test_unknown_suffix_asks_for_a_format(db: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(tmp_path / "events.xyz"), "--db", db])
    assert result.exit_code == 2 and "--format" in result.output
