"""The real ``basma`` CLI on a real DuckDB file in a temporary folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from basma import __version__
from basma.cli.main import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, runner: CliRunner, cli_corpus: Path) -> str:
    path = str(tmp_path / "t.duckdb")
    result = runner.invoke(cli, ["run", str(cli_corpus), "--db", path])
    assert result.exit_code == 2, result.output  # the malformed JSONL line could not be read
    return path


def test_run_summarises_articles_rejections_and_pairs(
    runner: CliRunner, cli_corpus: Path, tmp_path: Path
) -> None:
    path = str(tmp_path / "t.duckdb")
    result = runner.invoke(cli, ["run", str(cli_corpus), "--db", path])
    assert result.exit_code == 2, result.output  # one JSONL line is not JSON: could not be read
    assert "2 articles coded" in result.output
    # a malformed JSON line, a record without text, an empty file and a binary file
    assert "4 rejected" in result.output
    assert path in result.output
    assert "SYR" in result.output and "TUR" in result.output


def test_second_run_changes_no_row_counts(runner: CliRunner, db: str, cli_corpus: Path) -> None:
    from basma.store import Store

    with Store(db) as store:
        before = store.counts()
    result = runner.invoke(cli, ["run", str(cli_corpus), "--db", db])
    assert result.exit_code == 2
    with Store(db) as store:
        assert store.counts() == before


def test_events_json_has_the_documented_shape(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["events", "--db", db, "--format", "json", "--actor", "TUR"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.output)
    assert events
    for event in events:
        assert {
            "article_id",
            "type",
            "actor",
            "recipient",
            "date",
            "modality",
            "attribution",
            "trigger",
            "confidence",
        } <= set(event)
        assert {"actor_id", "code", "sectors", "span"} <= set(event["actor"][0])
        assert {"value", "granularity", "basis", "span"} <= set(event["date"])
        assert "TUR" in {r["code"] for r in event["actor"] + event["recipient"]}


def test_events_filters_by_type_and_date(runner: CliRunner, db: str) -> None:
    result = runner.invoke(
        cli,
        [
            "events",
            "--db",
            db,
            "--format",
            "csv",
            "--type",
            "consult",
            "--since",
            "2025-11-10",
            "--until",
            "2025-11-12",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("id,article_id,type")
    assert len(lines) >= 2
    assert all(",CONSULT," in line for line in lines[1:])
    assert all(any(f"2025-11-1{d}" in line for d in "012") for line in lines[1:])
    late = runner.invoke(cli, ["events", "--db", db, "--format", "json", "--since", "2025-12-01"])
    assert json.loads(late.output) == []


def test_show_highlights_the_article_and_lists_evidence(runner: CliRunner, db: str) -> None:
    events = json.loads(runner.invoke(cli, ["events", "--db", db, "--format", "json"]).output)
    article_id = events[0]["article_id"]
    result = runner.invoke(cli, ["show", article_id[:10], "--db", db])
    assert result.exit_code == 0, result.output
    assert events[0]["trigger"]["text"] in result.output
    assert events[0]["type"] in result.output


def test_rejections_lists_reason_codes(runner: CliRunner, db: str) -> None:
    result = runner.invoke(cli, ["rejections", "--db", db, "--format", "json"])
    rows = json.loads(result.output)
    assert {r["reason"] for r in rows} >= {"empty", "binary", "malformed"}
    assert all(r["message"] for r in rows)


def test_errors_are_one_line_without_traceback(runner: CliRunner, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.duckdb")
    result = runner.invoke(cli, ["events", "--db", missing])
    assert result.exit_code == 1
    assert "nope.duckdb" in result.output and "Traceback" not in result.output
    result = runner.invoke(cli, ["events", "--db", missing, "--since", "yesterday"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_unreadable_path_gives_exit_code_two(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["run", str(tmp_path / "absent.txt"), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 2
    assert "1 rejected" in result.output


def test_rejected_but_read_inputs_exit_zero(runner: CliRunner, tmp_path: Path) -> None:
    """An empty or binary file is read and rejected for what it holds: the run succeeds (the
    bundled sample corpus has such files, and `make demo` must pass on it)."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "news.txt").write_text(
        "دمشق - استقبل الرئيس السوري وزير الخارجية الروسي في دمشق أمس وبحثا العلاقات الثنائية.",
        encoding="utf-8",
    )
    result = runner.invoke(cli, ["run", str(folder), "--db", str(tmp_path / "t.duckdb")])
    assert result.exit_code == 0, result.output
    assert "1 articles coded" in result.output and "2 rejected" in result.output


def test_run_on_the_bundled_samples_succeeds(runner: CliRunner, tmp_path: Path) -> None:
    """The first command of the README (`make demo`) runs this: it must exit 0, with the broken
    sample inputs recorded as rejections."""
    result = runner.invoke(cli, ["run", "--db", str(tmp_path / "demo.duckdb")])
    assert result.exit_code == 0, result.output
    assert "the bundled sample corpus" in result.output and "rejected" in result.output


def test_version_and_help(runner: CliRunner) -> None:
    assert __version__ in runner.invoke(cli, ["--version"]).output
    for command in ("run", "events", "show", "rejections"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output
