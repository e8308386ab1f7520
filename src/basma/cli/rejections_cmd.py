"""``basma rejections``: the inputs that did not become coded articles, and why."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from basma.cli.common import db_option, open_store


@click.command()
@db_option
@click.option("--reason", help="Only rejections with this reason code (e.g. encoding, empty).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def rejections(db_path: str, reason: str | None, fmt: str) -> None:
    """List rejected inputs with the stage, reason code and message."""
    with open_store(db_path, read_only=True) as store:
        sql = "SELECT input_ref, stage, reason, message FROM rejections"
        rows = store.query(
            sql + (" WHERE reason = ?" if reason else "") + " ORDER BY input_ref", [reason] if reason else []
        )
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} rejected inputs")
    for name in ("input", "stage", "reason", "message"):
        table.add_column(name, overflow="fold")
    for r in rows:
        table.add_row(r["input_ref"], r["stage"], r["reason"], r["message"])
    Console().print(table)
