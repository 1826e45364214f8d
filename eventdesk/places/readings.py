"""Which readings of a name may compete at all, before any is chosen.

A reading found only through the transliteration fold is dropped outside the report's
theatre; a name inside an actor's name keeps only readings written as the text and as the
entry's own name.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventdesk.places.fold import similarity
from eventdesk.places.gazetteer import Candidate, letters
from eventdesk.places.scoring import EXACT


def in_theatre_if_respelled(cands: Sequence[Candidate], text: str, theatre: frozenset[str],
                            named: frozenset[str] = frozenset()) -> tuple[Candidate, ...]:
    """A reading found only through the transliteration fold (the text is not written as the
    name that matched, case and diacritics aside) is a guess: outside the report's theatre it
    is dropped ('Bohoma' in a report on Chad is not Bochum, listed as 'Bohuma'), unless it lies
    in a country the report names (`named`: 'Nabatiyé' in a report on Israel that names
    Lebanon), is a country or region, or a curated alias. A name written as GeoNames writes it
    (Moscou, Téhéran) keeps its readings abroad."""
    if not theatre:
        return tuple(cands)
    return tuple(c for c in cands if c.source.startswith("curated") or c.entry.kind in ("country", "region")
                 or c.entry.country_code in theatre | named or letters(text) == letters(c.matched))



def written_as(cands: Sequence[Candidate], text: str) -> tuple[Candidate, ...]:
    """The readings of a name inside an actor's name ('les Amba boys') that are written as the
    text and as the entry's own name: the name is weak evidence of a place, too weak for a
    transliteration ('Ambah') or a place that lists the name among its alternates ('Embi')."""
    return tuple(c for c in cands if c.source.startswith("curated") or c.entry.kind in ("country", "region")
                 or (letters(text) == letters(c.matched) and similarity(c.matched, c.entry.name) >= EXACT))
