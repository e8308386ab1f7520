"""``basma show``: one article with its events' evidence highlighted in the text."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from basma.cli.common import db_option, find_by_id, open_store
from basma.store.queries import select_events

# What each highlighted field looks like; the legend printed under the article repeats it.
STYLES = {
    "trigger": "bold reverse red",
    "actor": "bold blue underline",
    "recipient": "bold green underline",
    "date": "bold magenta",
    "location": "bold cyan",
}


def highlight(text: str, records: list[dict[str, Any]]) -> Text:
    """The article text with every event field's span styled."""
    rich_text = Text(text)
    for record in records:
        spans = [("trigger", record["trigger"])]
        spans += [("actor", ref["span"]) for ref in record["actor"] if ref.get("span")]
        spans += [("recipient", ref["span"]) for ref in record["recipient"] if ref.get("span")]
        if record["date"].get("span"):
            spans.append(("date", record["date"]["span"]))
        if record.get("location") and record["location"].get("span"):
            spans.append(("location", record["location"]["span"]))
        for field, span in spans:
            rich_text.stylize(STYLES[field], span["start"], span["end"])
    return rich_text


@click.command()
@click.argument("article_id")
@db_option
def show(article_id: str, db_path: str) -> None:
    """Show ARTICLE_ID (or a unique prefix) with its events highlighted and their evidence."""
    with open_store(db_path, read_only=True) as store:
        article = find_by_id(store, "articles", article_id, "article")
        rows = select_events(store, article=article["id"])
    records = [json.loads(r["record"]) for r in rows]
    console = Console()
    console.rule(article["title"] or article["id"])
    meta = [article["outlet"], article["section"], str(article["published_at"] or ""), article["url"]]
    console.print(" · ".join(m for m in meta if m), style="dim")
    console.print(highlight(article["text"], records))
    console.print(Text("  ").join(Text(name, style=style) for name, style in STYLES.items()))
    table = Table(title=f"{len(records)} events", show_lines=True)
    for name in ("type", "actor → recipient", "date", "modality", "evidence"):
        table.add_column(name, overflow="fold")
    for r, record in zip(rows, records, strict=True):
        actors = "+".join(a["code"] or "?" for a in record["actor"])
        recipients = "+".join(a["code"] or "?" for a in record["recipient"]) or "—"
        date = (
            f"{record['date']['value'] or '?'} ({record['date']['granularity']}, {record['date']['basis']})"
        )
        table.add_row(
            f"{r['type']}\n{'/'.join(record['mode'])}",
            f"{actors} → {recipients}",
            date,
            record["modality"],
            record["sentence"]["text"],
        )
    console.print(table)
