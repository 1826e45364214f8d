"""Round-3 detection rules on hand-built reports (no model): a surname of a person the report
names in full is that person, a word the report also writes in lower case is a common word,
and a short code in capitals ('CAR') matches only capitals."""

from __future__ import annotations

from eventdesk.places.gazetteer import GazEntry, LayeredGazetteer, MemoryGazetteer
from eventdesk.places.stage import PlacesStage
from tests.places.util import make_report

ENTRIES = [
    GazEntry(910001, "Hogg", "populated_place", 31.0, -97.0, "US", None, None, 5000),
    GazEntry(910002, "Iron", "populated_place", 47.0, -92.0, "US", None, None, 60000),
    GazEntry(910003, "Jordan", "country", 31.0, 36.0, "JO", None, None, 10_000_000),
    GazEntry(910004, "Central African Republic", "country", 7.0, 21.0, "CF", None, None, 4_600_000),
    GazEntry(910005, "Denver", "populated_place", 39.74, -104.98, "US", "Colorado", None, 700_000),
]
ALTERNATES = [(910004, "CAR")]


def found(text: str, entities=(), language: str = "en") -> dict[str, object]:
    gaz = LayeredGazetteer(MemoryGazetteer(ENTRIES, ALTERNATES), aliases=())
    report = make_report(text, list(entities), language)
    return {m.span.text: m.place for m in PlacesStage(gaz)(report).places}


def test_a_persons_surname_alone_is_not_a_town() -> None:
    text = "David Hogg spoke in Denver. Later, Hogg said the march would go on."
    got = found(text, [("David Hogg", "PERSON"), ("Denver", "GPE"), ("Hogg", "PERSON")])
    assert "Hogg" not in got and got["Denver"].geonameid == 910005
    # without the full name, a town called Hogg tagged as a place is still found
    alone = found("Flooding hit Hogg on Monday.", [("Hogg", "GPE")])
    assert alone["Hogg"].geonameid == 910001


def test_a_country_named_like_a_person_stays_a_country() -> None:
    text = "Michael Jordan visited Denver. Jordan closed its border on Monday."
    got = found(text, [("Michael Jordan", "PERSON"), ("Denver", "GPE"), ("Jordan", "GPE")])
    assert got["Jordan"].kind == "country"


def test_a_word_also_written_in_lower_case_is_not_scanned_as_a_town() -> None:
    text = "Iron Will. The iron gates of the factory in Denver were shut."
    assert "Iron" not in found(text, [("Denver", "GPE")])
    # the same heading with no lower-case 'iron' in the text: the town is still found
    assert found("Snow fell on Iron and Denver.", [("Denver", "GPE")])["Iron"].geonameid == 910002


def test_a_short_code_in_capitals_matches_only_capitals() -> None:
    assert "Car" not in found("Car bombs hit Denver.", [("Denver", "GPE")])
    got = found("Troops left the CAR on Monday.", [("CAR", "GPE")])
    assert got["CAR"].geonameid == 910004
