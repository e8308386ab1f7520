"""Numbered schema migrations, each recorded in ``schema_migrations`` and run in a transaction.

A migration is a decorated function; adding a column or a table means adding the next number, never
editing an applied one, so databases made by older versions upgrade in place.
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb

Migration = Callable[[duckdb.DuckDBPyConnection], None]
MIGRATIONS: dict[int, tuple[str, Migration]] = {}


def migration(number: int, name: str) -> Callable[[Migration], Migration]:
    """Register ``fn`` as schema migration ``number``."""

    def register(fn: Migration) -> Migration:
        if number in MIGRATIONS:
            raise ValueError(f"migration {number} is defined twice")
        MIGRATIONS[number] = (name, fn)
        return fn

    return register


@migration(1, "core tables")
def _core(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, section VARCHAR, title VARCHAR,
            published_at TIMESTAMPTZ, language VARCHAR, text VARCHAR, captions VARCHAR[],
            source_ref VARCHAR, content_hash VARCHAR, author VARCHAR, tags VARCHAR[], encoding VARCHAR,
            ingested_at TIMESTAMPTZ
        );
        CREATE TABLE mentions (
            article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, kind VARCHAR,
            actor_id VARCHAR, code VARCHAR, sectors VARCHAR[], resolved_by VARCHAR, confidence DOUBLE,
            rule VARCHAR
        );
        CREATE TABLE events (
            id VARCHAR, article_id VARCHAR, type VARCHAR, modes VARCHAR[], contexts VARCHAR[],
            cameo VARCHAR, quad INTEGER, intensity DOUBLE,
            actor_codes VARCHAR[], actor_ids VARCHAR[], recipient_codes VARCHAR[], recipient_ids VARCHAR[],
            date_value VARCHAR, date_granularity VARCHAR, date_basis VARCHAR, date_start DATE, date_end DATE,
            location_name VARCHAR, location_country VARCHAR, modality VARCHAR, attribution_source VARCHAR,
            confidence DOUBLE, coder_version VARCHAR, sentence_start INTEGER, sentence_end INTEGER,
            trigger_start INTEGER, trigger_end INTEGER, sentence VARCHAR, record JSON
        );
        CREATE TABLE quotes (
            id VARCHAR, article_id VARCHAR, speaker_code VARCHAR, speaker_id VARCHAR,
            content_start INTEGER, content_end INTEGER, content VARCHAR, direct BOOLEAN,
            date_value VARCHAR, record JSON
        );
        CREATE TABLE dates (
            article_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, value VARCHAR,
            granularity VARCHAR, basis VARCHAR, rule VARCHAR
        );
        CREATE TABLE rejections (
            input_ref VARCHAR, stage VARCHAR, reason VARCHAR, message VARCHAR, rejected_at TIMESTAMPTZ
        );
        CREATE TABLE article_links (
            article_id VARCHAR, other_id VARCHAR, kind VARCHAR, similarity DOUBLE
        );
        CREATE TABLE actors (
            id VARCHAR PRIMARY KEY, kind VARCHAR, country VARCHAR, sectors VARCHAR[],
            name_ar VARCHAR, names_ar VARCHAR[], names_en VARCHAR[], wikidata VARCHAR
        );
        CREATE TABLE stories (
            story_id VARCHAR, event_id VARCHAR, article_id VARCHAR
        );
        """
    )


