"""The gold format: what a person says basma should find in a piece of news.

Gold lives in YAML files so that a reviewer can read and correct it in a pull request. A file holds
``items``; an item is a sentence, a short paragraph or a whole article, with the events, quotes and
actor mentions expected in it. An item with ``events: []`` is a hard negative: news-like text in
which a careful coder finds no event. The format is documented in ``docs/evaluation.md``; this module
reads it into small frozen records and rejects anything malformed with the file and item named.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from basma.errors import DataFileError
from basma.eval.items import (
    GRANULARITIES,
    MODALITIES,
    PLOVER_TYPES,
    GoldActor,
    GoldDate,
    GoldEvent,
    GoldItem,
    GoldMention,
    GoldQuote,
    period_of,
)


class _Reader:
    """Turns the YAML of one file into records, naming the file and item in every error."""

    def __init__(self, path: Path, split: str) -> None:
        self.path = path
        self.split = split
        self.where = str(path)

    def fail(self, message: str) -> DataFileError:
        return DataFileError(message, input_ref=self.where)

    def actors(self, raw: Any, what: str) -> tuple[GoldActor, ...]:
        if raw is None:
            return ()
        items = raw if isinstance(raw, list) else [raw]
        return tuple(self.actor(item, what) for item in items)

    def actor(self, raw: Any, what: str) -> GoldActor:
        """An actor is ``{code, sectors, id}`` or the short form ``"SYR:GOV+MIL"``."""
        if isinstance(raw, str):
            code, _, sectors = raw.partition(":")
            return GoldActor(code=code.strip() or None, sectors=_split_sectors(sectors))
        if not isinstance(raw, dict):
            raise self.fail(f"{what} must be a mapping or a 'CODE:SECTOR+SECTOR' string, not {raw!r}")
        unknown = set(raw) - {"code", "sectors", "id", "accept_codes", "accept_sectors", "who", "surface"}
        if unknown:
            raise self.fail(f"{what} has unknown keys {sorted(unknown)}")
        return GoldActor(
            code=raw.get("code"),
            sectors=tuple(raw.get("sectors") or ()),
            id=raw.get("id"),
            accept_codes=tuple(raw.get("accept_codes") or ()),
            accept_sectors=tuple(raw.get("accept_sectors") or ()),
        )

    def date(self, raw: Any, what: str) -> GoldDate | None:
        """A date is ``{value, granularity}`` or a bare ISO value whose length gives the granularity."""
        if raw is None:
            return None
        if isinstance(raw, (date, str, int)):
            bare = raw.isoformat() if isinstance(raw, date) else str(raw)
            shape = {1: "year", 2: "month", 3: "day"}.get(len(bare.split("-")), "")
            raw = {"value": bare, "granularity": shape}
        if not isinstance(raw, dict):
            raise self.fail(f"{what}: date must be a mapping or an ISO value, not {raw!r}")
        value = raw.get("value")
        if isinstance(value, date):
            value = value.isoformat()
        granularity = str(raw.get("granularity") or ("unknown" if value is None else "day"))
        if granularity not in GRANULARITIES:
            raise self.fail(f"{what}: granularity {granularity!r} is not one of {GRANULARITIES}")
        try:
            period_of(None if value is None else str(value), granularity)
        except ValueError as exc:
            raise self.fail(f"{what}: date value {value!r} is not ISO 8601 ({exc})") from exc
        return GoldDate(None if value is None else str(value), granularity)

    def event(self, raw: Any, what: str, *, default_modality: str | None) -> GoldEvent:
        if not isinstance(raw, dict):
            raise self.fail(f"{what} must be a mapping")
        etype = raw.get("type")
        if etype not in PLOVER_TYPES:
            raise self.fail(f"{what}: type {etype!r} is not a PLOVER type")
        accept = tuple(raw.get("accept_types") or ())
        for t in accept:
            if t not in PLOVER_TYPES:
                raise self.fail(f"{what}: accept_types has {t!r}, not a PLOVER type")
        modality = raw.get("modality", default_modality)
        if modality is not None and modality not in MODALITIES:
            raise self.fail(f"{what}: modality {modality!r} is not one of {MODALITIES}")
        place: Any = raw.get("location")
        location, location_country = (
            (place.get("name"), place.get("country")) if isinstance(place, dict) else (place, None)
        )
        attribution: Any = raw.get("attribution")
        attr_codes: tuple[str, ...] = ()
        attr_id = None
        attribution_scored = "attribution" in raw or default_modality is not None
        if isinstance(attribution, dict):
            attr = self.actor({k: v for k, v in attribution.items() if k != "text"}, f"{what}.attribution")
            attr_codes, attr_id = tuple(sorted(attr.codes)), attr.id
            attribution = attribution.get("text") or attribution.get("who")
        return GoldEvent(
            type=etype,
            accept_types=accept,
            mode=tuple(raw.get("mode") or ()),
            actor=self.actors(raw.get("actor"), f"{what}.actor"),
            recipient=self.actors(raw.get("recipient"), f"{what}.recipient"),
            symmetric=bool(raw.get("symmetric", False)),
            date=self.date(raw.get("date"), what),
            location=location,
            location_country=location_country,
            modality=modality,
            attribution=attribution,
            attribution_codes=attr_codes,
            attribution_id=attr_id,
            attribution_scored=attribution_scored,
            trigger=raw.get("trigger"),
            evidence=raw.get("evidence"),
            required=bool(raw.get("required", True)),
            label=str(raw.get("id") or ""),
            same_as=raw.get("same_event_as"),
        )

    def mentions(self, raw: Any, what: str) -> tuple[GoldMention, ...] | None:
        """Mentions are a list of ``{surface, code, sectors, id}`` or a ``{surface: "CODE:SECTORS"}`` map."""
        if raw is None:
            return None
        if isinstance(raw, dict):
            raw = [{"surface": k, **_actor_dict(v)} for k, v in raw.items()]
        out = []
        for i, m in enumerate(raw):
            if isinstance(m, dict) and "surface" not in m and len(m) == 1:
                ((k, v),) = m.items()
                m = {"surface": k, **_actor_dict(v)}
            if not isinstance(m, dict) or not m.get("surface"):
                raise self.fail(f"{what}.mentions[{i}] needs a surface")
            actor = self.actor({k: v for k, v in m.items() if k != "surface"}, f"{what}.mentions[{i}]")
            out.append(
                GoldMention(str(m["surface"]), actor.code, actor.sectors, actor.id, actor.accept_codes)
            )
        return tuple(out)

    def quotes(self, raw: Any, what: str) -> tuple[GoldQuote, ...] | None:
        if raw is None:
            return None
        out = []
        for i, q in enumerate(raw):
            if not isinstance(q, dict) or not q.get("evidence"):
                raise self.fail(f"{what}.quotes[{i}] needs evidence (words of what is said)")
            speaker = self.actor(q["speaker"], f"{what}.quotes[{i}].speaker") if q.get("speaker") else None
            out.append(
                GoldQuote(speaker, str(q["evidence"]), bool(q.get("required", True)), str(q.get("id", "")))
            )
        return tuple(out)

    def item(self, raw: Any, index: int, defaults: dict[str, Any]) -> GoldItem:
        if not isinstance(raw, dict):
            raise self.fail(f"item {index} must be a mapping")
        item_id = raw.get("id")
        what = f"item {item_id or index}"
        if not item_id:
            raise self.fail(f"{what} has no id")
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            raise self.fail(f"{what} has no text")
        if "events" not in raw or not isinstance(raw["events"], list):
            raise self.fail(f"{what} needs an events list (write 'events: []' for a hard negative)")
        published = raw.get("published_at", defaults.get("published_at"))
        default_modality = defaults.get("default_modality", "asserted")
        events = tuple(
            self.event(e, f"{what}.events[{i}]", default_modality=default_modality)
            for i, e in enumerate(raw["events"])
        )
        for event in events:
            for piece in (event.trigger, event.evidence):
                if piece and piece not in text:
                    raise self.fail(f"{what}: {piece!r} is not a substring of the text")
        mentions = self.mentions(raw.get("mentions"), what)
        for m in mentions or ():
            if m.surface not in text:
                raise self.fail(f"{what}: mention {m.surface!r} is not a substring of the text")
        return GoldItem(
            id=str(item_id),
            text=text,
            published_at=_parse_time(published, self, what),
            outlet=raw.get("outlet", defaults.get("outlet")),
            split=str(raw.get("split", self.split)),
            source=self.where,
            style=raw.get("style", defaults.get("style")),
            events=events,
            quotes=self.quotes(raw.get("quotes"), what),
            mentions=mentions,
            note=raw.get("note"),
        )


def _actor_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    code, _, sectors = str(value).partition(":")
    return {"code": code.strip() or None, "sectors": list(_split_sectors(sectors))}


def _split_sectors(text: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in text.replace(",", "+").split("+") if s.strip())


def _parse_time(value: Any, reader: _Reader, what: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise reader.fail(f"{what}: published_at {value!r} is not ISO 8601") from exc


class _GoldLoader(yaml.SafeLoader):
    """Safe YAML that keeps dates as written, so a bad date is reported with its item."""


_GoldLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_of(path: Path) -> str:
    """A file's split is the name of the folder it sits in when that is dev or test."""
    for part in reversed(path.parent.parts):
        if part in ("dev", "test"):
            return part
    return "other"


