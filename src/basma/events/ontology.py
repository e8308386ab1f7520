"""The PLOVER ontology, loaded from its versioned data file and checked on load.

Types, modes, contexts, quad classes, scores and CAMEO equivalents live in
``data/ontology/plover.yaml``; this module turns them into small records and answers the questions
the coder asks (which CAMEO code, which score, which quad class for a type and its modes).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from basma.errors import DataFileError

ONTOLOGY_FILE = "data/ontology/plover.yaml"


@dataclass(frozen=True, slots=True)
class ModeInfo:
    name: str
    cameo: str
    score: float | None
    description: str


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    quad: int
    score: float
    cameo: str
    description: str
    modes: dict[str, ModeInfo]


@dataclass(frozen=True, slots=True)
class Ontology:
    version: str
    types: dict[str, TypeInfo]
    contexts: tuple[str, ...]
    quads: dict[int, str]

    def type(self, name: str) -> TypeInfo:
        return self.types[name]

    def cameo(self, type_name: str, modes: tuple[str, ...] = ()) -> str:
        """The CAMEO code of the first mode that has one, else the type's."""
        info = self.types[type_name]
        for mode in modes:
            if mode in info.modes:
                return info.modes[mode].cameo
        return info.cameo

    def intensity(self, type_name: str, modes: tuple[str, ...] = ()) -> float:
        """The PLOVER score: a mode's score replaces the type's base score."""
        info = self.types[type_name]
        for mode in modes:
            found = info.modes.get(mode)
            if found is not None and found.score is not None:
                return found.score
        return info.score

    def quad(self, type_name: str) -> int:
        return self.types[type_name].quad


def _fail(where: str, problem: str) -> DataFileError:
    return DataFileError(f"{ONTOLOGY_FILE}: {where}: {problem}")


def _parse_mode(type_name: str, name: str, raw: Any) -> ModeInfo:
    if not isinstance(raw, dict) or "cameo" not in raw:
        raise _fail(f"type {type_name} mode {name}", "needs a mapping with a cameo code")
    score = raw.get("score")
    return ModeInfo(
        name, str(raw["cameo"]), float(score) if score is not None else None, raw.get("description", "")
    )


def _parse_type(name: str, raw: Any) -> TypeInfo:
    if not isinstance(raw, dict):
        raise _fail(f"type {name}", "must be a mapping")
    for key in ("quad", "score", "cameo"):
        if key not in raw:
            raise _fail(f"type {name}", f"lacks {key!r}")
    if raw["quad"] not in (1, 2, 3, 4):
        raise _fail(f"type {name}", f"quad must be 1-4, not {raw['quad']!r}")
    modes = {m: _parse_mode(name, m, v) for m, v in (raw.get("modes") or {}).items()}
    return TypeInfo(
        name, int(raw["quad"]), float(raw["score"]), str(raw["cameo"]), raw.get("description", ""), modes
    )


def parse_ontology(data: Any) -> Ontology:
    """Build and check an :class:`Ontology` from the parsed YAML document.

    :raises DataFileError: naming the type or mode that is malformed.
    """
    if not isinstance(data, dict) or "types" not in data or "contexts" not in data:
        raise _fail("top level", "needs version, types and contexts")
    types = {name: _parse_type(name, raw) for name, raw in data["types"].items()}
    contexts = tuple(str(c) for c in data["contexts"])
    if len(set(contexts)) != len(contexts):
        raise _fail("contexts", "has duplicates")
    quads = {int(k): str(v) for k, v in (data.get("quads") or {}).items()}
    return Ontology(str(data.get("version", "")), types, contexts, quads)


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """The bundled PLOVER ontology (read once)."""
    text = files("basma").joinpath(ONTOLOGY_FILE).read_text(encoding="utf-8")
    return parse_ontology(yaml.safe_load(text))
