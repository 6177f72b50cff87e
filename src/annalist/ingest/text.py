"""Decoding bytes to text and normalising it; the normalised text is what every offset points into."""

from __future__ import annotations

import hashlib
import unicodedata

from charset_normalizer import from_bytes

from annalist.ingest.errors import InputRejected

# Share of control characters (other than whitespace) above which bytes are taken for a binary file.
_BINARY_CONTROL_SHARE = 0.05


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes or many control characters in the first 8 KiB."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > _BINARY_CONTROL_SHARE


def decode(data: bytes) -> tuple[str, str | None]:
    """Decode bytes to str; returns (text, warning). UTF-8 first, else the detected encoding."""
    if looks_binary(data):
        raise InputRejected("binary content, not text", "pass a text, HTML, PDF or corpus file")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputRejected(
            "not valid UTF-8 and no other text encoding fits", "convert the file to UTF-8 (e.g. with iconv)"
        )
    return str(best), f"not valid UTF-8; decoded as {best.encoding}"


def normalise(text: str) -> str:
    """Unicode NFC and Unix newlines; stored text is always normalised, so offsets are stable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def content_hash(text: str) -> str:
    """Content-derived document id: re-ingesting the same text is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def word_count(text: str) -> int:
    return len(text.split())
