"""Decoding the bytes Arabic sites serve, and refusing what is not text."""

from __future__ import annotations

import codecs

import pytest

from basma.clean.decode import MAX_BYTES, decode
from basma.errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge

TEXT = "أقرت الحكومة خطة لتوسيع شبكة النقل العام في العاصمة، تشمل خطوط حافلات سريعة جديدة."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1256"), "windows-1256"),
        (TEXT.encode("iso8859_6"), "iso-8859-6"),
    ],
)
def test_decodes_arabic_encodings(data: bytes, expected: str) -> None:
    text, encoding = decode(data)
    assert text.lstrip("\ufeff") == TEXT
    assert encoding == expected


def test_declared_charset_is_tried_first() -> None:
    page = '<meta charset="windows-1256"><p>' + TEXT + "</p>"
    text, encoding = decode(page.encode("cp1256"))
    assert encoding == "windows-1256" and TEXT in text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInput),
        (b" \n\t ", EmptyInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), BinaryInput),
        (b"\x81\x8d\x8f\x90\x9d" * 50, EncodingProblem),
    ],
)
def test_refuses_what_is_not_text(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        decode(data, input_ref="page.html")
    assert "page.html" in str(info.value)


def test_refuses_oversized_input() -> None:
    with pytest.raises(TooLarge):
        decode(b"a" * (MAX_BYTES + 1))
