"""Readers on real files: folders, globs, stdin, JSONL, feeds, WARC, and inputs that must be refused."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from basma.clean import build_article
from basma.clean.decode import MAX_BYTES
from basma.ingest import RawDocument, iter_inputs
from basma.records import Rejection

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PARAGRAPH = (
    "أعلنت وزارة النقل افتتاح طريق سريع جديد يربط العاصمة بالمدن الساحلية، ويختصر زمن الرحلة إلى النصف."
)


def _split(items: list[RawDocument | Rejection]) -> tuple[list[RawDocument], list[Rejection]]:
    return [i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Rejection)]


def test_folder_is_read_recursively_in_sorted_order() -> None:
    items = list(iter_inputs([str(FIXTURES / "scraped")]))
    assert [Path(i.input_ref).name for i in items] == [
        "gulf-scraped.txt",
        "levant-scraped.txt",
        "nile-scraped.txt",
    ]
    assert all(isinstance(i, RawDocument) and i.fmt == "text" for i in items)


def test_glob_and_missing_path() -> None:
    items = list(iter_inputs([str(FIXTURES / "pages" / "g*.html"), str(FIXTURES / "nowhere.txt")]))
    docs, rejections = _split(items)
    assert [Path(d.input_ref).name for d in docs] == ["gulf-agency.html", "gulf-opinion.html"]
    assert all(d.fmt == "html" for d in docs)
    assert len(rejections) == 1 and "nowhere.txt" in rejections[0].message


def test_jsonl_lines_with_alternative_names_and_bad_lines() -> None:
    """A bad line is rejected with file:line and the lines after it are still read."""
    path = FIXTURES / "jsonl" / "articles.jsonl"
    docs, rejections = _split(list(iter_inputs([str(path)])))
    assert [d.input_ref.rsplit(":", 1)[1] for d in docs] == ["1", "3", "7"]
    assert {r.input_ref.rsplit(":", 1)[1]: r.reason for r in rejections} == {
        "2": "malformed",
        "4": "malformed",
        "5": "empty",
    }
    first, renamed, html = docs
    assert first.fields["outlet"] == "الرياض" and first.fields["published_at"].startswith("2025-11-18")
    assert renamed.fields == {
        "url": "https://sabq.org/x/1",
        "title": "عنوان بأسماء حقول أخرى",
        "published_at": "2025-11-19",
        "outlet": "sabq",
    }
    assert html.fmt == "html"
    article = build_article(renamed)
    assert article.outlet == "sabq" and article.published_at is not None
    assert article.published_at.isoformat() == "2025-11-19T00:00:00+03:00"  # Riyadh time
    assert build_article(html).text.startswith("أعلنت وزارة النقل")


def test_jsonl_field_names_can_be_configured(tmp_path: Path) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text('{"nass": "' + PARAGRAPH + '", "unwan": "طريق جديد"}\n', encoding="utf-8")
    (doc,) = iter_inputs([str(path)], fields={"text": "nass", "title": "unwan"})
    assert isinstance(doc, RawDocument) and doc.content == PARAGRAPH and doc.fields["title"] == "طريق جديد"
    with pytest.raises(ValueError, match="unknown field"):
        list(iter_inputs([str(path)], fields={"bodyy": "x"}))


def test_feed_entries_use_saved_pages_and_pages_are_not_read_twice() -> None:
    docs, rejections = _split(list(iter_inputs([str(FIXTURES / "feeds")])))
    assert len(docs) == 3, [d.input_ref for d in docs]
    by_canonical, by_slug, from_summary = docs
    assert by_canonical.input_ref.endswith("new-public-library.html")
    assert by_slug.input_ref.endswith("trees-program.html")
    assert from_summary.input_ref.endswith("#entry3")
    assert [r.reason for r in rejections] == ["empty"]
    library = build_article(by_canonical)
    assert library.url == "https://alwaha-news.example/culture/new-public-library"
    assert (
        library.published_at is not None and library.published_at.isoformat() == "2025-11-18T07:30:00+03:00"
    )
    assert library.text.startswith("افتتحت البلدية مكتبة عامة جديدة")
    assert "جميع الحقوق محفوظة" not in library.text
    festival = build_article(from_summary)
    assert festival.text.startswith("انطلق مهرجان التمور السنوي")


def _warc(path: Path, *, pages: int = 2) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(pages):
            body = (
                '<html><head><meta charset="utf-8"></head><body><article>'
                f"<p>{PARAGRAPH}</p><p>{PARAGRAPH} {n}</p></article></body></html>"
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://news.example/{n}",
                    "response",
                    payload=io.BytesIO(body.encode()),
                    http_headers=headers,
                )
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image
            )
        )
        moved = StatusAndHeaders("301 Moved", [("Location", "/0")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://news.example/old", "response", payload=io.BytesIO(b""), http_headers=moved
            )
        )


def test_warc_responses_become_pages_and_the_rest_is_accounted_for(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    docs, rejections = _split(list(iter_inputs([str(path)])))
    assert [d.fields["url"] for d in docs] == ["https://news.example/0", "https://news.example/1"]
    assert all(d.fmt == "html" and d.fields["charset"] == "utf-8" and "#" in d.input_ref for d in docs)
    assert sorted(r.reason for r in rejections) == ["binary", "unreadable"]
    assert build_article(docs[0]).text.startswith("أعلنت وزارة النقل")


def test_truncated_warc_keeps_what_was_read_and_rejects_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path, pages=3)
    data = path.read_bytes()
    offsets = [int(item.input_ref.rsplit("#", 1)[1]) for item in iter_inputs([str(path)])]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: (offsets[1] + offsets[2]) // 2])  # in the middle of the second page
    docs, rejections = _split(list(iter_inputs([str(cut)])))
    assert len(docs) == 1
    assert [r.reason for r in rejections] == ["malformed"] and "cut.warc.gz#" in rejections[0].input_ref


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    data = ('{"title": "من المدخل القياسي", "text": "' + PARAGRAPH + '"}\n').encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    (doc,) = iter_inputs(["-"])
    assert (
        isinstance(doc, RawDocument)
        and doc.input_ref == "<stdin>:1"
        and doc.fields["title"] == "من المدخل القياسي"
    )


def test_forced_format_overrides_detection() -> None:
    path = FIXTURES / "pages" / "levant-daily.html"
    (doc,) = iter_inputs([str(path)], fmt="text")
    assert isinstance(doc, RawDocument) and doc.fmt == "text"
    with pytest.raises(ValueError, match="unknown input format"):
        list(iter_inputs([str(path)], fmt="pdf"))


def test_html_saved_as_txt_is_detected_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html><html><body><p>" + PARAGRAPH + "</p></body></html>", encoding="utf-8")
    (doc,) = iter_inputs([str(path)])
    assert isinstance(doc, RawDocument) and doc.fmt == "html"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("empty.txt", "empty"), ("blank.html", "empty"), ("image.png", "binary")],
)
def test_unreadable_files_are_rejected_at_ingest(name: str, reason: str) -> None:
    (item,) = iter_inputs([str(FIXTURES / "hostile" / name)])
    assert (
        isinstance(item, Rejection)
        and item.reason == reason
        and item.stage == "ingest"
        and name in item.message
    )


def test_huge_page_is_rejected_without_reading_it(tmp_path: Path) -> None:
    """A 50 MB page gets a size rejection; the file is sparse, so this costs no disk or memory."""
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.write(b"<html><body><p>" + PARAGRAPH.encode() + b"</p>")
        fh.truncate(50 * 1024 * 1024)
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, Rejection) and item.reason == "too-large"
    assert path.stat().st_size > MAX_BYTES


def test_huge_jsonl_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"text": "' + b"a" * (MAX_BYTES + 10) + b'"}\n')
        fh.write(('{"text": "' + PARAGRAPH + '"}\n').encode())
    items = list(iter_inputs([str(path)]))
    assert (
        isinstance(items[0], Rejection)
        and items[0].reason == "too-large"
        and items[0].input_ref.endswith(":1")
    )
    assert isinstance(items[1], RawDocument) and items[1].input_ref.endswith(":2")
