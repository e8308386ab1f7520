"""``basma explain``: every coded field of a stored event comes with its rule and words."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from basma.cli.main import cli


def test_explain_prints_rules_and_words_for_a_stored_event(tmp_path: Path, cli_corpus: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "t.duckdb")
    assert runner.invoke(cli, ["run", str(cli_corpus), "--db", db]).exit_code in (
        0,
        2,
    )  # 2: broken inputs recorded
    events = json.loads(runner.invoke(cli, ["events", "--db", db, "--format", "json"]).output)
    assert events
    event = events[0]
    result = runner.invoke(cli, ["explain", event["id"][:12], "--db", db])
    assert result.exit_code == 0, result.output
    assert event["type"] in result.output
    assert event["trigger"]["text"] in result.output
    assert "lexicon" in result.output  # the type's lexicon entry is named

    as_json = json.loads(runner.invoke(cli, ["explain", event["id"], "--db", db, "--json"]).output)
    fields = {item["field"] for item in as_json["explanation"]}
    assert {"type", "actor", "date", "modality"} <= fields


def test_explain_unknown_event_is_one_clear_line(tmp_path: Path, cli_corpus: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "t.duckdb")
    runner.invoke(cli, ["run", str(cli_corpus), "--db", db])
    result = runner.invoke(cli, ["explain", "ffffffffffff", "--db", db])
    assert result.exit_code == 1
    assert "no such event" in result.output
