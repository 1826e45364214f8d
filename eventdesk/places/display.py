"""The display name of a gazetteer entry: the plain ASCII spelling an ACLED coder writes.

GeoNames' main name is often a scholarly romanisation ('Ḩamāh', 'Ālbū Kamāl'). The rule,
applied to the entry's own Latin names (the main name and its alternates):
1. a main name already in ASCII is kept ('Deir ez-Zor', 'Tadmur');
2. otherwise the candidates are the capitalised ASCII alternates that fold like the main name
   (`fold.keys`) and have as many words as it (so 'Al Mayadin', not 'Mayadin');
3. each spelling counts how many Latin names reduce to it once diacritics and case go
   ('Abū Kamāl' counts for 'Abu Kamal'); the most frequent wins, then the shortest
   ('Hama' over 'Hamah'), then the closest to the unaccented main name;
4. with no candidate, the unaccented main name (unidecode).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Indel
from unidecode import unidecode

from eventdesk.places.fold import keys, tokens


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or not c.isalpha() for c in name) and any(c.isalpha() for c in name)


def display_name(name: str, alternates: Iterable[str]) -> str:
    """The display form of an entry named `name` with these alternate names."""
    if name.isascii():
        return name
    plain = unidecode(name).strip()
    latin = [n for n in {name, *alternates} if n and _latin(n)]
    counts = Counter(unidecode(n).casefold() for n in latin)
    name_keys, n_words = keys(name), len(tokens(plain))
    same = [
        a for a in latin
        if a.isascii() and a[0].isupper() and not a.isupper() and keys(a) & name_keys
    ]
    pool = [a for a in same if len(tokens(a)) == n_words] or same
    if not pool:
        return plain or name
    return min(pool, key=lambda a: (-counts[a.casefold()], len(a), -Indel.normalized_similarity(a, plain), a))