def load_file(path: Path) -> list[GoldItem]:
    """Read one gold YAML file (team format, or the seed's article format through the converter).

    :raises DataFileError: when the file is not valid gold; the message names the file and item.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_GoldLoader)
    except yaml.YAMLError as exc:
        raise DataFileError(f"not valid YAML: {exc}", input_ref=str(path)) from exc
    if isinstance(data, dict) and "article" in data and "items" not in data:
        from basma.eval.seed import convert_seed

        return convert_seed(path, data)
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise DataFileError("a gold file needs a top-level 'items' list", input_ref=str(path))
    reader = _Reader(path, str(data.get("split") or split_of(path)))
    defaults = data.get("defaults") or {}
    items = [reader.item(raw, i, defaults) for i, raw in enumerate(data["items"])]
    return items


def gold_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Gold files under the given files and folders, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
        elif path.exists():
            yield path
        else:
            raise DataFileError("no such gold file or folder", input_ref=str(path))


def load_gold(paths: Iterable[Path | str], skipped: list[str] | None = None) -> list[GoldItem]:
    """Read every gold item under ``paths``; item ids must be unique within a split.

    A seed file whose page is absent is skipped with a note in ``skipped`` when that list is
    given (the pages are kept outside the repository), and is an error otherwise.

    :raises DataFileError: on a malformed file or a repeated id.
    """
    items: list[GoldItem] = []
    seen: dict[tuple[str, str], str] = {}
    for path in gold_files(Path(p) for p in paths):
        try:
            loaded = load_file(path)
        except DataFileError as exc:
            if skipped is None or exc.code != "seed-text-missing":
                raise
            skipped.append(str(exc))
            continue
        for item in loaded:
            key = (item.split, item.id)
            if key in seen:
                raise DataFileError(f"item id {item.id!r} already used in {seen[key]}", input_ref=str(path))
            seen[key] = item.source
            items.append(item)
    return items
