"""The DuckDB store on a real file: migrations, Arrow writes and idempotent re-ingest."""

from __future__ import annotations

from pathlib import Path

import basma
from basma.records import Rejection
from basma.store import Store
from basma.store.migrations import MIGRATIONS


def _coded():
    return basma.code_text(
        "استقبلت دمشق الأحد وفداً روسياً رفيعاً.\n\nواتهمت سوريا إسرائيل بشن غارات.",
        published_at="2025-11-18T06:00:00+02:00",
        outlet="النهار",
        url="https://example.test/a",
    )


def test_migrations_are_recorded_and_not_reapplied(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    with Store(path) as store:
        numbers = [r["number"] for r in store.query("SELECT number FROM schema_migrations ORDER BY 1")]
    assert numbers == sorted(MIGRATIONS)
    with Store(path) as store:
        again = store.query("SELECT count(*) AS n FROM schema_migrations")[0]["n"]
    assert again == len(MIGRATIONS)


def test_writing_the_same_article_twice_leaves_the_same_rows(tmp_path: Path) -> None:
    path = tmp_path / "b.duckdb"
    coded = _coded()
    rejection = Rejection("x.txt", "clean", "empty", "x.txt: the file is empty")
    with Store(path) as store:
        store.write([coded], [rejection])
        first = store.counts()
        store.write([coded], [rejection])
        second = store.counts()
        stored = store.query("SELECT type, actor_codes, recipient_codes FROM events ORDER BY trigger_start")
    assert first == second
    assert first["articles"] == 1 and first["rejections"] == 1
    assert first["events"] == len(coded.events) > 0
    assert stored[0]["type"] == "CONSULT" and stored[0]["actor_codes"] == ["RUS"]


def test_events_flat_view_joins_outlet(tmp_path: Path) -> None:
    with Store(tmp_path / "b.duckdb") as store:
        store.write([_coded()])
        rows = store.query("SELECT outlet, actor_code, recipient_code FROM events_flat")
    assert rows and rows[0]["outlet"] == "النهار"


def test_event_locations_keep_coordinates_and_admin_codes(tmp_path: Path) -> None:
    coded = basma.code_text(
        "استقبل وزير الخارجية التركي في أنقرة أمس نظيره السوري لبحث ملف الحدود.",
        published_at="2025-10-13T10:00:00+03:00",
    )
    located = [e for e in coded.events if e.location and e.location.lat is not None]
    assert located, [(e.type, e.location) for e in coded.events]
    with Store(tmp_path / "b.duckdb") as store:
        store.write([coded])
        row = store.query(
            "SELECT location_country, location_lat, location_lon, location_resolution, location_geonameid "
            "FROM events_flat WHERE location_lat IS NOT NULL"
        )[0]
    assert row["location_country"] == "TUR"
    assert 39 < row["location_lat"] < 40.5 and 32 < row["location_lon"] < 33.5  # Ankara
    assert row["location_resolution"] == "point" and row["location_geonameid"]
