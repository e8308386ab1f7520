"""Coders are pluggable: a protocol, a registry, and discovery through entry points.

Another coder (a classifier, or a language model behind an OpenAI-compatible endpoint) implements
:class:`Coder` and registers itself, either in code with :func:`register` or from its own package
through the ``basma.coders`` entry-point group. The pipeline asks :func:`get_coder` for one by name,
so coders can replace each other or be compared on the same gold without other changes. basma's
rule coder registers through the same function.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from basma.document import Document
from basma.errors import BasmaError
from basma.records import Event, Quote

ENTRY_POINT_GROUP = "basma.coders"
DEFAULT_CODER = "rules"


class UnknownCoder(BasmaError):
    code = "unknown-coder"


@runtime_checkable
class Coder(Protocol):
    """What every event coder provides."""

    name: str
    version: str

    def code(self, doc: Document) -> tuple[tuple[Event, ...], tuple[Quote, ...]]:
        """Return the events and quotes of one article whose earlier stages have run."""
        ...


_FACTORIES: dict[str, Callable[[], Coder]] = {}
_INSTANCES: dict[str, Coder] = {}
_discovered = False


def register(name: str, factory: Callable[[], Coder]) -> None:
    """Make a coder available under ``name`` (a later registration replaces an earlier one)."""
    _FACTORIES[name] = factory
    _INSTANCES.pop(name, None)


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name not in _FACTORIES:
            _FACTORIES[ep.name] = ep.load()


def available() -> list[str]:
    """Names of the coders that can be used."""
    _discover()
    return sorted(_FACTORIES)


def get_coder(name: str | None = None) -> Coder:
    """The coder registered as ``name`` (default: basma's rule coder), created once.

    :raises UnknownCoder: when no coder has that name.
    """
    name = name or DEFAULT_CODER
    if name not in _INSTANCES:
        _discover()
        factory = _FACTORIES.get(name)
        if factory is None:
            raise UnknownCoder(
                f"no event coder named {name!r}; available: {', '.join(available()) or 'none'}"
            )
        coder = factory()
        if not isinstance(coder, Coder):
            raise UnknownCoder(f"coder {name!r} does not provide name, version and code(doc)")
        _INSTANCES[name] = coder
    return _INSTANCES[name]
