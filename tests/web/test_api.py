"""The JSON API, driven in-process through httpx's ASGI transport and over a real localhost socket."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from basma.cli.serve_cmd import get_in_process
from basma.web import create_app


def _get(db: str, path: str) -> httpx.Response:
    return asyncio.run(get_in_process(create_app(db), path))


def test_summary_counts_articles_and_events(web_db: str) -> None:
    body = _get(web_db, "/api/summary").json()
    assert body["counts"]["articles"] == 2
    assert body["counts"]["events"] == sum(r["events"] for r in body["events_by_type"]) > 0
    assert {"actor", "recipient", "events", "score"} <= set(body["top_pairs"][0])


def test_events_filter_and_article_detail(web_db: str) -> None:
    events: list[dict[str, Any]] = _get(web_db, "/api/events?actor=TUR").json()
    assert events and all("TUR" in {r["code"] for r in e["actor"] + e["recipient"]} for e in events)
    article = _get(web_db, f"/api/articles/{events[0]['article_id']}").json()
    assert (
        article["text"][events[0]["trigger"]["start"] : events[0]["trigger"]["end"]]
        == events[0]["trigger"]["text"]
    )
    assert article["mentions"] and article["events"]
    one = _get(web_db, f"/api/events/{events[0]['id']}").json()
    assert one["sentence"]["text"] and one["article"]["title"]


def test_errors_are_json_with_status(web_db: str) -> None:
    response = _get(web_db, "/api/events?since=yesterday")
    assert response.status_code == 400 and "YYYY-MM-DD" in response.json()["error"]
    missing = _get(web_db, "/api/articles/nope")
    assert missing.status_code == 404 and missing.json()["status"] == 404


def test_code_endpoint_over_a_real_socket(server_url: str) -> None:
    response = httpx.post(
        f"{server_url}/api/code",
        json={"text": "استقبلت أنقرة وفداً سورياً الأحد.", "published_at": "2025-10-14T10:00:00+03:00"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    coded = response.json()
    assert coded["article"]["published_at"].startswith("2025-10-14")
    assert {m["code"] for m in coded["mentions"]} >= {"TUR", "SYR"}
    empty = httpx.post(f"{server_url}/api/code", json={"text": "  "}, timeout=10)
    assert empty.status_code == 400


def test_openapi_lists_every_route(server_url: str) -> None:
    paths = httpx.get(f"{server_url}/openapi.json", timeout=10).json()["paths"]
    assert {"/api/events", "/api/summary", "/api/dyads", "/api/code"} <= set(paths)
