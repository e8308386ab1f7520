"""`basma actors` commands, driven through click's runner on the real knowledge base."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from basma.cli.main import cli


def test_lookup_prints_the_office_holder_on_the_day() -> None:
    result = CliRunner().invoke(cli, ["actors", "lookup", "خادم الحرمين الشريفين", "--on", "2015-08-01"])
    assert result.exit_code == 0, result.output
    assert result.output.split("\t")[0] == "king-salman"


def test_lookup_of_an_unknown_name_fails_clearly() -> None:
    result = CliRunner().invoke(cli, ["actors", "lookup", "كلمة غير معروفة"])
    assert result.exit_code == 1 and "not in the knowledge base" in result.output


def test_list_filters_by_kind() -> None:
    result = CliRunner().invoke(cli, ["actors", "list", "--kind", "seat"])
    rows = [line.split("\t") for line in result.output.splitlines()]
    assert result.exit_code == 0 and {r[1] for r in rows} == {"seat"} and "kremlin" in {r[0] for r in rows}


def test_validate_reports_size_and_fails_on_a_broken_folder(tmp_path: Path) -> None:
    ok = CliRunner().invoke(cli, ["actors", "validate"])
    assert ok.exit_code == 0 and ok.output.startswith("ok: ")
    broken = CliRunner().invoke(cli, ["actors", "validate", "--path", str(tmp_path)])
    assert broken.exit_code == 1 and "missing knowledge-base file" in broken.output


def test_unresolved_reads_articles_from_the_database(tmp_path: Path) -> None:
    db = str(tmp_path / "a.duckdb")
    article = tmp_path / "a.txt"
    article.write_text("قال الرئيس السوري أحمد الشرع إن اللواء فلان الفلاني سيزور موسكو.\n", encoding="utf-8")
    assert CliRunner().invoke(cli, ["run", str(article), "--db", db]).exit_code == 0
    result = CliRunner().invoke(cli, ["actors", "unresolved", "--db", db])
    assert result.exit_code == 0, result.output
    assert "فلان الفلاني" in result.output and "name-like phrases" in result.output
