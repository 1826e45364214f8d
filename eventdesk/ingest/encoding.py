"""Strict heuristics for the two encodings we accept without a label or BOM.

Both answer "is this confidently X?" and prefer saying no: a wrong guess corrupts every
name in a report silently, while EncodingProblem tells the user what to fix.
"""

from __future__ import annotations

import re
import unicodedata

# Non-ASCII characters other than letters that real Windows-1252 prose uses: typographic
# quotes and dashes, no-break space, degree, currency, section, ordinal and fraction signs.
_TYPOGRAPHIC = frozenset("\u00a0«»‘’‚“”„–—…•°€£¥§©®™·‹›¿¡²³ºª½¼¾×‰†‡")
# Byte pairs and triples that are UTF-8 for Latin-1 letters or typographic punctuation
# (é = C3 A9, ’ = E2 80 99). In a file that is not valid UTF-8 they mean mixed encodings
# or mojibake, not Windows-1252 text.
_UTF8_LOOKALIKE = re.compile(rb"[\xc2\xc3][\x80-\xbf]|\xe2[\x80-\x84][\x80-\xbf]")
_WORD = re.compile(r"[^\W\d_]+")
_MAX_NON_ASCII_SHARE = 0.25  # French prose: ~3% of letters are accented


def looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when the bytes are UTF-16 text without a BOM, else None.

    Only mostly-Latin text qualifies: nearly every high byte (BE) or low byte (LE) of
    each code unit is NUL, and the other half never is.
    """
    data = data[: len(data) - len(data) % 2]
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, letters, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and letters.count(0) == 0:
            return name
    return None


def plausible_cp1252(data: bytes) -> bool:
    """True when `data` decodes as Windows-1252 into text that reads like Latin-script prose.

    Every non-ASCII character must be a Latin letter inside a word that also has ASCII
    letters (or a one-letter word such as French "à"), or common typographic punctuation;
    non-ASCII characters must stay a minority; and no UTF-8 sequences may be mixed in.
    """
    if _UTF8_LOOKALIKE.search(data):
        return False
    try:
        text = data.decode("cp1252")  # strict: 0x81 0x8D 0x8F 0x90 0x9D are undefined
    except UnicodeDecodeError:
        return False
    non_ascii = [c for c in text if ord(c) > 0x7F]
    visible = sum(1 for c in text if not c.isspace())
    if not non_ascii or len(non_ascii) > _MAX_NON_ASCII_SHARE * max(visible, 1):
        return False
    if any(c not in _TYPOGRAPHIC and unicodedata.category(c) not in ("Lu", "Ll") for c in non_ascii):
        return False
    for word in _WORD.findall(text):
        if len(word) > 1 and not word.isascii() and not any(c.isascii() for c in word):
            return False
    return True
