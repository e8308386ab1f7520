"""``basma load``: store the Parquet output of the Spark job in a database."""

from __future__ import annotations

import click

from basma.cli.common import db_option, open_store


@click.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@db_option
def load(folder: str, db_path: str) -> None:
    """Load FOLDER, written by `python -m basma.spark.job`, into the database."""
    from basma.analysis import refresh_stories
    from basma.spark.load import load_parquet

    with open_store(db_path, must_exist=False) as store:
        try:
            counts = load_parquet(folder, store)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from exc
        refresh_stories(store)
    click.echo(", ".join(f"{table}: {n}" for table, n in sorted(counts.items())) + f" → {db_path}")
