"""The events endpoint's ``dedup`` filter over the bundled samples, which hold six agency copies."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from basma.batch import run_batch
from basma.cli.serve_cmd import get_in_process
from basma.ingest import iter_inputs, sample_paths
from basma.store import Store
from basma.web import create_app


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    with Store(path) as store:
        run_batch(iter_inputs(sample_paths()), store)
    return str(path)


def test_events_dedup_leaves_out_exactly_the_repeats_of_copied_articles(samples_db: str) -> None:
    app = create_app(samples_db)
    every = asyncio.run(get_in_process(app, "/api/events?limit=5000")).json()
    unique = asyncio.run(get_in_process(app, "/api/events?limit=5000&dedup=true")).json()
    with Store(Path(samples_db), read_only=True) as store:
        repeats = {r["event_id"] for r in store.query("SELECT event_id FROM event_copies")}
    every_ids = {e["id"] for e in every}
    unique_ids = {e["id"] for e in unique}
    assert repeats and repeats <= every_ids
    assert unique_ids == every_ids - repeats
