"""Compile the text layer's rule modules with mypyc when basma is installed.

All metadata lives in ``pyproject.toml``; this file only adds the compiled modules listed in
``basma.build.COMPILED_MODULES``. They are optional extensions: without a C compiler, or with
``BASMA_PURE_PYTHON=1`` set, basma installs as plain Python and computes exactly the same output,
only more slowly.
"""

import os
import runpy
import sys
from pathlib import Path

from setuptools import setup

SOURCE_ROOT = Path("src")


def compiled_extensions() -> list:
    """The mypyc extensions to build, or none when compiling is switched off or impossible."""
    if os.environ.get("BASMA_PURE_PYTHON"):
        return []
    build = runpy.run_path(str(SOURCE_ROOT / "basma" / "build.py"))
    paths = [str(SOURCE_ROOT / build["source_path"](module)) for module in build["COMPILED_MODULES"]]
    try:
        from mypyc.build import mypycify

        extensions = mypycify(paths, opt_level="3", group_name="basma")
    except Exception as error:  # a type error or a missing mypyc: still install, as plain Python
        print(f"basma: not compiling the text layer ({error}); installing plain Python", file=sys.stderr)
        return []
    for extension in extensions:
        extension.optional = True  # no C compiler: keep the .py modules
    return extensions


setup(ext_modules=compiled_extensions())
