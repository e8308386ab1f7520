"""The batch runner: parallel and serial runs store the same rows; bad inputs never stop a batch."""

from __future__ import annotations

from pathlib import Path

from basma.batch import run_batch
from basma.ingest import iter_inputs
from basma.store import Store

CORPUS = Path(__file__).resolve().parent / "fixtures" / "cli"


def _run(tmp_path: Path, name: str, workers: int) -> tuple[dict[str, int], list[dict]]:
    with Store(tmp_path / f"{name}.duckdb") as store:
        summary = run_batch(iter_inputs([str(CORPUS)]), store, workers=workers, batch_size=1)
        events = store.query("SELECT id, type, actor_codes, recipient_codes, record FROM events ORDER BY id")
        counts = store.counts()
    assert summary.articles == counts["articles"]
    return counts, events


def test_two_workers_store_exactly_what_one_worker_stores(tmp_path: Path) -> None:
    serial_counts, serial_events = _run(tmp_path, "serial", 1)
    parallel_counts, parallel_events = _run(tmp_path, "parallel", 2)
    assert serial_counts == parallel_counts
    assert serial_events == parallel_events and serial_events


def test_bad_inputs_are_rejections_and_the_good_ones_are_stored(tmp_path: Path) -> None:
    counts, _ = _run(tmp_path, "mixed", 1)
    assert counts["articles"] == 2
    assert counts["rejections"] == 4


def test_agency_copies_in_the_samples_are_linked_not_dropped(tmp_path: Path) -> None:
    """The bundled corpus declares six republished agency copies; each is stored and linked."""
    import json
    from importlib.resources import files

    copies = files("basma").joinpath("data/samples/agency_copies.jsonl").read_text(encoding="utf-8")
    declared = [json.loads(line) for line in copies.splitlines() if line.strip()]
    with Store(tmp_path / "samples.duckdb") as store:
        from basma.ingest import sample_paths

        run_batch(iter_inputs(sample_paths()), store)
        linked = store.query(
            "SELECT a.url AS url, b.url AS other FROM article_links l "
            "JOIN articles a ON a.id = l.article_id JOIN articles b ON b.id = l.other_id"
        )
    pairs = {frozenset((row["url"], row["other"])) for row in linked}
    expected = {frozenset((d["url"], d["near_duplicate_of"])) for d in declared}
    assert expected <= pairs
    assert len(pairs) <= len(expected) + 1


def test_the_same_article_twice_in_one_run_is_stored_once_and_reported(tmp_path: Path) -> None:
    """Two files holding the same text without a URL get one id; the second must not break the batch."""
    text = "استقبلت أنقرة أمس وفداً سورياً رفيعاً لبحث ملف الحدود.\n\nوجرى اللقاء في مقر وزارة الخارجية."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(text.encode("cp1256"))
    with Store(tmp_path / "dup.duckdb") as store:
        summary = run_batch(iter_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]), store)
        rejected = store.query("SELECT input_ref, reason, message FROM rejections")
        assert store.counts()["articles"] == 1
    assert summary.articles == 1 and summary.rejected == 1
    assert rejected[0]["reason"] == "duplicate-article" and "a.txt" in rejected[0]["message"]
