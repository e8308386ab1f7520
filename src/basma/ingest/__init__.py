"""basma ingest stage: files, folders, globs, standard input, JSONL, WARC and feeds in; raw documents out."""

from __future__ import annotations

from importlib.resources import files

from basma.ingest.raw import RawDocument
from basma.ingest.reader import iter_inputs

__all__ = ["RawDocument", "iter_inputs", "sample_paths"]


def sample_paths() -> list[str]:
    """The bundled sample corpus folder."""
    return [str(files("basma").joinpath("data/samples"))]
