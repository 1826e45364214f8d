"""Choosing among gazetteer candidates in context, and turning an entry into a Place.

The public names of four modules, importable from here as before:

    scoring.py      Context, distances, and the score of one candidate in context
    choice.py       choose(): the best score, then the special rules (an area's seat, a world
                    city over a small namesake, refusing readings far outside the theatre)
    readings.py     which readings may compete at all (respellings abroad, names in actors' names)
    entry_place.py  a chosen entry as a Place, with its ACLED precision and radius
"""

from __future__ import annotations

from eventdesk.places.choice import (
    BIG_ABROAD, BIG_CITY, BIG_CITY_BY_ALTERNATE, FAR_KM, FUZZY_NEAR_KM, SMALL_NEAR_KM, Choice, choose, near_a_town,
)
from eventdesk.places.entry_place import precision_of, to_place
from eventdesk.places.readings import in_theatre_if_respelled, written_as
from eventdesk.places.scoring import (
    CAPITAL_BONUS, EXACT, KIND_BONUS, NEAR_KM, OUTSIDE_THEATRE, OWN_NAME_BONUS, POP_WEIGHT, SAME_AREA_BONUS,
    SAME_ENTRY_BONUS, THEATRE, Context, haversine_km, nearest_anchor_km, score,
)

__all__ = [
    "BIG_ABROAD", "BIG_CITY", "BIG_CITY_BY_ALTERNATE", "CAPITAL_BONUS", "EXACT", "FAR_KM", "FUZZY_NEAR_KM",
    "KIND_BONUS", "NEAR_KM", "OUTSIDE_THEATRE", "OWN_NAME_BONUS", "POP_WEIGHT", "SAME_AREA_BONUS",
    "SAME_ENTRY_BONUS", "SMALL_NEAR_KM", "THEATRE", "Choice", "Context", "choose", "haversine_km",
    "in_theatre_if_respelled", "near_a_town", "nearest_anchor_km", "precision_of", "score", "to_place",
    "written_as",
]
