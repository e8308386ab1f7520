"""Loading the text layer's data files (word lists and YAML tables under ``basma/data/text``).

Every entry is checked to be already normalised, so that what a reader sees in the file is exactly
what the matcher compares against; a bad entry raises :class:`~basma.errors.DataFileError` naming
the file and line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from basma.errors import DataFileError
from basma.text.normalise import normalise

DATA_DIR = "data/text"


def data_text(name: str) -> str:
    """The text of one bundled data file."""
    try:
        return resources.files("basma").joinpath(DATA_DIR, name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataFileError(f"missing data file {name}") from exc


def word_list(name: str) -> tuple[tuple[int, str], ...]:
    """(line number, entry) pairs of a one-entry-a-line file; ``#`` starts a comment."""
    rows = []
    for number, line in enumerate(data_text(name).splitlines(), start=1):
        entry = line.split("#", 1)[0].strip()
        if entry:
            rows.append((number, entry))
    return tuple(rows)


@cache
def normalised_words(name: str) -> frozenset[str]:
    """The entries of a word list, each checked to be in normalised form."""
    words = set()
    for number, entry in word_list(name):
        require_normalised(entry, f"{name}:{number}")
        words.add(entry)
    return frozenset(words)


def load_yaml(name: str) -> Any:
    """Parse one bundled YAML file, with a readable error on bad syntax."""
    try:
        return yaml.safe_load(data_text(name))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{name}: invalid YAML: {exc}") from exc


def require_normalised(entry: str, where: str) -> None:
    """Raise unless ``entry`` is already in normalised form."""
    fixed = normalise(entry)
    if fixed != entry:
        raise DataFileError(f"{where}: entry {entry!r} is not normalised; write {fixed!r}")
