"""Pieces every CLI command shares: the --db option and opening a store with a clear error."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click
import duckdb

from basma.store import DEFAULT_DB, Store

F = TypeVar("F", bound=Callable[..., Any])


def db_option(fn: F) -> F:
    """Add ``--db FILE`` (default ``basma.duckdb``, or $BASMA_DB)."""
    return click.option(
        "--db",
        "db_path",
        default=DEFAULT_DB,
        envvar="BASMA_DB",
        show_default=True,
        type=click.Path(dir_okay=False),
        help="DuckDB database file.",
    )(fn)


def parse_day(value: str | None, option: str) -> date | None:
    """An ISO date given on the command line, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)", param_hint=option) from exc


def find_by_id(store: Store, table: str, ident: str, noun: str, columns: str = "*") -> dict[str, Any]:
    """The one row of ``table`` whose id is ``ident`` or starts with it, or a one-line error."""
    rows = store.query(
        f"SELECT {columns} FROM {table} WHERE id = ? OR id LIKE ? ORDER BY id", [ident, f"{ident}%"]
    )
    if not rows:
        raise click.ClickException(f"{ident}: no such {noun} in the database (see `basma events`)")
    if len(rows) > 1 and rows[0]["id"] != ident:
        raise click.ClickException(f"{ident}: ambiguous prefix, matches {len(rows)} {noun}s")
    return rows[0]


def open_store(db_path: str, *, must_exist: bool = True, read_only: bool = False) -> Store:
    """Open the database, turning every failure into one line naming the file."""
    if must_exist and not Path(db_path).exists():
        raise click.ClickException(f"{db_path}: no such database (run `basma run` first)")
    try:
        return Store(db_path, read_only=read_only)
    except duckdb.Error as exc:
        first_line = str(exc).splitlines()[0]
        raise click.ClickException(f"{db_path}: cannot open the database ({first_line})") from exc
