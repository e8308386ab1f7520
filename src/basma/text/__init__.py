"""The Arabic text layer: normalisation, tokens with clitics, sentences and amounts."""

from __future__ import annotations

from basma.document import Document
from basma.text.normalise import normalise
from basma.text.sentences import split_sentences
from basma.text.tokens import tokenize

__all__ = ["analyse", "normalise", "split_sentences", "tokenize"]


def analyse(doc: Document) -> None:
    """Tokenise the article and split it into sentences."""
    doc.tokens = tokenize(doc.text)
    doc.sentences = split_sentences(doc.text, doc.tokens)
