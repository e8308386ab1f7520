"""The bundled demo corpus is data that users see first: check it is well-formed and honest.

These tests read the corpus the way an installed basma sees it (through importlib.resources), so a
packaging mistake that drops the samples fails here rather than in `basma run`.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from importlib.resources import files
from importlib.resources.abc import Traversable
from itertools import combinations
from pathlib import Path

import pytest

SAMPLES: Traversable = files("basma") / "data/samples"
REQUIRED = ("url", "title", "text", "published_at", "outlet", "section")
EARLIEST = datetime(2025, 10, 1, tzinfo=UTC)
LATEST = datetime(2025, 12, 1, tzinfo=UTC)  # exclusive: the corpus covers October and November 2025
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")
RELATIVE = re.compile(
    r"أمس|اليوم|الماضي|المقبل|الجاري|غداً|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
)
DATELINE = re.compile(
    r"^(?P<section>\S[^\n|]*?) (?P<d>\d{2})-(?P<m>\d{2})-(?P<y>\d{4}) \| (?P<hh>\d{2}):(?P<mm>\d{2})$", re.M
)
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


class _Page(HTMLParser):
    """Collects the head metadata and the article-body paragraphs of one saved page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.html_attrs: dict[str, str] = {}
        self.canonical = ""
        self.paragraphs: list[str] = []
        self._in_body = 0
        self._in_p = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html_attrs = a
        elif tag == "meta" and ("property" in a or "name" in a):
            self.meta[a.get("property") or a["name"]] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "div" and "article-body" in a.get("class", ""):
            self._in_body = 1
        elif tag == "div" and self._in_body:
            self._in_body += 1
        elif tag == "p" and self._in_body:
            self._in_p = True
            self.paragraphs.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._in_body:
            self._in_body -= 1
        elif tag == "p":
            self._in_p = False

    def handle_data(self, data: str) -> None:
        if self._in_p:
            self.paragraphs[-1] += data


def _records() -> list[tuple[str, int, dict[str, str]]]:
    out = []
    for entry in sorted(SAMPLES.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".jsonl"):
            for n, line in enumerate(entry.read_text(encoding="utf-8").splitlines(), 1):
                out.append((entry.name, n, json.loads(line)))
    return out


def _pages() -> list[tuple[str, bytes, _Page]]:
    out = []
    for entry in sorted((SAMPLES / "html").iterdir(), key=lambda e: e.name):
        raw = entry.read_bytes()
        charset = re.search(rb'<meta charset="([^"]+)"', raw)
        assert charset, f"{entry.name}: no <meta charset>"
        page = _Page()
        page.feed(raw.decode(charset.group(1).decode()))
        out.append((entry.name, raw, page))
    return out


def _scraped() -> list[tuple[str, str]]:
    entries = sorted((SAMPLES / "txt").iterdir(), key=lambda e: e.name)
    return [(e.name, e.read_text(encoding="utf-8")) for e in entries]


def _articles() -> list[dict[str, str]]:
    """Every valid article, whatever its format, as url/outlet/text/published_at."""
    arts = []
    for f, n, r in _records():
        dup = r.get("near_duplicate_of", "")
        arts.append({"id": f"{f}:{n}", "url": r["url"], "outlet": r["outlet"], "text": r["text"], "dup": dup})
    for name, _raw, p in _pages():
        text, outlet = "\n".join(p.paragraphs), p.meta["og:site_name"]
        arts.append({"id": name, "url": p.canonical, "outlet": outlet, "text": text, "dup": ""})
    for name, text in _scraped():
        # scraped files are named <outlet>-<date>-<slug>.txt; they carry no URL
        arts.append({"id": name, "url": "", "outlet": name.split("-")[0], "text": text, "dup": ""})
    return arts


def _arabic_share(text: str) -> float:
    letters = len(ARABIC.findall(text)) + len(LATIN.findall(text))
    return len(ARABIC.findall(text)) / max(letters, 1)


def _in_range(stamp: str, where: str) -> None:
    when = datetime.fromisoformat(stamp)
    assert when.tzinfo is not None, f"{where}: published_at {stamp!r} has no timezone offset"
    assert EARLIEST <= when < LATEST, f"{where}: published_at {stamp} outside October-November 2025"


def _shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"[\u0621-\u064A]+", text)
    return {tuple(words[i : i + k]) for i in range(len(words) - k + 1)}


def test_jsonl_records_are_complete_dated_and_arabic() -> None:
    records = _records()
    assert records, "no JSONL samples found in the installed package"
    for f, n, r in records:
        where = f"{f} line {n}"
        for key in REQUIRED:
            assert isinstance(r.get(key), str) and r[key].strip(), f"{where}: missing or empty {key!r}"
        assert r["url"].startswith("https://"), f"{where}: url is not https"
        _in_range(r["published_at"], where)
        assert _arabic_share(r["title"] + r["text"]) > 0.97, f"{where}: text is not mostly Arabic"
        assert 90 <= len(r["text"].split()) <= 450, f"{where}: body length out of the 90-450 word range"
        assert "\n\n" in r["text"], f"{where}: paragraphs must be separated by blank lines"
        assert RELATIVE.search(r["text"]), f"{where}: no relative date for the date resolver to work on"


