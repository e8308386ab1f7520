"""Request-scoped helpers shared by the views: the store and parsed query parameters."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from fastapi import Request

from basma.store import Store
from basma.web.errors import ApiError


def get_store(request: Request) -> Store:
    """The read-only store the app was started with."""
    store: Store | None = request.app.state.store
    if store is None:
        raise ApiError(503, "this server has no database (start it with --db FILE)")
    return store


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ApiError(400, f"{name}={value!r} is not a date (use YYYY-MM-DD)") from exc


def records(rows: list[dict[str, Any]], column: str = "record") -> list[dict[str, Any]]:
    """The JSON records stored in ``column`` of each row."""
    return [json.loads(r[column]) for r in rows]
