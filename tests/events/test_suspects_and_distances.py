"""Seed-style traps: the suspected striker as the strike's target, and a landmark's distance
phrase taken for the event's place."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from eventdesk.records import ActorMention, Place, PlaceMention
from tests.events.build import find, place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2020, 1, 9)
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())
HAJIN = place("Hajin", "SY", "Syria", 34.69, 40.83, "Deir ez-Zor")
BADIA = place("Badia", "SY", "Syria", 34.5, 38.5, None, kind="region")
BOUKAMAL_40 = Place(name="40 km from Abu Kamal", kind="relative", latitude=34.45, longitude=40.92,
                    country="Syria", country_code="SY", admin1="Deir ez-Zor")

STRIKE = ("Selon l'OSDH, des avions non identifiés ont bombardé lundi des dépôts de l'armée israélienne "
          "à Hajin.")
BLAME = " Ces frappes ont été attribuées à Israël par des sources locales."


def _strike_report(nlp, text: str):
    r = report(nlp, text, "fr", places=[("Hajin", HAJIN)], published=DAY)
    actors = (ActorMention(find(text, "avions non identifiés"), "Unidentified Military Forces", 8, None,
                           "unidentified_military"),
              ActorMention(find(text, "armée israélienne"), "Military Forces of Israel (1948-)", 8, "Israel",
                           "state_forces"))
    return STAGE(dataclasses.replace(r, actors=actors))


def test_the_state_blamed_for_a_strike_is_not_its_target(nlp_fr):
    (e,) = _strike_report(nlp_fr, STRIKE + BLAME).events
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 == "Unidentified Military Forces" and e.actor2 is None


def test_without_a_word_naming_it_the_striker_the_target_stays(nlp_fr):
    (e,) = _strike_report(nlp_fr, STRIKE + " Le bilan n'est pas connu.").events
    assert e.actor2 == "Military Forces of Israel (1948-)"


def _base_report(nlp, text: str, places):
    r = report(nlp, text, "fr", published=DAY)
    mentions = tuple(PlaceMention(find(text, s), p, geo_precision=2 if p and p.kind == "relative" else 1,
                                  radius_km=40.0 if p and p.kind == "relative" else 3.0) for s, p in places)
    return STAGE(dataclasses.replace(r, places=mentions))


def test_a_landmark_distance_does_not_beat_the_events_own_place(nlp_fr):
    # the region is coarser than the distance phrase's landmark, yet it is where the base is
    text = "L'armée syrienne a établi lundi une nouvelle base militaire dans la Badia, à 40 km d'Abou Kamal."
    r = _base_report(nlp_fr, text, [("Badia", BADIA), ("à 40 km d'Abou Kamal", BOUKAMAL_40)])
    assert [e.location for e in r.events] == ["Badia"]
    # its own place unknown to the gazetteer: no location rather than the landmark's point
    text = "L'armée syrienne a établi lundi une nouvelle base militaire dans la région d'Al-Zaqaf, à 40 km d'Abou Kamal."
    r = _base_report(nlp_fr, text, [("Al-Zaqaf", None), ("à 40 km d'Abou Kamal", BOUKAMAL_40)])
    assert [(e.location, e.latitude) for e in r.events] == [(None, None)]


def test_a_distance_phrase_that_is_the_events_own_place_is_used(nlp_fr):
    text = "L'armée syrienne a établi lundi une nouvelle base militaire à 40 km d'Abou Kamal."
    r = _base_report(nlp_fr, text, [("à 40 km d'Abou Kamal", BOUKAMAL_40)])
    assert [(e.location, e.geo_precision) for e in r.events] == [("40 km from Abu Kamal", 2)]


def test_the_demonym_of_the_strike_itself_is_its_actor1(nlp_fr):
    text = "Une vingtaine de civils ont été tués lundi dans une frappe aérienne russe contre un marché de Hajin."
    r = report(nlp_fr, text, "fr", places=[("Hajin", HAJIN)], published=DAY,
               actors=[("civils", "Civilians (Syria)", 7, "civilians"),
                       ("frappe aérienne russe", "Military Forces of Russia (2000-)", 8, "state_forces")])
    (e,) = STAGE(r).events
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Air/drone strike", "Military Forces of Russia (2000-)",
                                                      "Civilians (Syria)")
