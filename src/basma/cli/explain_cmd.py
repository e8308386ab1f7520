"""``basma explain``: why one event was coded the way it was, field by field, with the words."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from basma.cli.common import db_option, find_by_id, open_store


def _find_event(store: Any, event_id: str) -> dict[str, Any]:
    record = find_by_id(store, "events", event_id, "event", columns="id, record")["record"]
    return json.loads(record) if isinstance(record, str) else record


def _refs(refs: list[dict[str, Any]]) -> str:
    parts = []
    for ref in refs:
        code = " ".join(x for x in [ref.get("code") or "?", *ref.get("sectors", [])] if x)
        words = ref["span"]["text"] if ref.get("span") else ""
        parts.append(f"{code} «{words}»" if words else code)
    return "; ".join(parts) or "-"


def summary(event: dict[str, Any]) -> list[tuple[str, str]]:
    """The coded value of each field, as the first column of the explanation."""
    date = event["date"]
    location = event.get("location") or {}
    attribution = event.get("attribution") or {}
    return [
        ("type", f"{event['type']} {'/'.join(event['mode'])} (CAMEO {event['cameo']}, quad {event['quad']})"),
        ("actor", _refs(event["actor"])),
        ("recipient", _refs(event["recipient"])),
        ("date", f"{date['value']} ({date['granularity']}, {date['basis']})"),
        ("location", location.get("name") or "-"),
        ("modality", event["modality"]),
        (
            "attribution",
            " / ".join(x for x in (attribution.get("outlet"), attribution.get("source")) if x) or "-",
        ),
        ("confidence", f"{event['confidence']} ({event['coder_version']})"),
    ]


@click.command()
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the stored record and its explanation as JSON.")
def explain(event_id: str, db_path: str, as_json: bool) -> None:
    """Explain EVENT_ID (or a unique prefix): the rule or lexicon entry and the words behind each field."""
    with open_store(db_path, read_only=True) as store:
        event = _find_event(store, event_id)
    if as_json:
        click.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(f"[bold]{event['id']}[/bold]  trigger «{event['trigger']['text']}»")
    console.print(f"sentence: {event['sentence']['text']}")
    values = Table(show_header=False)
    for name, value in summary(event):
        values.add_row(name, value)
    console.print(values)
    why = Table("field", "rule or lexicon entry", "words", "offsets")
    for item in event.get("explanation", []):
        span = item.get("span") or {}
        offsets = f"{span['start']}-{span['end']}" if span else ""
        why.add_row(item["field"], item["rule"], span.get("text", ""), offsets)
    console.print(why)
    evidence = [e["text"] for e in event.get("evidence", [])[1:]]
    if evidence:
        console.print("also mentioned as: " + " | ".join(f"«{e[:80]}»" for e in evidence))
