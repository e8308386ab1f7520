"""Expanding what a user names (files, folders, globs, ``-``) into a stable list of inputs."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from basma.errors import InputError
from basma.records import Rejection

_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input: a file on disk, or standard input when ``path`` is None."""

    ref: str
    path: Path | None


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, sorted at every level, hidden files and folders skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def expand(paths: Sequence[str]) -> Iterator[Source | Rejection]:
    """Each named input in order; folders recursively and globs sorted, so runs are repeatable.

    A name that matches nothing becomes a Rejection rather than an exception.
    """
    seen: set[str] = set()
    for name in paths:
        if name == "-":
            yield Source("<stdin>", None)
            continue
        if _GLOB_CHARS & set(name):
            matches = sorted(glob.glob(name, recursive=True))
            candidates = [Path(m) for m in matches]
        else:
            candidates = [Path(name)]
        if not candidates or not any(p.exists() for p in candidates):
            yield Rejection(name, "ingest", InputError.code, f"{name}: no such file, folder or match")
            continue
        for candidate in candidates:
            files = _walk(candidate) if candidate.is_dir() else iter([candidate])
            for path in files:
                key = str(path.resolve())
                if key in seen:
                    continue
                seen.add(key)
                yield Source(str(path), path)
