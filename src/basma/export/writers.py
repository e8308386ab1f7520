"""Write stored events in the formats other event-data tools read.

PLOVER JSONL follows the PLOVER record layout (id, date, actor/recipient with country and sectors,
event type, mode, context, location, source and text) and keeps basma's own additions (modality,
attribution, evidence offsets) under ``basma``. CAMEO TSV uses GDELT-like column names so that
scripts written for GDELT event files can read it.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from basma.store import Store

_QUERY = """
SELECT e.*, a.outlet, a.url, a.published_at, a.title
FROM events e LEFT JOIN articles a ON a.id = e.article_id
ORDER BY e.date_start NULLS LAST, e.article_id, e.trigger_start
"""


def _first(values: list[Any] | None) -> Any:
    return values[0] if values else None


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER-style JSON object."""
    record = json.loads(row["record"])

    def party(refs: list[dict[str, Any]]) -> dict[str, Any]:
        first = refs[0] if refs else {}
        return {
            "actor": first.get("actor_id"),
            "country": first.get("code"),
            "sectors": first.get("sectors", []),
            "text": (first.get("span") or {}).get("text"),
            "all": refs,
        }

    return {
        "id": row["id"],
        "date": row["date_value"],
        "date_resolution": row["date_granularity"],
        "event_type": row["type"],
        "mode": record["mode"],
        "context": record["context"],
        "actor": party(record["actor"]),
        "recipient": party(record["recipient"]),
        "location": record.get("location"),
        "quad": row["quad"],
        "intensity": row["intensity"],
        "cameo": row["cameo"],
        "source": {
            "outlet": row["outlet"],
            "url": row["url"],
            "published_at": str(row["published_at"] or ""),
        },
        "text": record["sentence"]["text"],
        "basma": {
            "modality": record["modality"],
            "attribution": record["attribution"],
            "date": record["date"],
            "trigger": record["trigger"],
            "evidence": record.get("evidence", []),
            "confidence": record["confidence"],
            "coder_version": record["coder_version"],
            "article_id": row["article_id"],
        },
    }


CAMEO_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "DateGranularity",
    "Actor1Code",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor2Code",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "EventCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "Modality",
    "Source",
    "SOURCEURL",
    "PloverType",
    "PloverMode",
]


def cameo_row(row: dict[str, Any]) -> list[Any]:
    """One event as a GDELT-like CAMEO row."""
    record = json.loads(row["record"])
    location = record.get("location") or {}
    actor_sectors = (_first(record["actor"]) or {}).get("sectors") or []
    recipient_sectors = (_first(record["recipient"]) or {}).get("sectors") or []
    actor_country = _first(row["actor_codes"])
    recipient_country = _first(row["recipient_codes"])
    cameo = row["cameo"] or ""
    return [
        row["id"],
        (row["date_value"] or "").replace("-", ""),
        row["date_granularity"],
        f"{actor_country or ''}{_first(actor_sectors) or ''}",
        actor_country,
        _first(actor_sectors),
        f"{recipient_country or ''}{_first(recipient_sectors) or ''}",
        recipient_country,
        _first(recipient_sectors),
        cameo,
        cameo[:2],
        row["quad"],
        row["intensity"],
        location.get("resolved_name") or location.get("name"),
        location.get("country"),
        location.get("lat"),
        location.get("lon"),
        row["modality"],
        row["outlet"],
        row["url"],
        row["type"],
        "/".join(record["mode"]),
    ]


def _plover(rows: list[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n")


def _cameo(rows: list[dict[str, Any]], out: TextIO) -> None:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(CAMEO_COLUMNS)
    for row in rows:
        writer.writerow(["" if v is None else v for v in cameo_row(row)])


FORMATS: dict[str, Callable[[list[dict[str, Any]], TextIO], None]] = {"plover": _plover, "cameo": _cameo}


def export_events(store: Store, fmt: str, destination: Path) -> int:
    """Write every stored event to ``destination`` in ``fmt``; returns the number written.

    ``parquet`` and ``csv`` write the flat ``events_flat`` view with DuckDB's own writers.
    """
    if fmt in ("parquet", "csv"):
        options = "(FORMAT parquet)" if fmt == "parquet" else "(HEADER, DELIMITER ',')"
        target = str(destination).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM events_flat ORDER BY date_start, id) TO '{target}' {options}")
        return int(store.query("SELECT count(*) AS n FROM events")[0]["n"])
    rows = store.query(_QUERY)
    with destination.open("w", encoding="utf-8", newline="") as out:
        FORMATS[fmt](rows, out)
    return len(rows)
