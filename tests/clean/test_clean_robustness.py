"""Whatever bytes or text come in, the cleaner returns an Article or raises a named InputError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basma.clean import build_article
from basma.errors import InputError
from basma.ingest.raw import RawDocument
from basma.records import Article

FURNITURE = [
    "Smaller Bigger",
    "العلامات الدالة",
    "الأكثر قراءة",
    "كتب: فلان",
    "(سانا)",
    "18-11-2025 | 06:00",
    "<p>",
    "</div>",
]
WORDS = ["في", "أعلنت", "الوزارة", "دمشق", "،", ".", "\n", "\n\n", "اقرأ أيضاً:", "2025", "جميع الحقوق محفوظة"]


def _check(raw: RawDocument) -> None:
    try:
        article = build_article(raw)
    except InputError as exc:
        assert exc.code and raw.input_ref in str(exc)
        return
    assert isinstance(article, Article) and article.text.strip()
    assert article.id and len(article.content_hash) == 64


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), fmt=st.sampled_from(["text", "html", "record"]))
def test_random_bytes_never_crash(data: bytes, fmt: str) -> None:
    _check(RawDocument("random.bin", data, fmt))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(st.sampled_from(FURNITURE + WORDS) | st.text(max_size=30), max_size=40),
    fmt=st.sampled_from(["text", "html"]),
)
def test_furniture_soup_never_crashes(pieces: list[str], fmt: str) -> None:
    _check(RawDocument("soup.txt", " ".join(pieces), fmt))