@migration(2, "events_flat view")
def _events_flat(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        CREATE VIEW events_flat AS
        SELECT e.id, e.article_id, a.outlet, a.url, a.published_at, e.type, e.modes, e.contexts,
               e.cameo, e.quad, e.intensity,
               e.actor_codes[1] AS actor_code, e.recipient_codes[1] AS recipient_code,
               e.actor_codes, e.recipient_codes, e.actor_ids, e.recipient_ids,
               e.date_value, e.date_granularity, e.date_basis, e.date_start, e.date_end,
               e.location_name, e.location_country, e.modality, e.attribution_source, e.confidence,
               e.sentence
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        """
    )


@migration(3, "event coordinates and admin codes")
def _event_geography(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        """
        ALTER TABLE events ADD COLUMN location_resolved_name VARCHAR;
        ALTER TABLE events ADD COLUMN location_geonameid BIGINT;
        ALTER TABLE events ADD COLUMN location_lat DOUBLE;
        ALTER TABLE events ADD COLUMN location_lon DOUBLE;
        ALTER TABLE events ADD COLUMN location_admin1 VARCHAR;
        ALTER TABLE events ADD COLUMN location_resolution VARCHAR;
        CREATE OR REPLACE VIEW events_flat AS
        SELECT e.id, e.article_id, a.outlet, a.url, a.published_at, e.type, e.modes, e.contexts,
               e.cameo, e.quad, e.intensity,
               e.actor_codes[1] AS actor_code, e.recipient_codes[1] AS recipient_code,
               e.actor_codes, e.recipient_codes, e.actor_ids, e.recipient_ids,
               e.date_value, e.date_granularity, e.date_basis, e.date_start, e.date_end,
               e.location_name, e.location_resolved_name, e.location_country, e.location_admin1,
               e.location_lat, e.location_lon, e.location_geonameid, e.location_resolution,
               e.modality, e.attribution_source, e.confidence, e.sentence
        FROM events e LEFT JOIN articles a ON a.id = e.article_id
        """
    )


@migration(4, "article signatures")
def _article_signatures(con: duckdb.DuckDBPyConnection) -> None:
    """MinHash signatures of stored articles, so a later run links its copies to them.

    ``seq`` is the order in which articles were first indexed: a link always points from the later
    article to the earlier one, and re-ingesting an article keeps its ``seq``, so running the same
    input again finds the same links and no reverse ones. ``minhash`` is NULL for bodies too short to
    compare. ``scheme`` names the shingles and hash family; rows of another scheme, or whose
    ``content_hash`` no longer matches the article, are recomputed from the stored text.
    """
    con.execute(
        """
        CREATE TABLE article_signatures (
            article_id VARCHAR, seq BIGINT, content_hash VARCHAR, scheme VARCHAR, minhash UINTEGER[]
        )
        """
    )


@migration(5, "events repeated by copies")
def _event_copies(con: duckdb.DuckDBPyConnection) -> None:
    """Which events of a copied article repeat an event of the article it copies.

    A copy (an agency story republished by another outlet) is coded and stored like any article, so
    its events are there to see; counting them again would count one story twice. An event of an
    article linked in ``article_links`` repeats an event of the linked earlier article when both have
    the same type, actor codes and recipient codes and their dates are at most a day apart (a copy
    published the next day may resolve "yesterday" one day later) or both are unknown. Events a copy
    adds (a new lead with another statement) are not repeats. Links point from later to earlier
    articles only, so of a chain of copies exactly the earliest report of each event is kept in
    ``events_unique``.
    """
    con.execute(
        """
        CREATE VIEW event_copies AS
        SELECT e.id AS event_id, e.article_id, min(o.id) AS original_event_id,
               arg_min(o.article_id, o.id) AS original_article_id
        FROM events e
        JOIN article_links l ON l.article_id = e.article_id
        JOIN events o ON o.article_id = l.other_id AND o.type = e.type
             AND o.actor_codes IS NOT DISTINCT FROM e.actor_codes
             AND o.recipient_codes IS NOT DISTINCT FROM e.recipient_codes
             AND (o.date_start IS NOT DISTINCT FROM e.date_start OR abs(o.date_start - e.date_start) <= 1)
        GROUP BY e.id, e.article_id;
        CREATE VIEW events_unique AS
        SELECT e.* FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_copies c WHERE c.event_id = e.id);
        """
    )


def apply_migrations(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Bring the schema up to date; returns the numbers applied now."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(number INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())"
    )
    done = {row[0] for row in con.execute("SELECT number FROM schema_migrations").fetchall()}
    applied = []
    for number in sorted(MIGRATIONS):
        if number in done:
            continue
        name, fn = MIGRATIONS[number]
        con.execute("BEGIN TRANSACTION")
        try:
            fn(con)
            con.execute("INSERT INTO schema_migrations (number, name) VALUES (?, ?)", [number, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied
