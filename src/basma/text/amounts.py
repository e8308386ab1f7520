"""Numbers in the text with the thing they count (GDELT GKG-style "amounts")."""

from __future__ import annotations

from collections.abc import Sequence

from basma.records import Amount, Span, Token

APPROXIMATE = frozenset({"نحو", "قرابه", "حوالي", "زهاء", "تقريبا"})


def find_amounts(text: str, tokens: Sequence[Token]) -> tuple[Amount, ...]:
    """Numbers written in digits of any script, with the word they count."""
    found: list[Amount] = []
    for i, token in enumerate(tokens):
        digits = token.base.replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            continue
        approximate = i > 0 and tokens[i - 1].base in APPROXIMATE
        counted = tokens[i + 1].span.text if i + 1 < len(tokens) and tokens[i + 1].norm.isalpha() else None
        found.append(Amount(Span.of(text, token.start, token.end), value, counted, approximate))
    return tuple(found)
