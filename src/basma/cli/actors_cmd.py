"""``basma actors``: look names up in the knowledge base, list it, validate it, find what it lacks."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import click

from basma.cli.common import db_option, open_store


@click.group()
def actors() -> None:
    """The actor knowledge base: look-up, listing, validation and unresolved names."""


@actors.command()
@click.argument("name")
@click.option("--on", "on", help="Date (YYYY-MM-DD) for offices and codes; default today.")
def lookup(name: str, on: str | None) -> None:
    """Show what NAME (a name, demonym, capital or title) resolves to."""
    from basma.actors import load_kb

    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError as exc:
        raise click.BadParameter(f"{on!r} is not a date (YYYY-MM-DD)", param_hint="--on") from exc
    hits = load_kb().lookup(name, day)
    if not hits:
        raise click.ClickException(f"{name}: not in the knowledge base")
    for hit in hits:
        sectors = " ".join(hit.sectors)
        click.echo(f"{hit.actor.id}\t{hit.actor.kind}\t{hit.code or '-'} {sectors}\t{hit.via}")


@actors.command(name="list")
@click.option("--kind", help="Only actors of this kind (person, country, organisation, media ...).")
@click.option("--country", help="Only actors with this country code.")
def list_(kind: str | None, country: str | None) -> None:
    """List the knowledge base: id, kind, code, sectors and first Arabic name."""
    from basma.actors import load_kb

    for actor in sorted(load_kb().actors(), key=lambda a: a.id):
        if (kind and actor.kind != kind) or (country and actor.country != country):
            continue
        name = actor.names_ar[0] if actor.names_ar else ""
        click.echo(f"{actor.id}\t{actor.kind}\t{actor.country or '-'}\t{' '.join(actor.sectors)}\t{name}")


@actors.command()
@click.option(
    "--path",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="A knowledge-base folder to check instead of the bundled one.",
)
def validate(path: Path | None) -> None:
    """Load and check every knowledge-base file; print a summary or the first problem."""
    from basma.actors.kb import _default_dir, build

    kb = build(path or _default_dir())
    kinds = Counter(a.kind for a in kb.actors())
    click.echo(f"ok: {len(kb)} actors, {len(kb.senses)} phrases")
    click.echo(", ".join(f"{k} {n}" for k, n in kinds.most_common()))


@actors.command()
@db_option
@click.option("--limit", type=int, default=2000, show_default=True, help="Articles to read.")
@click.option("--top", type=int, default=50, show_default=True, help="How many names to show.")
def unresolved(db_path: str, limit: int, top: int) -> None:
    """The most frequent name-like phrases in the database's articles that no actor covers."""
    from basma import text
    from basma.actors import load_kb
    from basma.actors.unresolved import candidates, unresolved_counts
    from basma.document import Document
    from basma.records import Article

    kb = load_kb()
    store = open_store(db_path, read_only=True)
    rows = store.query("SELECT id, text, published_at FROM articles ORDER BY id LIMIT ?", [limit])
    found = []
    for row in rows:
        published = row["published_at"]
        doc = Document(
            Article(
                id=row["id"],
                text=row["text"] or "",
                published_at=published if isinstance(published, datetime) else None,
            )
        )
        text.analyse(doc)
        found += candidates(doc, kb)
    share = sum(c.resolved for c in found) / len(found) if found else 1.0
    click.echo(f"{len(rows)} articles, {len(found)} name-like phrases, {share:.1%} resolved")
    for key, count in unresolved_counts(found).most_common(top):
        click.echo(f"{count}\t{key}")
