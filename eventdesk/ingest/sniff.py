"""Look at bytes before trusting them: size, binary magic, encoding, and what kind of file.

Encodings, in order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides; else strict UTF-8;
else UTF-16 without a BOM when every other byte is NUL; else the charset the document
declares (HTML <meta charset>), if it decodes cleanly; else Windows-1252 (a superset of
Latin-1 for text) only when the result looks like real Latin-script text (`encoding.py`);
else EncodingProblem. charset_normalizer is installed (a trafilatura dependency) but we do
not use it: on short French reports it guesses cp1250/cp1257 ("ŕ" for "à", "ł" for "ù"),
which would silently corrupt place names.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Literal

from eventdesk.errors import BinaryInput, EmptyInput, EncodingProblem, TooLarge
from eventdesk.ingest.encoding import looks_utf16, plausible_cp1252
from eventdesk.ingest.settings import IngestSettings

Kind = Literal["text", "html", "jsonl", "feed"]

HEAD_BYTES = 8192

# File signatures of things that are not text. (offset, magic, what it is)
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"%PDF-", "a PDF document (extract its text first, e.g. with pdftotext)"),
    (0, b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.xlsx, which are ZIP archives)"),
    (0, b"PK\x05\x06", "an empty ZIP archive"),
    (0, b"\x1f\x8b", "a gzip archive (decompress it first)"),
    (0, b"\xfd7zXZ\x00", "an xz archive (decompress it first)"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"\x28\xb5\x2f\xfd", "a Zstandard archive (decompress it first)"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (0, b"\x7fELF", "an executable"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"PAR1", "a Parquet file"),
    (4, b"ftyp", "an MP4/MOV video or audio file"),
    (257, b"ustar", "a tar archive"),
)
_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_RIFF = re.compile(rb"RIFF.{4}(WEBP|WAVE|AVI )", re.DOTALL)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# WHATWG: browsers decode pages labelled Latin-1 or ASCII as Windows-1252.
_DECLARED_ALIASES = {"latin1": "cp1252", "latin-1": "cp1252", "iso-8859-1": "cp1252",
                     "iso8859-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_C0_C1 = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def binary_reason(head: bytes, check_nul: bool = True) -> str | None:
    """Why these first bytes are not text (e.g. 'a PNG image'), or None if they may be.

    `check_nul=False` looks only for file signatures (JSON Lines: a NUL on one line is
    that line's problem, reported by the reader).
    """
    for offset, magic, what in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return what
    if _BZIP2.match(head):
        return "a bzip2 archive (decompress it first)"
    if _RIFF.match(head):
        return "a RIFF media file (image, audio or video)"
    if check_nul and b"\x00" in head and bom_encoding(head) not in ("utf-16", "utf-32") and not looks_utf16(head):
        return "binary data (it contains NUL bytes)"
    return None


def check_size(path: Path, settings: IngestSettings) -> int:
    """The file's size in bytes; TooLarge (without reading it) if over the limit."""
    size = path.stat().st_size
    if size > settings.max_bytes:
        raise TooLarge(str(path), _too_large(size, settings.max_bytes))
    return size


def read_limited(path: Path, settings: IngestSettings) -> bytes:
    """The whole file, never reading more than the limit plus one byte."""
    check_size(path, settings)
    with path.open("rb") as handle:
        data = handle.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:  # the file grew, or stat does not know its size
        raise TooLarge(str(path), _too_large(len(data), settings.max_bytes))
    return data


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def _too_large(size: int, limit: int) -> str:
    return (f"{size / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit; split the file "
            "or raise max_bytes in the ingest settings")


def decode(data: bytes, origin: str, declared: str | None = None) -> str:
    """Bytes to text by the rules in the module docstring; never guesses silently."""
    encoding = bom_encoding(data)
    if encoding is not None:
        try:
            return _no_nul(data.decode(encoding), origin)
        except UnicodeDecodeError as exc:
            raise EncodingProblem(origin, f"starts with a {encoding} byte-order mark but is "
                                  f"not valid {encoding} ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        utf16 = looks_utf16(data)
        if utf16 is None:
            raise BinaryInput(origin, "binary data (it contains NUL bytes)")
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" in text or _C0_C1.search(text):  # a binary table that only looked like UTF-16
            raise BinaryInput(origin, "binary data (it contains NUL bytes)")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"{exc.reason} at byte {exc.start}"
    if declared:
        as_declared = _try_declared(data, declared)
        if as_declared is not None:
            return as_declared
    if plausible_cp1252(data):
        return data.decode("cp1252")
    raise EncodingProblem(origin, f"not UTF-8 ({utf8_error}) and not confidently Windows-1252/"
                          "Latin-1 either; re-save the file as UTF-8")


def _try_declared(data: bytes, declared: str) -> str | None:
    name = _DECLARED_ALIASES.get(declared.strip().lower(), declared.strip())
    try:
        if codecs.lookup(name).name.startswith(("utf-16", "utf-32")):
            return None  # a wide encoding declared on a page with no NUL bytes is a mislabel
        text = data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
    return None if _C0_C1.search(text) else text


def _no_nul(text: str, origin: str) -> str:
    if "\x00" in text:
        raise BinaryInput(origin, "binary data (it contains NUL characters)")
    return text


def require_text(data: bytes, origin: str) -> None:
    """EmptyInput if the bytes hold nothing but white space (in any of our encodings)."""
    body = data[_bom_len(data) :]
    if bom_encoding(data) in ("utf-16", "utf-32") or looks_utf16(data):
        body = body.replace(b"\x00", b"")
    if not body.strip():
        raise EmptyInput(origin, "empty file (no text, or only white space)")


def _bom_len(data: bytes) -> int:
    return next((len(bom) for bom, _ in _BOMS if data.startswith(bom)), 0)


def sniff_kind(head: bytes) -> Kind | None:
    """What the first bytes look like: a feed, an HTML page, JSON Lines, or None."""
    text = head.decode(bom_encoding(head) or "utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    lower = text[:4096].lower()
    if lower.startswith("<?xml") or lower.startswith("<rss") or lower.startswith("<feed"):
        if re.search(r"<(rss|feed|rdf:rdf)\b", lower):
            return "feed"
        return "html" if re.search(r"<html\b", lower) else None
    if lower.startswith(("<!doctype html", "<html")) or (
        lower.startswith("<") and re.search(r"<(head|body|p|div|article)\b", lower)
    ):
        return "html"
    first_line = text.split("\n", 1)[0].strip()
    if first_line.startswith("{") and '"text"' in first_line:
        return "jsonl"
    return None
