"""Outlets, canonical URLs, ids, and the checks on dates extracted from pages."""

from __future__ import annotations

from datetime import datetime

from basma.clean.html import _distrust_new_year
from basma.clean.identity import article_id, canonical_url, find_outlet


def test_canonical_url_drops_spelling_differences_and_tracking() -> None:
    a = canonical_url("http://www.Annahar.com/arabic/article/123/?utm_source=x&fbclid=y#top")
    b = canonical_url("https://annahar.com/arabic/article/123")
    assert a == b == "https://annahar.com/arabic/article/123"
    assert article_id("https://annahar.com/arabic/article/123", "نص") == article_id(
        "http://www.annahar.com/arabic/article/123/", "نص آخر"
    )


def test_outlet_from_host_or_given_name() -> None:
    name, known = find_outlet("https://www.annahar.com/x", None)
    assert name == "النهار" and known is not None and known.timezone == "Asia/Beirut"
    name, known = find_outlet("https://sub.sabq.org/y", "صحيفة سبق")
    assert name == "صحيفة سبق" and known is not None and known.id == "sabq"
    assert find_outlet("https://unknown-site.example/z", None) == ("unknown-site.example", None)


def test_new_year_guess_gives_way_to_the_written_date() -> None:
    """Date guessers fall back to 1 January on Arabic pages; the page's own date wins then."""
    page = "الرئيسية | سياسة\nالثلاثاء 18 تشرين الثاني 2025\nنص الخبر"
    assert _distrust_new_year(datetime(2025, 1, 1), page) == datetime(2025, 11, 18)
    assert _distrust_new_year(datetime(2025, 11, 18), page) == datetime(2025, 11, 18)
    assert _distrust_new_year(datetime(2025, 3, 4), page) == datetime(2025, 3, 4)
    assert _distrust_new_year(None, "لا تاريخ هنا") is None
