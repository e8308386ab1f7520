"""`basma eval` on a small gold folder: JSON output, floors checks and floor updates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from basma.cli.main import cli

GOLD = """
defaults: {published_at: "2025-11-18T10:00:00+03:00", outlet: وكالة}
items:
  - id: c1
    text: "استقبل وزير الخارجية السوري في دمشق الأحد نظيره الأردني."
    events:
      - {type: CONSULT, actor: JOR, recipient: SYR, date: 2025-11-16, trigger: استقبل}
  - id: c2
    text: "ارتفعت أسعار الذهب في الأسواق المحلية مع نهاية الأسبوع."
    events: []
"""


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    folder = tmp_path / "gold" / "dev"
    folder.mkdir(parents=True)
    (folder / "c.yaml").write_text(GOLD, encoding="utf-8")
    return tmp_path / "gold"


def test_json_report_has_the_split_and_its_key_numbers(gold: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold), "--format", "json", "--show-errors"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    dev = report["dev"]
    assert dev["items"] == 2 and dev["hard_negatives"] == 1
    assert {"event_f1", "type_f1_micro", "actor_f1", "recipient_f1"} <= set(dev["key"])
    assert dev["events"]["gold"] == 1
    assert isinstance(dev["errors"], list)


def test_table_report_names_the_measures(gold: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    assert "== dev: 2 items, 1 hard negatives" in result.output
    assert "per type" in result.output and "mention code" in result.output


def test_a_broken_floor_fails_and_names_the_number(gold: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"tolerance": 0.02, "splits": {"dev": {"event_f1": 1.5}}}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--check-floors", str(floors)])
    assert result.exit_code == 1
    assert "below floor: dev.event_f1" in result.output


def test_update_raises_floors_but_never_lowers_without_asking(gold: Path, tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"splits": {"dev": {"event_f1": 1.0, "actor_f1": -1.0}}}), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--update-floors", str(floors)])
    assert result.exit_code == 0, result.output
    data = json.loads(floors.read_text(encoding="utf-8"))
    assert data["splits"]["dev"]["event_f1"] == 1.0
    assert 0.0 <= data["splits"]["dev"]["actor_f1"] <= 1.0
    assert len(data["gold"]["dev"]) == 16
    measured = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--format", "json"]).output)
    CliRunner().invoke(cli, ["eval", str(gold), "--update-floors", str(floors), "--allow-lower"])
    lowered = json.loads(floors.read_text(encoding="utf-8"))
    assert lowered["splits"]["dev"]["event_f1"] == int(measured["dev"]["key"]["event_f1"] * 1000) / 1000


def test_no_items_is_a_usage_error(gold: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold), "--split", "test"])
    assert result.exit_code == 1 and "no gold items" in result.output
