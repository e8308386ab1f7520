"""Duplicate links across runs: a copy ingested in a later run is linked to the stored original."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest
from click.testing import CliRunner

from basma.analysis import dyads, network
from basma.analysis.stories import top_stories
from basma.batch import run_batch
from basma.cli.main import cli
from basma.ingest import RawDocument, iter_inputs, sample_paths
from basma.records import Rejection
from basma.store import Store
from basma.store.queries import select_events


@cache
def _samples() -> tuple[RawDocument | Rejection, ...]:
    return tuple(iter_inputs(sample_paths()))


def _links(store: Store) -> set[tuple[str, str, str, float]]:
    rows = store.query("SELECT article_id, other_id, kind, similarity FROM article_links")
    return {(r["article_id"], r["other_id"], r["kind"], r["similarity"]) for r in rows}


@pytest.fixture(scope="module")
def one_run_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("one") / "one.duckdb"
    with Store(path) as store:
        run_batch(_samples(), store)
    return path


@pytest.fixture(scope="module")
def one_run(one_run_db: Path) -> tuple[set[tuple[str, str, str, float]], dict[str, int]]:
    with Store(one_run_db, read_only=True) as store:
        return _links(store), store.counts()


@pytest.mark.parametrize("split", [5, 40])
def test_links_found_over_two_runs_are_the_links_of_one_run(tmp_path: Path, split: int, one_run) -> None:
    """The bundled samples hold six agency copies; cut the input anywhere, the links stay the same."""
    expected, expected_counts = one_run
    items = _samples()
    with Store(tmp_path / "two.duckdb") as store:
        run_batch(items[:split], store)
        first_ids = {r["id"] for r in store.query("SELECT id FROM articles")}
        run_batch(items[split:], store)
        links, counts = _links(store), store.counts()
    assert len(expected) == 6
    assert links == expected
    assert counts == expected_counts
    across = [link for link in links if (link[0] in first_ids) != (link[1] in first_ids)]
    assert across, "the split should put some copies and their originals in different runs"


def test_running_the_same_input_again_changes_no_row_and_no_link(tmp_path: Path, one_run) -> None:
    expected, expected_counts = one_run
    items = _samples()
    with Store(tmp_path / "again.duckdb") as store:
        run_batch(items, store)
        seqs = store.query("SELECT article_id, seq FROM article_signatures ORDER BY article_id")
        summary = run_batch(items, store)
        assert store.counts() == expected_counts
        assert _links(store) == expected
        run_batch(items[30:], store)
        assert store.counts() == expected_counts
        assert _links(store) == expected
        assert store.query("SELECT article_id, seq FROM article_signatures ORDER BY article_id") == seqs
    assert summary.duplicates == 6


def _jsonl(path: Path, records: list[dict[str, str]]) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return str(path)


_BODY = (
    "أعلنت وزارة الخارجية الأردنية أن الوزير أيمن الصفدي بحث في عمّان مع نظيره اللبناني ملف "
    "اللاجئين السوريين وسبل تنظيم عودتهم الطوعية.\n\n"
    "وأضافت الوزارة في بيان أن الجانبين اتفقا على تشكيل لجنة فنية مشتركة تجتمع خلال الأسبوعين "
    "المقبلين لمتابعة الإجراءات على المعابر الحدودية.\n\n"
    "ولم يصدر عن الحكومة اللبنانية تعليق فوري على نتائج الاجتماع."
)


def test_an_exact_copy_under_another_url_a_day_later_is_linked_exactly(tmp_path: Path) -> None:
    today = {
        "url": "https://jo.example/a/1",
        "title": "الصفدي يبحث ملف اللاجئين",
        "text": _BODY,
        "published_at": "2025-11-20T10:00:00+03:00",
        "outlet": "بترا",
    }
    tomorrow = {
        **today,
        "url": "https://lb.example/news/77",
        "outlet": "الوكالة الوطنية",
        "published_at": "2025-11-21T09:00:00+02:00",
    }
    with Store(tmp_path / "exact.duckdb") as store:
        run_batch(iter_inputs([_jsonl(tmp_path / "d1.jsonl", [today])]), store)
        summary = run_batch(iter_inputs([_jsonl(tmp_path / "d2.jsonl", [tomorrow])]), store)
        rows = store.query(
            "SELECT a.url AS copy, b.url AS original, l.kind, l.similarity FROM article_links l "
            "JOIN articles a ON a.id = l.article_id JOIN articles b ON b.id = l.other_id"
        )
    assert summary.duplicates == 1
    assert rows == [{"copy": tomorrow["url"], "original": today["url"], "kind": "exact", "similarity": 1.0}]


def test_a_copy_with_a_new_lead_a_day_later_is_linked_near(tmp_path: Path) -> None:
    today = {"url": "https://jo.example/a/2", "text": _BODY, "published_at": "2025-11-20T10:00:00+03:00"}
    copy = {
        "url": "https://eg.example/story/9",
        "published_at": "2025-11-21T12:00:00+02:00",
        "text": "عمّان (وكالات) - " + _BODY.replace("ولم يصدر", "فيما لم يصدر"),
    }
    with Store(tmp_path / "near.duckdb") as store:
        run_batch(iter_inputs([_jsonl(tmp_path / "d1.jsonl", [today])]), store)
        run_batch(iter_inputs([_jsonl(tmp_path / "d2.jsonl", [copy])]), store)
        rows = store.query("SELECT kind, similarity FROM article_links")
    assert len(rows) == 1 and rows[0]["kind"] == "near" and 0.5 <= rows[0]["similarity"] < 1.0


def test_a_database_without_signatures_is_signed_once_and_keeps_its_links(tmp_path: Path, one_run) -> None:
    """A database written before signatures were stored (or loaded from Spark) gets them on the next run."""
    expected, expected_counts = one_run
    items = _samples()
    with Store(tmp_path / "old.duckdb") as store:
        run_batch(items, store)
        store.con.execute("DELETE FROM article_signatures")
        run_batch(items, store)
        assert store.counts() == expected_counts
        assert _links(store) == expected
        unsigned = store.query("SELECT count(*) AS n FROM article_signatures WHERE minhash IS NULL")[0]["n"]
    assert unsigned < expected_counts["articles"] / 4  # only bodies too short to compare


def test_articles_stored_without_signatures_or_links_are_linked_at_the_next_run(
    tmp_path: Path, one_run
) -> None:
    """What ``basma load`` stores from a Spark run has neither; the next run, even on no input, links it."""
    expected, expected_counts = one_run
    with Store(tmp_path / "spark.duckdb") as store:
        run_batch(_samples(), store)
        store.con.execute("DELETE FROM article_links")
        store.con.execute("DELETE FROM article_signatures")
        summary = run_batch([], store)
        links = _links(store)
        assert store.counts() == expected_counts
        published = {r["id"]: r["published_at"] for r in store.query("SELECT id, published_at FROM articles")}
    assert summary.articles == 0
    # the same pairs; without an order of storing, the article published first counts as the original
    assert {(frozenset(link[:2]), *link[2:]) for link in links} == {
        (frozenset(link[:2]), *link[2:]) for link in expected
    }
    assert all(published[copy] >= published[original] for copy, original, _, _ in links)


def test_an_article_whose_text_changed_is_indexed_again_without_linking_itself(tmp_path: Path) -> None:
    first = {"url": "https://jo.example/a/3", "text": _BODY, "published_at": "2025-11-20T10:00:00+03:00"}
    edited = {**first, "text": _BODY + "\n\nوتحدثت تقارير عن زيارة مرتقبة للوزير إلى بيروت."}
    copy = {**first, "url": "https://ps.example/4", "text": edited["text"]}
    with Store(tmp_path / "edit.duckdb") as store:
        run_batch(iter_inputs([_jsonl(tmp_path / "d1.jsonl", [first])]), store)
        run_batch(iter_inputs([_jsonl(tmp_path / "d2.jsonl", [edited, copy])]), store)
        links = store.query("SELECT kind FROM article_links")
        seqs = store.query("SELECT seq FROM article_signatures ORDER BY seq")
        hashes = store.query(
            "SELECT count(*) AS n FROM article_signatures s JOIN articles a "
            "ON a.id = s.article_id AND a.content_hash = s.content_hash"
        )[0]["n"]
    assert [link["kind"] for link in links] == ["exact"]
    assert [s["seq"] for s in seqs] == [0, 1] and hashes == 2


def test_events_of_a_copy_that_repeat_its_original_are_counted_once(one_run_db: Path) -> None:
    """Each agency copy repeats events of its original; --dedup leaves those out and keeps the rest."""
    with Store(one_run_db, read_only=True) as store:
        copies = store.query(
            "SELECT l.article_id, count(c.event_id) AS repeats FROM article_links l "
            "LEFT JOIN event_copies c ON c.article_id = l.article_id GROUP BY l.article_id"
        )
        misplaced = store.query(
            "SELECT c.event_id FROM event_copies c JOIN events e ON e.id = c.original_event_id "
            "JOIN events r ON r.id = c.event_id WHERE e.type <> r.type OR e.article_id = r.article_id "
            "OR c.article_id NOT IN (SELECT article_id FROM article_links)"
        )
        events = select_events(store)
        unique = select_events(store, dedup=True)
        repeated = {r["event_id"] for r in store.query("SELECT event_id FROM event_copies")}
    assert len(copies) == 6 and all(c["repeats"] >= 1 for c in copies)
    assert not misplaced
    assert len(unique) == len(events) - len(repeated) and len(repeated) >= 10
    assert not repeated & {e["id"] for e in unique}


def test_cli_events_dedup_and_stories_count_independent_reports(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.duckdb")
    samples = sorted(str(p) for p in Path(sample_paths()[0]).glob("*.jsonl"))
    run = CliRunner().invoke(cli, ["run", *samples, "--db", db])
    assert run.exit_code == 0, run.output
    every = CliRunner().invoke(cli, ["events", "--db", db, "--format", "json"])
    unique = CliRunner().invoke(cli, ["events", "--db", db, "--format", "json", "--dedup"])
    assert every.exit_code == 0 and unique.exit_code == 0, unique.output
    with Store(db, read_only=True) as store:
        repeats = store.query("SELECT count(*) AS n FROM event_copies")[0]["n"]
        stories = top_stories(store, 100)
    assert len(json.loads(every.output)) - len(json.loads(unique.output)) == repeats > 0
    assert all(s["independent_articles"] <= s["articles"] for s in stories)
    assert any(s["independent_articles"] < s["articles"] for s in stories)


def test_relations_with_dedup_count_an_agency_story_once(one_run_db: Path) -> None:
    with Store(one_run_db, read_only=True) as store:
        every = {(r["actor"], r["recipient"]): r["events"] for r in network(store)}
        once = {(r["actor"], r["recipient"]): r["events"] for r in network(store, dedup=True)}
        monthly = sum(r["events"] for r in dyads(store))
        monthly_once = sum(r["events"] for r in dyads(store, dedup=True))
    assert all(once.get(pair, 0) <= n for pair, n in every.items())
    assert sum(once.values()) < sum(every.values())
    assert ("SYR", "RUS") in once and once[("SYR", "RUS")] < every[("SYR", "RUS")]
    assert monthly_once < monthly
