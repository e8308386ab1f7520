"""Loading and checking the places data files (regions, extra city names, country names, exceptions).

The files are hand-written, so every problem is reported with the file and the entry it is in:
a typo in a country code must fail loudly when the gazetteer is built, not silently drop a region.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from basma.errors import DataFileError
from basma.places.model import ADMIN1, RESOLUTIONS

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "places"
FILES = ("regions.yaml", "city_names.yaml", "countries.yaml", "exceptions.yaml")


@dataclass(frozen=True, slots=True)
class RegionEntry:
    """One admin-1 region or regional news name as written in ``regions.yaml``."""

    id: str
    kind: str  # admin1 or region
    name: str
    names_ar: tuple[str, ...]
    country: str
    point: tuple[float, float]
    bbox: tuple[float, float, float, float] | None
    admin1_of: int | None
    resolution: str
    weak: bool


@dataclass(frozen=True, slots=True)
class Exceptions:
    """Names that are also common words: never places, or places only with a cue."""

    never: frozenset[str]
    needs_cue: frozenset[str]
    needs_place_noun: frozenset[str] = frozenset()


def data_path(name: str) -> Path:
    """Path of a bundled places data file."""
    return DATA_DIR / name


def data_fingerprint() -> bytes:
    """The bytes of every places data file, so a cache can tell when the data changed."""
    return b"\0".join(data_path(name).read_bytes() for name in FILES)


def _load(name: str, path: Path | None = None) -> Any:
    path = path or data_path(name)
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read {path.name}: {exc}", input_ref=str(path)) from exc


def _fail(name: str, where: str, problem: str) -> DataFileError:
    return DataFileError(f"{name}, {where}: {problem}", input_ref=name)


def _names(name: str, where: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(name, where, "'ar' must be a non-empty list of names")
    return tuple(v.strip() for v in value)


def _floats(name: str, where: str, value: Any, size: int, field: str) -> tuple[float, ...]:
    numbers = isinstance(value, list) and all(isinstance(v, int | float) for v in value)
    if not numbers or len(value) != size:
        raise _fail(name, where, f"'{field}' must be a list of {size} numbers")
    return tuple(float(v) for v in value)


def _country(name: str, where: str, value: Any) -> str:
    if not (isinstance(value, str) and len(value) == 3 and value.isupper()):
        raise _fail(name, where, f"'country' must be an ISO 3166-1 alpha-3 code, got {value!r}")
    return value


def load_regions(path: Path | None = None) -> list[RegionEntry]:
    """Read ``regions.yaml`` into checked entries."""
    name = "regions.yaml"
    raw = _load(name, path)
    if not isinstance(raw, dict):
        raise _fail(name, "top level", "expected the sections 'admin1' and 'regions'")
    out: list[RegionEntry] = []
    seen: set[str] = set()
    for section, kind in (("admin1", "admin1"), ("regions", "region")):
        for i, item in enumerate(raw.get(section) or [], start=1):
            where = f"{section} entry {i}"
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise _fail(name, where, "each entry needs an 'id'")
            where = f"{section} entry {i} ({item['id']})"
            if item["id"] in seen:
                raise _fail(name, where, "duplicate id")
            seen.add(item["id"])
            point = _floats(name, where, item.get("point"), 2, "point")
            bbox = _floats(name, where, item["bbox"], 4, "bbox") if "bbox" in item else None
            resolution = item.get("resolution", ADMIN1)
            if resolution not in RESOLUTIONS:
                raise _fail(name, where, f"'resolution' must be one of {', '.join(RESOLUTIONS)}")
            admin1_of = item.get("admin1_of")
            if admin1_of is not None and not isinstance(admin1_of, int):
                raise _fail(name, where, "'admin1_of' must be a GeoNames id")
            if not isinstance(item.get("name"), str):
                raise _fail(name, where, "each entry needs an English 'name'")
            out.append(
                RegionEntry(
                    id=item["id"],
                    kind=kind,
                    name=item["name"],
                    names_ar=_names(name, where, item.get("ar")),
                    country=_country(name, where, item.get("country")),
                    point=(point[0], point[1]),
                    bbox=(bbox[0], bbox[1], bbox[2], bbox[3]) if bbox else None,
                    admin1_of=admin1_of,
                    resolution=resolution,
                    weak=bool(item.get("weak", False)),
                )
            )
    return out


def load_city_names(path: Path | None = None) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Read ``city_names.yaml``: GeoNames id -> (English name, extra Arabic names)."""
    name = "city_names.yaml"
    out: dict[int, tuple[str, tuple[str, ...]]] = {}
    for i, item in enumerate(_load(name, path) or [], start=1):
        where = f"entry {i}"
        if not isinstance(item, dict) or not isinstance(item.get("geonameid"), int):
            raise _fail(name, where, "each entry needs an integer 'geonameid'")
        out[item["geonameid"]] = (str(item.get("name", "")), _names(name, where, item.get("ar")))
    return out


def load_country_names(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """Read ``countries.yaml``: ISO3 -> extra Arabic names."""
    name = "countries.yaml"
    raw = _load(name, path) or {}
    if not isinstance(raw, dict):
        raise _fail(name, "top level", "expected a mapping from ISO3 code to names")
    out: dict[str, tuple[str, ...]] = {}
    for code, value in raw.items():
        out[_country(name, f"entry {code}", code)] = _names(name, f"entry {code}", value)
    return out


def load_exceptions(path: Path | None = None) -> Exceptions:
    """Read ``exceptions.yaml``: the 'never', 'needs_cue' and 'needs_place_noun' lists of names."""
    name = "exceptions.yaml"
    raw = _load(name, path) or {}
    if not isinstance(raw, dict):
        raise _fail(name, "top level", "expected the lists 'never', 'needs_cue' and 'needs_place_noun'")
    lists: dict[str, frozenset[str]] = {}
    for key in ("never", "needs_cue", "needs_place_noun"):
        values = raw.get(key) or []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _fail(name, key, "must be a list of names")
        lists[key] = frozenset(v.strip() for v in values)
    unknown = set(raw) - set(lists)
    if unknown:
        raise _fail(name, "top level", f"unknown lists {sorted(unknown)}")
    return Exceptions(lists["never"], lists["needs_cue"], lists["needs_place_noun"])
