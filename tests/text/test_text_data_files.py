"""The text layer's data files are valid and already normalised, so matching needs no second pass."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml

from basma.errors import DataFileError
from basma.text import normalise
from basma.text.resources import require_normalised

DATA = resources.files("basma").joinpath("data", "text")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def test_every_entry_is_normalised() -> None:
    files = sorted(p for p in DATA.iterdir() if p.name.endswith((".txt", ".yaml")))
    assert {p.name for p in files} >= {"calendar.yaml", "numbers.yaml", "clitic_exceptions.txt"}
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.name.endswith(".yaml"):
            entries = _strings(yaml.safe_load(text))
        else:
            entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        for entry in filter(None, entries):
            assert normalise(entry) == entry, (path.name, entry)


def test_unnormalised_entry_is_reported_with_its_place() -> None:
    with pytest.raises(DataFileError, match=r"calendar.yaml:3: .*'أيار'.*'ايار'"):
        require_normalised("أيار", "calendar.yaml:3")
