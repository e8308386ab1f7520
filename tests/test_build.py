"""The compiled build: it lists real modules, it is never older than its sources, and it computes
exactly what the Python sources compute."""

from __future__ import annotations

import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

from basma.build import COMPILED_MODULES, is_compiled, source_path

SRC = Path(__file__).resolve().parents[1] / "src"
DIGEST = Path(__file__).with_name("build_digest.py")


@pytest.mark.parametrize("module", COMPILED_MODULES)
def test_every_compiled_module_has_its_python_source(module: str) -> None:
    assert (SRC / source_path(module)).is_file()


@pytest.mark.parametrize("module", COMPILED_MODULES)
def test_a_compiled_module_is_not_older_than_its_source(module: str) -> None:
    """An edited source with a stale extension beside it would be silently ignored."""
    if not is_compiled(module):
        pytest.skip(f"{module} runs from its Python source")
    loaded = sys.modules[module]
    source = SRC / source_path(module)
    assert Path(str(loaded.__file__)).stat().st_mtime >= source.stat().st_mtime, (
        f"{loaded.__file__} is older than {source}: rebuild it with `make install-dev`"
    )


def test_no_compiled_module_is_left_over_from_an_earlier_list() -> None:
    """A module dropped from the list keeps its extension until deleted, and it would still win."""
    listed = {SRC / source_path(module) for module in COMPILED_MODULES}
    for suffix in EXTENSION_SUFFIXES:
        for extension in (SRC / "basma").rglob(f"*{suffix}"):
            source = extension.with_name(extension.name.split(".")[0] + ".py")
            assert source in listed, f"{extension} is not in COMPILED_MODULES: delete it (`make clean`)"


def digests(*flags: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(DIGEST), *flags], capture_output=True, text=True, check=True, timeout=600
    )
    return done.stdout.splitlines()


def test_the_compiled_build_codes_the_samples_exactly_as_the_python_sources_do() -> None:
    if not any(is_compiled(module) for module in COMPILED_MODULES):
        pytest.skip("this install is plain Python: there is no compiled build to compare")
    compiled, pure = digests(), digests("--pure")
    assert compiled[0].startswith(("compiled", "partly compiled"))
    assert pure[0].startswith("pure Python")
    assert len(compiled) > 40  # the bundled jsonl samples, one line each
    assert compiled[1:] == pure[1:]
