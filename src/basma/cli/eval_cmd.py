"""``basma eval``: score the coder against gold files and guard the CI floors."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from basma.eval.floors import check_floors, read_floors, split_hashes, updated_floors, write_floors
from basma.eval.gold import load_gold
from basma.eval.report import render
from basma.eval.run import evaluate, key_numbers, report_dict


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--split", "splits", multiple=True, help="Only items of this split (dev, test, seed); repeatable."
)
@click.option("--show-errors", is_flag=True, help="List misses, partial matches and false alarms.")
@click.option(
    "--max-errors",
    type=click.IntRange(1),
    default=60,
    show_default=True,
    help="How many errors per split --show-errors lists.",
)
@click.option(
    "--check-floors",
    "check_path",
    type=click.Path(dir_okay=False, exists=True),
    help="Exit with status 1 when a number falls below its floor in this file.",
)
@click.option(
    "--update-floors",
    "update_path",
    type=click.Path(dir_okay=False),
    help="Raise the floors in this file to the numbers measured now.",
)
@click.option(
    "--allow-lower", is_flag=True, help="With --update-floors: also lower floors (shown in the diff)."
)
def eval_command(
    gold: tuple[str, ...],
    fmt: str,
    splits: tuple[str, ...],
    show_errors: bool,
    max_errors: int,
    check_path: str | None,
    update_path: str | None,
    allow_lower: bool,
) -> None:
    """Run basma over GOLD files or folders and print precision, recall and F1.

    Events match when type, actor and recipient countries and the date (within the gold's
    granularity) agree; docs/evaluation.md gives every rule. A seed gold file whose page is not
    beside it is skipped with a note.
    """
    skipped: list[str] = []
    items = load_gold(gold, skipped=skipped)
    for note in skipped:
        click.echo(f"skipped {note}", err=True)
    if splits:
        items = [item for item in items if item.split in splits]
    if not items:
        raise click.ClickException("no gold items to evaluate")
    scores = evaluate(items)
    numbers = {split: key_numbers(score) for split, score in scores.items()}
    if fmt == "json":
        click.echo(json.dumps(report_dict(scores, errors=show_errors), ensure_ascii=False, indent=2))
    else:
        click.echo(render(scores, errors=show_errors, limit=max_errors))
    if update_path:
        path = Path(update_path)
        old = read_floors(path) if path.exists() else {}
        new, changes = updated_floors(numbers, old, split_hashes(items), allow_lower=allow_lower)
        write_floors(path, new)
        click.echo("\n".join(changes) or "floors unchanged", err=True)
    if check_path:
        failed = [c for c in check_floors(numbers, read_floors(Path(check_path))) if not c.ok]
        for check in failed:
            click.echo(f"below floor: {check}", err=True)
        if failed:
            sys.exit(1)
