"""Small text normalisations shared by every matcher (places, actors, sources).

`fold` is the basic key: lower case, no diacritics, one kind of apostrophe and hyphen,
single spaces. Transliteration-aware folding of Arabic-origin names builds on it in
`eventdesk.places.fold`.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = dict.fromkeys(map(ord, "’‘`´ʼʻʿʾ′"), "'")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")
_SPACES = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalize_punct(text: str) -> str:
    """Unify apostrophes, dashes and white space, keeping offsets' length unchanged."""
    return text.translate(_APOSTROPHES).translate(_DASHES)


def fold(text: str) -> str:
    """The basic matching key: 'Al-Qaïm ’s' -> "al-qaim 's"."""
    text = strip_diacritics(normalize_punct(text)).lower()
    return _SPACES.sub(" ", text).strip()
