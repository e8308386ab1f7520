"""Turn coded articles into table rows (plain dicts keyed by column name)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from basma.records import Actor, CodedArticle, Event, Quote, Rejection


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def article_row(coded: CodedArticle, now: datetime) -> dict[str, Any]:
    a = coded.article
    return {
        "id": a.id,
        "url": a.url,
        "outlet": a.outlet,
        "section": a.section,
        "title": a.title,
        "published_at": a.published_at,
        "language": a.language,
        "text": a.text,
        "captions": list(a.captions),
        "source_ref": a.source_ref,
        "content_hash": a.content_hash,
        "author": a.author,
        "tags": list(a.tags),
        "encoding": a.encoding,
        "ingested_at": now,
    }


def mention_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    return [
        {
            "article_id": coded.article.id,
            "start_char": m.span.start,
            "end_char": m.span.end,
            "text": m.span.text,
            "kind": m.kind,
            "actor_id": m.actor_id,
            "code": m.code,
            "sectors": list(m.sectors),
            "resolved_by": m.resolved_by,
            "confidence": m.confidence,
            "rule": m.rule,
        }
        for m in (*coded.mentions, *coded.places)
    ]


def event_row(event: Event) -> dict[str, Any]:
    location = event.location
    attribution = event.attribution
    return {
        "id": event.id,
        "article_id": event.article_id,
        "type": event.type,
        "modes": list(event.mode),
        "contexts": list(event.context),
        "cameo": event.cameo,
        "quad": event.quad,
        "intensity": event.intensity,
        "actor_codes": [r.code for r in event.actor],
        "actor_ids": [r.actor_id for r in event.actor],
        "recipient_codes": [r.code for r in event.recipient],
        "recipient_ids": [r.actor_id for r in event.recipient],
        "date_value": event.date.value,
        "date_granularity": event.date.granularity.value,
        "date_basis": event.date.basis.value,
        "date_start": event.date.start,
        "date_end": event.date.end,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "modality": event.modality,
        "attribution_source": attribution.source if attribution else None,
        "confidence": event.confidence,
        "coder_version": event.coder_version,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence": event.sentence.text,
        "record": _json(event.to_dict()),
        "location_resolved_name": location.resolved_name if location else None,
        "location_geonameid": location.geonameid if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "location_admin1": location.admin1 if location else None,
        "location_resolution": location.resolution if location else None,
    }


def quote_row(quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "id": quote.id,
        "article_id": quote.article_id,
        "speaker_code": speaker.code if speaker else None,
        "speaker_id": speaker.actor_id if speaker else None,
        "content_start": quote.content.start,
        "content_end": quote.content.end,
        "content": quote.content.text,
        "direct": quote.direct,
        "date_value": quote.date.value,
        "record": _json(quote.to_dict()),
    }


def date_rows(coded: CodedArticle) -> list[dict[str, Any]]:
    return [
        {
            "article_id": coded.article.id,
            "start_char": d.span.start,
            "end_char": d.span.end,
            "text": d.span.text,
            "value": d.value,
            "granularity": d.granularity.value,
            "basis": d.basis.value,
            "rule": d.rule,
        }
        for d in coded.dates
    ]


def rejection_row(rejection: Rejection) -> dict[str, Any]:
    return {**rejection.to_dict(), "rejected_at": datetime.now(UTC)}


def actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "kind": actor.kind,
        "country": actor.country,
        "sectors": list(actor.sectors),
        "name_ar": actor.names_ar[0] if actor.names_ar else None,
        "names_ar": list(actor.names_ar),
        "names_en": list(actor.names_en),
        "wikidata": actor.wikidata,
    }


# Tables written per batch, in writing order.
TABLES = (
    "articles",
    "mentions",
    "events",
    "quotes",
    "dates",
    "rejections",
    "article_links",
    "article_signatures",
)


def table_rows(
    coded: Sequence[CodedArticle],
    rejections: Sequence[Rejection] = (),
    links: Sequence[tuple[str, str, str, float]] = (),
    signatures: Sequence[dict[str, Any]] = (),
) -> dict[str, list[dict[str, Any]]]:
    """Every row a batch of coded articles, rejections, duplicate links and signatures adds, by table."""
    now = datetime.now(UTC)
    return {
        "articles": [article_row(c, now) for c in coded],
        "mentions": [r for c in coded for r in mention_rows(c)],
        "events": [event_row(e) for c in coded for e in c.events],
        "quotes": [quote_row(q) for c in coded for q in c.quotes],
        "dates": [r for c in coded for r in date_rows(c)],
        "rejections": [rejection_row(r) for r in rejections],
        "article_links": [
            {"article_id": a, "other_id": b, "kind": kind, "similarity": sim} for a, b, kind, sim in links
        ],
        "article_signatures": list(signatures),
    }