def test_corpus_size_outlets_and_month_conventions() -> None:
    arts = _articles()
    assert len(arts) >= 60
    assert len({a["outlet"] for a in arts}) >= 15
    joined = "\n".join(a["text"] for a in arts)
    for spelling in ("تشرين الأول", "تشرين الثاني", "أكتوبر", "نوفمبر", "نونبر", "دجنبر"):
        assert spelling in joined, f"no article uses the month spelling {spelling!r}"


def test_urls_unique_except_declared_near_duplicates() -> None:
    arts = [a for a in _articles() if a["url"]]
    urls = [a["url"] for a in arts]
    repeated = {u for u in urls if urls.count(u) > 1}
    declared = {a["dup"] for a in arts if a["dup"]}
    assert repeated <= declared, f"undeclared repeated URLs: {sorted(repeated - declared)}"
    assert declared <= set(urls), "a near_duplicate_of points at no article in the corpus"


def test_near_duplicates_are_exactly_the_declared_pairs() -> None:
    arts = _articles()
    by_url = {a["url"]: a for a in arts if not a["dup"]}
    shingles = {a["id"]: _shingles(a["text"]) for a in arts}
    declared = {frozenset((a["id"], by_url[a["dup"]]["id"])) for a in arts if a["dup"]}
    assert 4 <= len(declared) <= 6
    for a, b in combinations(arts, 2):
        sa, sb = shingles[a["id"]], shingles[b["id"]]
        jaccard = len(sa & sb) / len(sa | sb)
        if frozenset((a["id"], b["id"])) in declared:
            assert a["outlet"] != b["outlet"], f"{a['id']}: a copy should come from another outlet"
            assert 0.4 <= jaccard < 1.0, f"{a['id']} vs {b['id']}: declared copy has jaccard {jaccard:.2f}"
        else:
            assert jaccard < 0.2, f"{a['id']} vs {b['id']}: undeclared near-duplicates ({jaccard:.2f})"


def test_html_pages_carry_realistic_furniture() -> None:
    pages = _pages()
    assert 8 <= len(pages) <= 10
    legacy = 0
    for name, raw, p in pages:
        assert p.html_attrs.get("dir") == "rtl" and p.html_attrs.get("lang") == "ar", name
        for key in ("og:site_name", "article:published_time", "og:title"):
            assert p.meta.get(key), f"{name}: missing meta {key}"
        _in_range(p.meta["article:published_time"], name)
        assert p.canonical.startswith("https://"), f"{name}: no canonical link"
        assert len(p.paragraphs) >= 4 and _arabic_share(" ".join(p.paragraphs)) > 0.97, name
        text = raw.decode("utf-8", errors="replace") if b"utf-8" in raw[:200] else raw.decode("cp1256")
        for furniture in ("اقرأ أيضاً", "جميع الحقوق محفوظة", "آخر تحديث", "عاجل", "التعليقات", "شارك"):
            assert furniture in text, f"{name}: missing page furniture {furniture!r}"
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            legacy += 1
            assert b'charset="windows-1256"' in raw, f"{name}: undecodable page must declare windows-1256"
    assert legacy == 1, "exactly one page is kept in the legacy windows-1256 encoding"


def test_scraped_text_files_keep_their_furniture() -> None:
    scraped = _scraped()
    assert len(scraped) == 2
    for name, text in scraped:
        m = DATELINE.search(text)
        assert m, f"{name}: no 'section DD-MM-YYYY | HH:MM' dateline"
        _in_range(f"{m['y']}-{m['m']}-{m['d']}T{m['hh']}:{m['mm']}:00+03:00", name)
        title = text.splitlines()[0]
        assert text.count(title) >= 3, f"{name}: the title should repeat as on the scraped page"
        for furniture in ("Smaller Bigger", "(سانا)", "العلامات الدالة", "الأكثر قراءة"):
            assert furniture in text, f"{name}: missing {furniture!r}"
        captions = [line for line in text.splitlines() if line.endswith("(سانا)")]
        assert any(captions.count(c) >= 2 for c in captions), f"{name}: no caption repeated twice"


def test_broken_inputs_are_broken_on_purpose() -> None:
    broken = SAMPLES / "broken"
    assert (broken / "empty.txt").read_bytes() == b""
    english = (broken / "english-only.txt").read_text(encoding="utf-8")
    assert len(english.split()) > 50 and not ARABIC.search(english)


def test_no_sentence_borrowed_from_the_seed_article() -> None:
    if not SEED.is_dir():
        pytest.skip("shared seed articles are not available")
    seed = set().union(*(_shingles(p.read_text(encoding="utf-8"), 8) for p in SEED.glob("*.txt")))
    for a in _articles():
        common = _shingles(a["text"], 8) & seed
        assert not common, f"{a['id']} shares wording with a seed article: {' '.join(next(iter(common)))}"
