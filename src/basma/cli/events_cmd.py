"""``basma events``: list stored events with filters, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import json
import sys

import click
from rich.console import Console
from rich.table import Table

from basma.cli.common import db_option, open_store, parse_day
from basma.store.queries import select_events


def _codes(codes: list[str | None]) -> str:
    return "+".join(c or "?" for c in codes) or "—"


@click.command()
@db_option
@click.option("--actor", help="Actor or recipient code (e.g. RUS) or knowledge-base id.")
@click.option("--type", "event_type", help="PLOVER event type (e.g. CONSULT).")
@click.option("--since", help="Events on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Events on or before this date (YYYY-MM-DD).")
@click.option("--article", help="Only this article's events.")
@click.option("--limit", type=click.IntRange(1), help="At most this many events.")
@click.option("--dedup", is_flag=True, help="Leave out events repeated by copies of an earlier article.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True
)
def events(
    db_path: str,
    actor: str | None,
    event_type: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    limit: int | None,
    dedup: bool,
    fmt: str,
) -> None:
    """List coded events, filtered by actor, type and date."""
    since_day, until_day = parse_day(since, "--since"), parse_day(until, "--until")
    with open_store(db_path, read_only=True) as store:
        rows = select_events(
            store,
            actor=actor,
            event_type=event_type,
            since=since_day,
            until=until_day,
            article=article,
            limit=limit,
            dedup=dedup,
        )
    if fmt == "json":
        click.echo(json.dumps([json.loads(r["record"]) for r in rows], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        columns = [
            "id",
            "article_id",
            "type",
            "cameo",
            "actor_codes",
            "recipient_codes",
            "date_value",
            "date_granularity",
            "modality",
            "location_name",
            "attribution_source",
            "confidence",
            "sentence",
        ]
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_codes(r[c]) if c.endswith("_codes") else r[c] for c in columns])
        return
    table = Table(title=f"{len(rows)} events", show_lines=False)
    for name in ("id", "date", "type", "actor", "recipient", "modality", "trigger / outlet"):
        table.add_column(name, overflow="fold")
    for r in rows:
        record = json.loads(r["record"])
        table.add_row(
            r["id"][:8],
            r["date_value"] or "?",
            r["type"],
            _codes(r["actor_codes"]),
            _codes(r["recipient_codes"]),
            r["modality"],
            f"{record['trigger']['text']} / {r['outlet'] or '?'}",
        )
    Console().print(table)
