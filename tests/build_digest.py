"""Print one line per bundled sample article: a digest of what the text layer and the pipeline
make of it. Run with ``--pure`` to import the compiled modules from their Python sources instead.

``tests/test_build.py`` runs this twice and compares: the compiled build must compute exactly what
the Python sources compute.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from datetime import datetime
from importlib.abc import MetaPathFinder
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

# Only the standard library behind it: importing it loads none of the compiled modules.
from basma.build import COMPILED_MODULES, describe, source_path

SRC = Path(__file__).resolve().parents[1] / "src"


class PythonSources(MetaPathFinder):
    """Finds the listed modules' ``.py`` files even where a compiled extension sits beside them."""

    def __init__(self, modules: tuple[str, ...], root: Path) -> None:
        self.modules = modules
        self.root = root

    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.modules:
            return None
        return importlib.util.spec_from_file_location(fullname, self.root / source_path(fullname))


def digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def main(argv: list[str]) -> int:
    if "--pure" in argv:
        sys.meta_path.insert(0, PythonSources(COMPILED_MODULES, SRC))
    from basma.dates import find_dates
    from basma.pipeline import code_text
    from basma.text import find_amounts, split_sentences, tokenize

    print(describe())
    samples = sorted((SRC / "basma" / "data" / "samples").glob("*.jsonl"))
    for path in samples:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record.get("text") or ""
            published = record.get("published_at")
            tokens = tokenize(text)
            when = datetime.fromisoformat(published) if published else None
            layer = (
                tuple(tokens),
                split_sentences(text, tokens),
                find_amounts(text, tokens),
                find_dates(text, tokens, when),
            )
            coded = code_text(text, published_at=published, outlet=record.get("outlet"))
            print(path.name, digest(layer), digest(coded.events))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
