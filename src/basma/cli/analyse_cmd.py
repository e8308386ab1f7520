"""``basma analyse``: relations between actors over time, networks, footprints, shifts, stories."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from basma.analysis import dyads, footprint, network, shifts
from basma.analysis.relations import PERIODS
from basma.analysis.stories import top_stories
from basma.cli.common import db_option, open_store, parse_day


def _print(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(title=f"{title} ({len(rows)} rows)")
    for name in rows[0] if rows else ["(no rows)"]:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row.values()))
    Console().print(table)


_format = click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
_period = click.option("--period", type=click.Choice(PERIODS), default="month", show_default=True)
_dedup = click.option(
    "--dedup", is_flag=True, help="Leave out events repeated by copies of an earlier article."
)


@click.group()
def analyse() -> None:
    """Relations between actors over time, computed from the stored events."""


@analyse.command("dyads")
@db_option
@click.option("--actor", help="Only pairs involving this code (e.g. RUS).")
@click.option("--since")
@click.option("--until")
@click.option("--all-modalities", is_flag=True, help="Count denied, planned and hypothetical events too.")
@_period
@_dedup
@_format
def dyads_cmd(
    db_path: str,
    actor: str | None,
    since: str | None,
    until: str | None,
    all_modalities: bool,
    period: str,
    dedup: bool,
    fmt: str,
) -> None:
    """Events per actor → recipient pair and period, with a cooperation (+) / conflict (−) score."""
    start, end = parse_day(since, "--since"), parse_day(until, "--until")
    with open_store(db_path, read_only=True) as store:
        rows = dyads(
            store,
            period=period,
            actor=actor,
            since=start,
            until=end,
            include_all_modalities=all_modalities,
            dedup=dedup,
        )
    _print(rows, fmt, "Dyads")


@analyse.command("network")
@db_option
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True)
@_dedup
@_format
def network_cmd(db_path: str, min_events: int, dedup: bool, fmt: str) -> None:
    """Weighted edges of who acts on whom."""
    with open_store(db_path, read_only=True) as store:
        rows = network(store, min_events=min_events, dedup=dedup)
    _print(rows, fmt, "Network")


@analyse.command("footprint")
@click.argument("country")
@click.argument("in_country")
@db_option
@_period
@_dedup
@_format
def footprint_cmd(country: str, in_country: str, db_path: str, period: str, dedup: bool, fmt: str) -> None:
    """What COUNTRY did towards or inside IN_COUNTRY (e.g. RUS SYR), by period and type."""
    with open_store(db_path, read_only=True) as store:
        rows = footprint(store, country, in_country, period=period, dedup=dedup)
    _print(rows, fmt, f"Footprint of {country.upper()} in {in_country.upper()}")


@analyse.command("shifts")
@click.argument("country")
@click.option("--split", required=True, help="Compare before and after this date (YYYY-MM-DD).")
@click.option("--min-events", type=click.IntRange(1), default=2, show_default=True)
@db_option
@_dedup
@_format
def shifts_cmd(country: str, split: str, min_events: int, db_path: str, dedup: bool, fmt: str) -> None:
    """How COUNTRY's relation with each partner moved after --split."""
    day = parse_day(split, "--split") or date.min
    with open_store(db_path, read_only=True) as store:
        rows = shifts(store, country, split=day, min_events=min_events, dedup=dedup)
    _print(rows, fmt, f"Shifts around {country.upper()} after {split}")


@analyse.command("stories")
@db_option
@click.option("--limit", type=click.IntRange(1), default=10, show_default=True)
@_format
def stories_cmd(db_path: str, limit: int, fmt: str) -> None:
    """Events reported by several articles and outlets."""
    with open_store(db_path, read_only=True) as store:
        rows = top_stories(store, limit)
    _print(rows, fmt, "Stories")
