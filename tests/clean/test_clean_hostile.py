"""The hostile files of the test corpus: each becomes an article marked with its language and
encoding, or a rejection with the right reason; nothing raises anything else."""

from __future__ import annotations

from pathlib import Path

import pytest

from basma.clean import build_article
from basma.errors import InputError
from basma.ingest import RawDocument, iter_inputs

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "hostile"

EXPECTED = {
    "blank.html": ("rejected", "empty"),
    "empty.txt": ("rejected", "empty"),
    "image.png": ("rejected", "binary"),
    "undecodable.txt": ("rejected", "encoding"),
    "cp1256.txt": ("ar", "windows-1256"),
    "iso8859-6.txt": ("ar", "iso-8859-6"),
    "utf8-bom.txt": ("ar", "utf-8-sig"),
    "truncated.html": ("ar", "utf-8"),
    "persian.txt": ("fa", "utf-8"),
    "urdu.txt": ("ur", "utf-8"),
    "english.txt": ("en", "utf-8"),
    "french.txt": ("fr", "utf-8"),
    "turkish.txt": ("tr", "utf-8"),
    "hebrew.txt": ("he", "utf-8"),
}


def _outcome(path: Path) -> tuple[str, str]:
    (item,) = iter_inputs([str(path)])
    if not isinstance(item, RawDocument):
        return "rejected", item.reason
    try:
        article = build_article(item)
    except InputError as exc:
        return "rejected", exc.code
    return article.language, article.encoding or ""


def test_every_hostile_file_is_listed() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_outcome(name: str) -> None:
    assert _outcome(HOSTILE / name) == EXPECTED[name]


def test_legacy_encodings_give_the_same_article_text() -> None:
    """windows-1256, ISO-8859-6 and UTF-8 with BOM copies of one text clean to one body."""
    texts = set()
    for name in ("cp1256.txt", "iso8859-6.txt", "utf8-bom.txt"):
        (raw,) = iter_inputs([str(HOSTILE / name)])
        assert isinstance(raw, RawDocument)
        texts.add(build_article(raw).content_hash)
    assert len(texts) == 1
