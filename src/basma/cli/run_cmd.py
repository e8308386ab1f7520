"""``basma run``: ingest, code and store articles, then print a summary."""

from __future__ import annotations

import itertools
import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from basma.analysis import refresh_stories
from basma.batch import BatchSummary, run_batch
from basma.cli.common import db_option, open_store
from basma.ingest import iter_inputs, sample_paths

# Inputs at or below this many do not get a progress bar.
_QUIET_UP_TO = 5


def _print_summary(console: Console, summary: BatchSummary, db_path: str, sources: str) -> None:
    console.print(
        f"[bold]basma[/bold] read {summary.articles + summary.rejected} inputs from {sources}: "
        f"[green]{summary.articles} articles coded[/green], "
        f"[yellow]{summary.rejected} rejected[/yellow], {summary.duplicates} duplicates linked, "
        f"{summary.events} events, {summary.quotes} quotes."
    )
    if summary.rejections_by_reason:
        reasons = ", ".join(f"{reason} {n}" for reason, n in summary.rejections_by_reason.most_common())
        console.print(f"Rejections by reason: {reasons} (see `basma rejections`).")
    if summary.events_by_type:
        table = Table(title="Events by type", show_edge=False)
        table.add_column("type")
        table.add_column("events", justify="right")
        for kind, n in summary.events_by_type.most_common():
            table.add_row(kind, str(n))
        console.print(table)
    if summary.pairs:
        table = Table(title="Top actor → recipient pairs", show_edge=False)
        table.add_column("actor")
        table.add_column("recipient")
        table.add_column("events", justify="right")
        for (actor, recipient), n in summary.pairs.most_common(10):
            table.add_row(actor, recipient, str(n))
        console.print(table)
    console.print(f"Database: [bold]{db_path}[/bold] (try `basma events --db {db_path}`).")


def _pair(item: str) -> tuple[str, str]:
    key, sep, name = item.partition("=")
    if not sep or not key or not name:
        raise click.BadParameter(f"{item!r} is not KEY=NAME", param_hint="--field")
    return key.strip(), name.strip()


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "html", "jsonl", "warc", "feed"]),
    help="Force the input format instead of detecting it.",
)
@click.option(
    "--field",
    "field_map",
    multiple=True,
    metavar="KEY=NAME",
    help="Read JSONL field NAME as basma's KEY (e.g. --field text=body_ar); repeatable.",
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Processes to code articles in parallel.",
)
def run(
    paths: tuple[str, ...], db_path: str, fmt: str | None, field_map: tuple[str, ...], workers: int
) -> None:
    """Ingest PATHS (files, folders, globs or - for stdin), code them and store everything.

    With no PATHS, runs on the bundled sample corpus. Exits 0 when every input was handled (some may
    be recorded as rejected), 2 when some inputs could not even be read.
    """
    console = Console(soft_wrap=True)
    inputs = list(paths) or sample_paths()
    sources = ", ".join(paths) if paths else "the bundled sample corpus"
    fields = dict(_pair(item) for item in field_map)
    # Inputs are streamed, not read into memory at once; the first few are looked at to decide
    # whether a progress bar is worth showing.
    stream = iter_inputs(inputs, fmt=fmt, fields=fields or None)
    try:
        head = list(itertools.islice(stream, _QUIET_UP_TO + 1))
    except ValueError as exc:  # an unknown field name
        raise click.BadParameter(str(exc), param_hint="--field") from exc
    items = itertools.chain(head, stream)
    with open_store(db_path, must_exist=False) as store:
        from basma.actors import load_kb

        store.write_actors(load_kb().actors())
        if len(head) > _QUIET_UP_TO:
            columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
                task = progress.add_task("coding", total=None)
                summary = run_batch(items, store, workers=workers, on_item=lambda _: progress.advance(task))
        else:
            summary = run_batch(items, store, workers=workers)
        refresh_stories(store)
    _print_summary(console, summary, db_path, sources)
    if summary.unreadable:
        sys.exit(2)
