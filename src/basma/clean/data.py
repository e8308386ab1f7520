"""Loading the cleaner's data files (furniture lexicon, outlets, language evidence, month names).

The files live in ``basma/data/clean/``; each loader validates the shape and raises
``DataFileError`` naming the file and the entry, so a typo in a lexicon fails loudly at start-up
rather than silently letting furniture through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from basma.clean.fold import fold
from basma.errors import DataFileError

_PACKAGE = "basma"


def load_yaml(name: str) -> Any:
    """Read one YAML file from ``basma/data/clean``."""
    ref = resources.files(_PACKAGE) / "data" / "clean" / name
    try:
        return yaml.safe_load(ref.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read data file clean/{name}: {exc}") from exc


def _strings(name: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"clean/{name}: '{key}' must be a list of non-empty strings")
    return value


@dataclass(frozen=True)
class Furniture:
    """The furniture lexicon, folded and compiled once."""

    ui_lines: frozenset[str]
    ui_prefixes: tuple[str, ...]
    ui_suffixes: tuple[str, ...]
    prefix_heads: frozenset[str]
    suffix_tails: frozenset[str]
    drop_patterns: tuple[re.Pattern[str], ...]
    byline_patterns: tuple[re.Pattern[str], ...]
    tail_markers: frozenset[str]
    block_markers: frozenset[str]


def _compile(name: str, key: str, patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for index, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(pattern, re.IGNORECASE))
        except re.error as exc:
            raise DataFileError(
                f"clean/{name}: {key}[{index}] {pattern!r} is not a valid pattern: {exc}"
            ) from exc
    return tuple(compiled)


@cache
def furniture() -> Furniture:
    """The furniture lexicon from ``furniture.yaml``."""
    name = "furniture.yaml"
    data = load_yaml(name)
    if not isinstance(data, dict):
        raise DataFileError(f"clean/{name}: expected a mapping at the top level")
    keys = ("ui_lines", "ui_prefixes", "ui_suffixes", "drop_patterns", "byline_patterns")
    lists = {key: _strings(name, key, data.get(key, [])) for key in (*keys, "tail_markers", "block_markers")}
    for index, pattern in enumerate(lists["byline_patterns"]):
        if "(?P<name>" not in pattern:
            raise DataFileError(f"clean/{name}: byline_patterns[{index}] has no (?P<name>...) group")
    prefixes = sorted({fold(p) for p in lists["ui_prefixes"]}, key=len, reverse=True)
    suffixes = sorted({fold(p) for p in lists["ui_suffixes"]}, key=len, reverse=True)
    return Furniture(
        ui_lines=frozenset(fold(s) for s in lists["ui_lines"]),
        ui_prefixes=tuple(prefixes),
        ui_suffixes=tuple(suffixes),
        prefix_heads=frozenset(p.split()[0] for p in prefixes),
        suffix_tails=frozenset(p.split()[-1] for p in suffixes),
        drop_patterns=_compile(name, "drop_patterns", lists["drop_patterns"]),
        byline_patterns=_compile(name, "byline_patterns", lists["byline_patterns"]),
        tail_markers=frozenset(fold(s) for s in lists["tail_markers"]),
        block_markers=frozenset(fold(s) for s in lists["block_markers"]),
    )


@dataclass(frozen=True)
class Outlet:
    """An outlet basma knows: its id, display name and dateline time zone."""

    id: str
    name: str
    timezone: str | None


@dataclass(frozen=True)
class Outlets:
    by_host: dict[str, Outlet]
    by_name: dict[str, Outlet]


@cache
def outlets() -> Outlets:
    """Outlets from ``outlets.yaml``, indexed by host and by folded name."""
    name = "outlets.yaml"
    data = load_yaml(name)
    if not isinstance(data, list):
        raise DataFileError(f"clean/{name}: expected a list of outlets")
    by_host: dict[str, Outlet] = {}
    by_name: dict[str, Outlet] = {}
    for index, entry in enumerate(data):
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise DataFileError(f"clean/{name}: entry {index} needs an 'id'")
        where = f"clean/{name}: outlet {entry['id']!r}"
        tz = entry.get("timezone")
        if tz is not None and not isinstance(tz, str):
            raise DataFileError(f"{where}: 'timezone' must be a zone name such as Asia/Beirut")
        outlet = Outlet(id=entry["id"], name=str(entry.get("name") or entry["id"]), timezone=tz)
        for host in _strings(name, f"{entry['id']}.hosts", entry.get("hosts", [])):
            by_host[host.lower().removeprefix("www.")] = outlet
        for alias in [
            entry["id"],
            outlet.name,
            *_strings(name, f"{entry['id']}.names", entry.get("names", [])),
        ]:
            by_name[fold(alias)] = outlet
    return Outlets(by_host=by_host, by_name=by_name)


@cache
def months() -> dict[str, int]:
    """Folded Arabic month name -> month number, from ``months.yaml``."""
    name = "months.yaml"
    data = load_yaml(name)
    if not isinstance(data, dict):
        raise DataFileError(f"clean/{name}: expected a mapping of month number to names")
    table: dict[str, int] = {}
    for month, names in data.items():
        if not isinstance(month, int) or not 1 <= month <= 12:
            raise DataFileError(f"clean/{name}: {month!r} is not a month number 1-12")
        for alias in _strings(name, str(month), names):
            table[fold(alias)] = month
    return table


@dataclass(frozen=True)
class LanguageEvidence:
    letters: dict[str, frozenset[str]]
    stopwords: dict[str, frozenset[str]]


@cache
def language_evidence() -> LanguageEvidence:
    """Letters and stop words per language, from ``langid.yaml``."""
    name = "langid.yaml"
    data = load_yaml(name)
    if not isinstance(data, dict) or not isinstance(data.get("stopwords"), dict):
        raise DataFileError(f"clean/{name}: expected 'letters' and 'stopwords' mappings")
    letters = {}
    for lang, chars in (data.get("letters") or {}).items():
        if not isinstance(chars, str) or not chars:
            raise DataFileError(f"clean/{name}: letters.{lang} must be a non-empty string")
        letters[str(lang)] = frozenset(chars)
    stopwords = {}
    for lang, words in data["stopwords"].items():
        if not isinstance(words, str) or not words.split():
            raise DataFileError(
                f"clean/{name}: stopwords.{lang} must be a string of words separated by spaces"
            )
        stopwords[str(lang)] = frozenset(w.lower() for w in words.split())
    return LanguageEvidence(letters=letters, stopwords=stopwords)
