"""Name-like stretches of text that the resolver did not resolve: candidates for the knowledge base.

Arabic has no capital letters, so "name-like" is defined by context:
- person-like: up to three words right after a title, rank or honorific (الرئيس، اللواء، الشيخ ...),
  optionally after a demonym (الرئيس الفلاني X Y);
- organisation-like: an organisation head noun (حركة، حزب، صحيفة ...) and the one or two words after it.
A candidate stops at punctuation, digits, function words and words the matcher already knows. It
counts as resolved when a mention overlaps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from basma.actors.datafile import word_list
from basma.actors.kb import KnowledgeBase, load_kb, phrase_key
from basma.actors.resolver import Item, match_items, resolve_with
from basma.document import Document


@dataclass(frozen=True)
class Candidate:
    text: str
    key: str
    kind: str  # person or organisation
    resolved: bool


def _words(key: str) -> frozenset[str]:
    from basma.actors.kb import _default_dir

    return frozenset(phrase_key(w) for w in word_list(_default_dir() / "groups.yaml", key))


def candidates(doc: Document, kb: KnowledgeBase | None = None) -> list[Candidate]:
    """Person- and organisation-like stretches of ``doc`` and whether a mention covers each."""
    kb = kb or load_kb()
    heads = _words("org_heads")
    stop = _words("stop_words")
    tokens = doc.tokens
    mentions = resolve_with(kb, doc)
    kept = list(range(len(tokens)))
    known: dict[int, Item] = {}
    for matched in match_items(kb, tokens, kept, 0, len(tokens)):
        for n in range(matched.start_token, matched.end_token):
            known[n] = matched
    out: list[Candidate] = []

    def word(n: int) -> bool:
        t = tokens[n]
        return t.norm.isalpha() and t.norm not in stop and n not in known and len(t.norm) > 1

    def add(first: int, last: int, kind: str) -> None:
        start, end = tokens[first].start, tokens[last - 1].end
        covered = any(m.span.start < end and start < m.span.end for m in mentions)
        key = " ".join(t.norm for t in tokens[first:last])
        out.append(Candidate(doc.text[start:end], key, kind, covered))

    def unknown_run(first: int, limit: int) -> int:
        last = first
        while last < len(tokens) and last - first < limit and word(last):
            last += 1
        return last

    def lead_in(item: Item) -> bool:
        """Honorifics, ranks and titles of an office (not "وزير" + portfolio) come before names."""
        if item.has("actor"):
            return False
        title = item.has("title")
        if title is not None and kb.lexicon.titles[title.ref].office:
            return True
        return any(s.kind in ("honorific", "rank") for s in item.senses)

    n = 0
    while n < len(tokens):
        item = known.get(n)
        if item is not None and item.start_token == n:
            if lead_in(item):
                after = item.end_token
                while after in known and (
                    known[after].has("demonym") or known[after].has("former") or lead_in(known[after])
                ):
                    after = known[after].end_token
                nxt = known.get(after)
                if nxt is not None and nxt.start_token == after and nxt.has("actor"):
                    add(after, nxt.end_token, "person")
                elif nxt is None and (last := unknown_run(after, 4)) > after:
                    add(after, last, "person")
            elif item.has("actor") and (tokens[n].base in heads or tokens[n].norm in heads):
                add(n, item.end_token, "organisation")
            elif (
                item.has("head")
                and (tokens[n].base in heads or tokens[n].norm in heads)
                and (last := unknown_run(item.end_token, 2)) > item.end_token
            ):
                add(n, last, "organisation")  # a body head noun is still an organisation head
            n = item.end_token
            continue
        if (tokens[n].base in heads or tokens[n].norm in heads) and (last := unknown_run(n + 1, 2)) > n + 1:
            add(n, last, "organisation")
        n += 1
    return out


def unresolved_counts(found: Iterable[Candidate]) -> Counter[str]:
    """How often each unresolved candidate occurs, by its base form."""
    return Counter(c.key for c in found if not c.resolved)
