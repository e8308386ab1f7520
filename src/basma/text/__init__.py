"""The Arabic text layer: normalisation, clitic-aware tokens, sentences and amounts.

Everything downstream reads Arabic through these functions: :func:`normalise` is applied alike to
article words and to every lexicon and knowledge-base entry, :func:`tokenize` gives each word its
normalised forms and clitic segments, and :class:`~basma.text.matcher.PhraseMatcher` matches
lexicon phrases against tokens.
"""

from __future__ import annotations

from basma.document import Document
from basma.text.amounts import find_amounts
from basma.text.normalise import normalise
from basma.text.sentences import split_sentences
from basma.text.tokens import tokenize

__all__ = ["analyse", "find_amounts", "normalise", "split_sentences", "tokenize"]


def analyse(doc: Document) -> None:
    """Tokenise the article, split it into sentences and find its amounts."""
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)
    doc.amounts = find_amounts(doc.text, doc.tokens)
