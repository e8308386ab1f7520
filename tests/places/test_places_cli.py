"""``basma places lookup`` and ``basma places unresolved`` through the real CLI and store."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from basma.cli.main import cli


def test_lookup_lists_same_named_places_with_coordinates() -> None:
    result = CliRunner().invoke(cli, ["places", "lookup", "طرابلس", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {row["country"] for row in rows} == {"LBY", "LBN"}
    assert all(row["lat"] is not None and row["geonameid"] for row in rows)


def test_lookup_of_an_unknown_name_says_so() -> None:
    result = CliRunner().invoke(cli, ["places", "lookup", "بلدةلاوجودلها"])
    assert result.exit_code == 0 and "no place called" in result.output


def test_unresolved_ranks_unknown_names_after_place_nouns(tmp_path: Path) -> None:
    articles = tmp_path / "a.jsonl"
    lines = [
        {
            "url": "https://example.org/1",
            "title": "قصف",
            "text": "سقطت قذائف على بلدة كفرزيتون الصغيرة وعلى قرية كفرزيتون المجاورة، وعلى مدينة حلب أيضا.",
            "published_at": "2024-01-02T10:00:00+00:00",
        },
        {
            "url": "https://example.org/2",
            "title": "نزوح",
            "text": "نزح السكان من بلدة كفرزيتون إلى مخيم عرسالون قرب الحدود.",
            "published_at": "2024-01-03T10:00:00+00:00",
        },
    ]
    articles.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    db = str(tmp_path / "t.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["run", str(articles), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["places", "unresolved", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["example"] == "كفرزيتون" and rows[0]["count"] == 3
    assert "حلب" not in {row["example"] for row in rows}


def test_unresolved_without_a_database_fails_clearly(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["places", "unresolved", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1 and "no such database" in result.output
