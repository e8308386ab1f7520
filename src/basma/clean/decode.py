"""Turning the bytes of a page or text file into text, and saying which encoding was used.

Arabic sites still serve windows-1256 and ISO-8859-6 besides UTF-8. The order is: a byte-order
mark, strict UTF-8, the charset the page or server declared, then charset-normalizer's guess among
the encodings Arabic pages use. A decoding is only accepted when the result reads like text;
bytes that are binary, or that no candidate turns into text, raise an ``InputError`` naming the input.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from basma.errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge

MAX_BYTES = 20 * 1024 * 1024
"""Largest single document the cleaner accepts; bigger ones are rejected as too large."""

_CANDIDATES = ["utf_8", "cp1256", "iso8859_6", "cp1252"]
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARED = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NAMES = {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "cp1256": "windows-1256", "iso8859_6": "iso-8859-6"}


def canonical_name(encoding: str) -> str:
    """A stable, readable name for an encoding (``windows-1256`` rather than ``cp1256``)."""
    try:
        python_name = codecs.lookup(encoding).name.replace("-", "_")
    except LookupError:
        return encoding.lower()
    return _NAMES.get(python_name, python_name.replace("_", "-"))


def looks_binary(data: bytes) -> bool:
    """Whether the leading bytes hold NULs or many control bytes, as images and archives do."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head and not (head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head) > 0.05


def _declared(data: bytes, hint: str | None) -> list[str]:
    found = [hint] if hint else []
    head = data[:4096]
    for pattern in (_DECLARED, _XML_DECLARED):
        match = pattern.search(head)
        if match:
            found.append(match.group(1).decode("ascii", "ignore"))
    valid = []
    for name in found:
        try:
            valid.append(codecs.lookup(name).name)
        except LookupError:
            continue
    return valid


def _readable(text: str) -> bool:
    """Whether decoded text is plausibly prose: few control or replacement characters."""
    sample = text[:20000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return bad / len(sample) < 0.01


def _mixed_script_penalty(text: str) -> float:
    """Share of Latin-1 accented letters among letters: high when Arabic bytes were misread."""
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if 0xC0 <= ord(ch) <= 0xFF) / len(letters)


def decode(data: bytes, *, input_ref: str = "", hint: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return the text and the canonical name of the encoding used.

    :param hint: a charset the source declared (HTTP header, WARC record), tried early.
    :raises EmptyInput, BinaryInput, TooLarge, EncodingProblem: when no readable text comes out.
    """
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{len(data)} bytes is over the {MAX_BYTES}-byte limit", input_ref=input_ref)
    if not data.strip():
        raise EmptyInput("the input holds no text", input_ref=input_ref)
    for bom, name in (
        (codecs.BOM_UTF8, "utf_8_sig"),
        (codecs.BOM_UTF16_LE, "utf_16"),
        (codecs.BOM_UTF16_BE, "utf_16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(name), canonical_name(name)
            except UnicodeDecodeError as exc:
                raise EncodingProblem(
                    f"starts with a {name} byte-order mark but {exc}", input_ref=input_ref
                ) from exc
    if looks_binary(data):
        raise BinaryInput("the bytes look binary (NUL or control bytes), not text", input_ref=input_ref)
    try:
        return data.decode("utf_8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in _declared(data, hint):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _readable(text) and (name != "cp1252" or _mixed_script_penalty(text) < 0.3):
            return text, canonical_name(name)
    best = from_bytes(data[:200000], cp_isolation=_CANDIDATES).best()
    if best is not None:
        try:
            text = data.decode(best.encoding)
        except UnicodeDecodeError:
            text = ""
        if text and _readable(text) and _mixed_script_penalty(text) < 0.3:
            return text, canonical_name(best.encoding)
    raise EncodingProblem(
        "the bytes are not UTF-8 and do not decode as windows-1256 or ISO-8859-6 either",
        input_ref=input_ref,
    )
