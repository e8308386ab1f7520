"""``basma export``: stored events as PLOVER JSONL, CAMEO TSV, Parquet or CSV."""

from __future__ import annotations

from pathlib import Path

import click

from basma.cli.common import db_option, open_store
from basma.export import export_events


@click.command()
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["plover", "cameo", "parquet", "csv"]),
    help="Output format; by default taken from the file suffix (.jsonl, .tsv, .parquet, .csv).",
)
def export(destination: Path, db_path: str, fmt: str | None) -> None:
    """Write every stored event to DESTINATION."""
    suffixes = {".jsonl": "plover", ".json": "plover", ".tsv": "cameo", ".parquet": "parquet", ".csv": "csv"}
    chosen = fmt or suffixes.get(destination.suffix.lower())
    if chosen is None:
        raise click.UsageError(f"{destination}: cannot tell the format from the suffix; pass --format")
    with open_store(db_path) as store:
        n = export_events(store, chosen, destination)
    click.echo(f"wrote {n} events to {destination} ({chosen})")
