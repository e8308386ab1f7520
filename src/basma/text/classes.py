"""Word classes: the few kinds of words a stage starts at, worked out once per distinct word.

Most stages look only at a few kinds of words: a sentence ends at an end mark, an amount starts at
a digit or a number word, a date at a month, a weekday, a day word or a number. Finding them with a
set lookup per token cost every stage a pass over the article's strings. Instead a stage registers
its class once, the tokeniser works out every class of a word when it first analyses the word (one
or two dictionary lookups), and a token table keeps one byte per token with its classes
(:meth:`basma.text.tokens.Tokens.having`).

A class is given as data where it can be: the normalised forms or bases it holds, read from the
stage's lexicon when first needed. A test on ``(norm, base)`` covers what a list cannot (digits),
and is only tried on words that are not letters alone, so that the common word costs no call.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

WordTest = Callable[[str, str], bool]
Words = Callable[[], Collection[str]]
MAX_CLASSES = 8  # one byte per token


@dataclass(frozen=True)
class WordClass:
    """One registered class: its bit, and the forms or the test that put a word in it."""

    name: str
    bit: int
    norms: Words | None = None
    bases: Words | None = None
    non_letters: WordTest | None = None


@dataclass(frozen=True)
class _Lookup:
    """The registry compiled into what a new word is looked up in."""

    by_norm: dict[str, int]
    by_base: dict[str, int]
    tests: tuple[tuple[int, WordTest], ...]


# Replaced, never changed in place, so a table can tell by identity whether its class column was
# made under the current registry.
_registry: tuple[WordClass, ...] = ()
_lookup: _Lookup | None = None
_listeners: list[Callable[[], None]] = []


def word_class(
    name: str,
    *,
    norms: Words | None = None,
    bases: Words | None = None,
    non_letters: WordTest | None = None,
) -> int:
    """Register a class of words, and return its bit.

    :param norms: the normalised forms in the class (a function, so a lexicon loads when needed).
    :param bases: the bases (forms without proclitics) in the class.
    :param non_letters: a test on ``(norm, base)`` for words that are not letters alone (numbers).
    :returns: the class's bit, the same when a name is registered again to replace its words.
    :raises ValueError: when all eight classes are taken.
    """
    global _registry, _lookup
    bit = next((entry.bit for entry in _registry if entry.name == name), None)
    if bit is None:
        if len(_registry) >= MAX_CLASSES:
            raise ValueError(f"word class {name!r}: all {MAX_CLASSES} classes are taken")
        bit = 1 << len(_registry)
    entry = WordClass(name, bit, norms, bases, non_letters)
    _registry = (*(e for e in _registry if e.name != name), entry)
    _lookup = None
    for listener in _listeners:
        listener()  # analyses made before lack the new class
    return bit


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` whenever a class is registered (the tokeniser clears its word cache)."""
    _listeners.append(listener)


def registry() -> tuple[WordClass, ...]:
    """The classes registered so far; a new tuple after every registration."""
    return _registry


def word_classes(norm: str, base: str) -> int:
    """The bits of every registered class the word with these forms belongs to."""
    lookup = _lookup or _compile()
    bits = lookup.by_norm.get(norm, 0) | lookup.by_base.get(base, 0)
    if lookup.tests and not base.isalpha():
        for bit, test in lookup.tests:
            if test(norm, base):
                bits |= bit
    return bits


def _compile() -> _Lookup:
    """Read every class's words once into two dictionaries from form to bits."""
    global _lookup
    by_norm: dict[str, int] = {}
    by_base: dict[str, int] = {}
    for entry in _registry:
        for words, table in ((entry.norms, by_norm), (entry.bases, by_base)):
            for word in words() if words is not None else ():
                table[word] = table.get(word, 0) | entry.bit
    tests = tuple((entry.bit, entry.non_letters) for entry in _registry if entry.non_letters is not None)
    _lookup = _Lookup(by_norm, by_base, tests)
    return _lookup
