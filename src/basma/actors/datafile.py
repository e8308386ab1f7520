"""Reading and checking the knowledge-base data files.

Every entry is read together with its line number so that a mistake in a data file is reported as
``people.yaml:412 (entry 'vladimir-putin'): roles[1].start is not a date`` rather than as a
KeyError deep inside the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from basma.errors import DataFileError

# PLOVER/CAMEO sector codes the knowledge base may use.
SECTORS = frozenset(
    [
        "GOV",
        "MIL",
        "LEG",
        "JUD",
        "SPY",
        "COP",
        "PTY",
        "REB",
        "OPP",
        "ELI",
        "BUS",
        "JRN",
        "CVL",
        "REL",
        "SOC",
        "HRI",
        "HLH",
        "EDU",
        "REF",
        "AGR",
        "LAB",
        "MED",
        "ENV",
    ]
)
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY = re.compile(r"^[A-Z]{3}$")
# libyaml when it is installed: the pure-Python parser is ten times slower on these files.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Entry:
    """One item of a data file with where it came from."""

    data: dict[str, Any]
    file: str
    line: int

    def where(self) -> str:
        ident = self.data.get("id") or self.data.get("key") or self.data.get("iso3") or self.data.get("name")
        return f"{self.file}:{self.line}" + (f" (entry {ident!r})" if ident else "")

    def fail(self, message: str) -> DataFileError:
        return DataFileError(f"{self.where()}: {message}")


@lru_cache(maxsize=64)
def _parse(path: Path, stamp: float) -> tuple[Any, yaml.Node | None]:
    text = path.read_text(encoding="utf-8")
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse one YAML file once, returning the data and its node tree (for line numbers)."""
    try:
        return _parse(path, path.stat().st_mtime)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"{path.name}{line}: not valid YAML: {exc}") from exc
    except OSError as exc:
        raise DataFileError(f"{path.name}: cannot read: {exc}") from exc


def entries(path: Path, key: str | None = None) -> Iterator[Entry]:
    """The mappings of a top-level list (or of the list under ``key``), each with its line."""
    data, node = read_yaml(path)
    if key is not None:
        if not isinstance(data, dict) or key not in data:
            raise DataFileError(f"{path.name}: expected a top-level key {key!r}")
        data = data[key]
        if not isinstance(node, yaml.MappingNode):
            raise DataFileError(f"{path.name}: expected a mapping at the top")
        node = next(v for k, v in node.value if k.value == key)
    if data is None:
        return
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        raise DataFileError(f"{path.name}: expected a list of entries")
    for item, item_node in zip(data, node.value, strict=True):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise DataFileError(f"{path.name}:{line}: expected a mapping, got {type(item).__name__}")
        yield Entry(item, path.name, line)


def word_list(path: Path, key: str) -> list[str]:
    """A plain list of strings stored under ``key``."""
    data, _ = read_yaml(path)
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataFileError(f"{path.name}: {key!r} must be a list of non-empty strings")
    return value


# --- field checks used by the schema below -------------------------------------------------


def strings(entry: Entry, field: str, *, required: bool = False) -> list[str]:
    """A field that may be a string or a list of strings."""
    value = entry.data.get(field)
    if value is None:
        if required:
            raise entry.fail(f"missing {field!r}")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise entry.fail(f"{field!r} must be a string or a list of non-empty strings")
    return [v.strip() for v in value]


def slug(entry: Entry, field: str = "id") -> str:
    value = entry.data.get(field)
    if not isinstance(value, str) or not _SLUG.match(value):
        raise entry.fail(f"{field!r} must be a lower-case slug like 'vladimir-putin', got {value!r}")
    return value


def country(entry: Entry, value: Any, field: str = "country") -> str:
    if not isinstance(value, str) or not COUNTRY.match(value):
        raise entry.fail(f"{field!r} must be an ISO alpha-3 or PLOVER code, got {value!r}")
    return value


def sectors(entry: Entry, value: Any, field: str = "sectors") -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or any(v not in SECTORS for v in value):
        raise entry.fail(f"{field!r} must be a list of sector codes from {sorted(SECTORS)}, got {value!r}")
    return tuple(value)


def day(entry: Entry, value: Any, field: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise entry.fail(f"{field!r} is not a date (YYYY-MM-DD): {value!r}") from exc


def only_keys(entry: Entry, allowed: set[str], where: Mapping[str, Any] | None = None) -> None:
    extra = set(where if where is not None else entry.data) - allowed
    if extra:
        raise entry.fail(f"unknown field(s) {sorted(extra)}; allowed: {sorted(allowed)}")
