"""``basma places``: look a name up in the gazetteer, and list place-like names it does not know."""

from __future__ import annotations

import json
from dataclasses import asdict

import click
from rich.console import Console
from rich.table import Table

from basma.cli.common import db_option, open_store
from basma.places import gazetteer
from basma.places.unresolved import top_unresolved


@click.group()
def places() -> None:
    """The offline gazetteer behind place mentions and event locations."""


@places.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def lookup(name: str, fmt: str) -> None:
    """Every gazetteer entry called NAME (Arabic, any spelling), most likely first."""
    found = gazetteer().candidates(name)
    if fmt == "json":
        click.echo(json.dumps([asdict(p) for p in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo(f"no place called {name!r} in the gazetteer")
        return
    table = Table(title=f"{len(found)} places called {name}")
    for column in ("id", "name", "kind", "country", "admin-1", "lat", "lon", "population", "resolution"):
        table.add_column(column)
    for p in found:
        table.add_row(
            p.id,
            p.name,
            p.kind,
            p.country or "",
            p.admin1 or "",
            f"{p.lat:.4f}" if p.lat is not None else "",
            f"{p.lon:.4f}" if p.lon is not None else "",
            str(p.population),
            p.resolution,
        )
    Console().print(table)


@places.command()
@db_option
@click.option("--limit", default=30, show_default=True, help="How many names to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def unresolved(db_path: str, limit: int, fmt: str) -> None:
    """The most frequent place-like names in the database that the gazetteer cannot resolve."""
    with open_store(db_path, read_only=True) as store:
        texts = [row["text"] for row in store.query("SELECT text FROM articles") if row["text"]]
    found = top_unresolved(texts, limit)
    if fmt == "json":
        rows = [{"name": c.key, "example": c.example, "count": c.count} for c in found]
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(found)} unresolved place-like names in {len(texts)} articles")
    for column in ("name", "example", "count"):
        table.add_column(column)
    for c in found:
        table.add_row(c.key, c.example, str(c.count))
    Console().print(table)
