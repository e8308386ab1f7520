"""The Spark path: a real local Spark session codes a JSONL file; loading gives the local run's rows."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from basma.cli.main import cli
from basma.store import Store

pytestmark = pytest.mark.spark
CORPUS = Path(__file__).resolve().parent / "fixtures" / "cli" / "wires.jsonl"


@pytest.fixture(scope="session")
def spark() -> Iterator[object]:
    """One local Spark session for the whole test run."""
    pytest.importorskip("pyspark.sql")
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime")
    from basma.spark.job import local_session

    session = local_session("local[1]", "basma-tests")
    yield session
    session.stop()


def _events(db: str) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        return {r["id"]: json.loads(r["record"]) for r in store.query("SELECT id, record FROM events")}


def test_spark_run_stores_the_same_events_as_a_local_run(spark, tmp_path: Path) -> None:
    from basma.spark.job import run_job

    out = str(tmp_path / "out")
    written = run_job(spark, [str(CORPUS)], out)
    assert written > 0
    spark_db, local_db = str(tmp_path / "spark.duckdb"), str(tmp_path / "local.duckdb")
    loaded = CliRunner().invoke(cli, ["load", out, "--db", spark_db])
    assert loaded.exit_code == 0, loaded.output
    CliRunner().invoke(cli, ["run", str(CORPUS), "--db", local_db])
    spark_events, local_events = _events(spark_db), _events(local_db)
    assert spark_events and spark_events == local_events
    with Store(spark_db, read_only=True) as store:
        counts = store.counts()
        reasons = sorted(r["reason"] for r in store.query("SELECT reason FROM rejections"))
    assert counts["articles"] == 2
    assert len(reasons) == 2  # the malformed line and the record without text

    again = CliRunner().invoke(cli, ["load", out, "--db", spark_db])
    assert again.exit_code == 0
    with Store(spark_db, read_only=True) as store:
        assert store.counts() == counts


def test_loading_a_folder_that_is_not_spark_output_is_a_clear_error(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = tmp_path / "other" / "table=bogus"
    folder.mkdir(parents=True)
    pq.write_table(pa.table({"row": ["{}"]}), folder / "part.parquet")
    result = CliRunner().invoke(cli, ["load", str(tmp_path / "other"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code == 1 and "not a basma Spark output" in result.output
