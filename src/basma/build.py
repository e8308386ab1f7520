"""Which of basma's modules the installed build runs as compiled code.

The text layer's rule modules run on every word of every article; installing basma compiles them
with mypyc (see ``setup.py``). Dates then cost 30-40% less, sentences, amounts and the analysis of
a new word about 30% less, and the whole layer 10-15% less (the rest of it is C-level work that
compiling does not change), with output identical to the Python sources'. The same sources run
unchanged as plain Python: that is what an install with ``BASMA_PURE_PYTHON=1`` set, or one on a
machine without a C compiler, gets.

This module imports only the standard library, so that ``setup.py`` can read the list below
before basma is installed.
"""

from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

# The modules compiled at install time: the ones whose own Python code (not C-level calls such as
# regular-expression splits) takes most of the text layer's time.
COMPILED_MODULES = (
    "basma.text.normalise",
    "basma.text.clitics",
    "basma.text.sentences",
    "basma.text.amounts",
    "basma.dates.periods",
    "basma.dates.numeric",
    "basma.dates.scanner",
)


def source_path(module: str) -> Path:
    """The ``.py`` file of ``module`` relative to the directory that holds the ``basma`` package."""
    return Path(*module.split(".")).with_suffix(".py")


def is_compiled(module: str) -> bool:
    """Whether ``module`` was imported from a compiled extension rather than its ``.py`` source."""
    loaded = importlib.import_module(module)
    return str(loaded.__file__).endswith(tuple(EXTENSION_SUFFIXES))


def describe() -> str:
    """One line for benchmarks and bug reports: how many of the listed modules run compiled."""
    compiled = [module for module in COMPILED_MODULES if is_compiled(module)]
    if not compiled:
        return "pure Python (no module compiled)"
    if len(compiled) == len(COMPILED_MODULES):
        return f"compiled with mypyc ({len(compiled)} modules)"
    return f"partly compiled with mypyc ({len(compiled)} of {len(COMPILED_MODULES)} modules)"
