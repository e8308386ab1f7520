"""People, organisations, media and generated per-country bodies, read from their data files."""

from __future__ import annotations

from pathlib import Path

from basma.actors import datafile
from basma.actors.countries import CountryData, body_names
from basma.actors.datafile import Entry
from basma.actors.senses import Sense
from basma.records import Actor, Role

_PERSON_KEYS = {"id", "en", "ar", "short", "country", "sectors", "roles", "wikidata"}
_ROLE_KEYS = {"title", "country", "sectors", "org", "office", "start", "end"}
_ORG_KEYS = {"id", "kind", "en", "ar", "country", "sectors", "metonym_of", "wikidata"}
_ORG_KINDS = {"organisation", "armed-group", "party", "igo", "ngo", "seat", "media"}
_BODY_KEYS = {"key", "en", "sectors", "ar", "idafa"}


def _role(entry: Entry, raw: object, n: int) -> Role:
    if not isinstance(raw, dict):
        raise entry.fail(f"roles[{n}] must be a mapping")
    datafile.only_keys(entry, _ROLE_KEYS, raw)
    if not isinstance(raw.get("title"), str):
        raise entry.fail(f"roles[{n}].title is missing")
    start = datafile.day(entry, raw.get("start"), f"roles[{n}].start")
    end = datafile.day(entry, raw.get("end"), f"roles[{n}].end")
    if start and end and end <= start:
        raise entry.fail(f"roles[{n}] ends ({end}) before it starts ({start})")
    return Role(
        title=raw["title"],
        country=datafile.country(entry, raw.get("country"), f"roles[{n}].country"),
        sectors=datafile.sectors(entry, raw.get("sectors"), f"roles[{n}].sectors"),
        organisation=raw.get("org"),
        start=start,
        end=end,
    )


def read_people(
    path: Path,
) -> tuple[list[Actor], list[tuple[str, Sense]], dict[str, list[str]], list[tuple[str, Role, str | None]]]:
    """People, their name phrases, their coreference-only short forms and their offices."""
    actors: list[Actor] = []
    phrases: list[tuple[str, Sense]] = []
    shorts: dict[str, list[str]] = {}
    offices: list[tuple[str, Role, str | None]] = []
    for entry in datafile.entries(path):
        datafile.only_keys(entry, _PERSON_KEYS)
        actor_id = datafile.slug(entry)
        names = datafile.strings(entry, "ar", required=True)
        raw_roles = entry.data.get("roles") or []
        if not isinstance(raw_roles, list):
            raise entry.fail("'roles' must be a list")
        roles = tuple(_role(entry, raw, n) for n, raw in enumerate(raw_roles))
        actors.append(
            Actor(
                id=actor_id,
                kind="person",
                names_ar=tuple(names),
                names_en=tuple(datafile.strings(entry, "en")),
                country=datafile.country(entry, entry.data.get("country")),
                sectors=datafile.sectors(entry, entry.data.get("sectors")),
                roles=roles,
                wikidata=entry.data.get("wikidata"),
            )
        )
        phrases += [
            (name, Sense("actor", actor_id, "name" if i == 0 else "variant")) for i, name in enumerate(names)
        ]
        shorts[actor_id] = datafile.strings(entry, "short")
        phrases += [(name, Sense("actor", actor_id, "short")) for name in shorts[actor_id]]
        for n, raw in enumerate(raw_roles):
            offices.append((actor_id, roles[n], raw.get("office")))
    return actors, phrases, shorts, offices


def read_organisations(path: Path) -> tuple[list[Actor], list[tuple[str, Sense]]]:
    """Organisations or media outlets and the phrases that name them."""
    actors: list[Actor] = []
    phrases: list[tuple[str, Sense]] = []
    for entry in datafile.entries(path):
        datafile.only_keys(entry, _ORG_KEYS)
        actor_id = datafile.slug(entry)
        kind = entry.data.get("kind")
        if kind not in _ORG_KINDS:
            raise entry.fail(f"'kind' must be one of {sorted(_ORG_KINDS)}, got {kind!r}")
        names = datafile.strings(entry, "ar", required=True)
        actors.append(
            Actor(
                id=actor_id,
                kind=kind,
                names_ar=tuple(names),
                names_en=tuple(datafile.strings(entry, "en")),
                country=datafile.country(entry, entry.data.get("country")),
                sectors=datafile.sectors(entry, entry.data.get("sectors")),
                metonym_of=entry.data.get("metonym_of"),
                wikidata=entry.data.get("wikidata"),
            )
        )
        via = "metonym" if kind == "seat" else "name"
        phrases += [
            (name, Sense("actor", actor_id, via if i == 0 else ("metonym" if kind == "seat" else "variant")))
            for i, name in enumerate(names)
        ]
    return actors, phrases


def build_bodies(
    path: Path, countries: dict[str, CountryData], taken: dict[str, str], existing: dict[str, Actor]
) -> tuple[list[Actor], list[tuple[str, Sense]]]:
    """Per-country bodies from patterns; names already used by another actor are left to it.

    :param taken: normalised name -> actor id of every hand-written actor.
    :param existing: hand-written actors by id; a generated body with the same id adds its names.
    """
    from basma.actors.kb import phrase_key  # local: kb imports this module

    actors: list[Actor] = []
    phrases: list[tuple[str, Sense]] = []
    for entry in datafile.entries(path):
        datafile.only_keys(entry, _BODY_KEYS)
        key = datafile.slug(entry, "key")
        sectors = datafile.sectors(entry, entry.data.get("sectors"))
        patterns = datafile.strings(entry, "ar", required=True) + datafile.strings(entry, "idafa")
        for country in countries.values():
            if not country.demonyms or country.compose_only:
                continue
            actor_id = f"{country.actor_id}-{key}"
            names = [n for p in patterns for n in body_names(p, country)]
            names = [n for n in dict.fromkeys(names) if taken.get(phrase_key(n), actor_id) == actor_id]
            if not names:
                continue
            phrases += [(n, Sense("actor", actor_id, "name")) for n in names]
            if actor_id in existing:
                continue
            actors.append(
                Actor(
                    actor_id,
                    "organisation",
                    tuple(names),
                    (f"{entry.data.get('en', key)} of {country.code}",),
                    country.code,
                    sectors,
                )
            )
    return actors, phrases
