"""Round-4 rules on hand-written sentences: a locative in the surface text places an event the
parse fails to link; a route or origin word does not; a negative subject denies the event."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2021, 3, 2)
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, language: str):
    return STAGE(report(nlp, text, language, places=[("Gao", GAO)], published=DAY))


def test_place_behind_a_phrasal_trigger_en(nlp_en):
    # "set fire to": the "to" belongs to the trigger, the school is "in Gao"
    r = run(nlp_en, "Separatist fighters set fire to a government secondary school in Gao on Monday.", "en")
    assert [e.location for e in r.events] == ["Gao"], r.claims


def test_place_after_a_hyphenated_compound_fr(nlp_fr):
    r = run(nlp_fr, "Une frappe de drone a visé lundi un véhicule près du poste-frontière de Gao.", "fr")
    assert [(e.sub_event_type, e.location) for e in r.events] == [("Air/drone strike", "Gao")], r.claims


def test_place_of_origin_still_not_the_location_en(nlp_en):
    r = run(nlp_en, "Militants attacked a convoy of trucks coming from Gao on Monday.", "en")
    assert r.events == () and r.claims, r.events


@pytest.mark.parametrize(("text", "language"), [
    ("Nobody was killed in Gao on Monday.", "en"),
    ("No one was killed in the attack in Gao on Monday.", "en"),
    ("Personne n'a été tué lundi à Gao.", "fr"),
])
def test_negative_subject_denies(nlp_en, nlp_fr, text, language):
    r = run(nlp_en if language == "en" else nlp_fr, text, language)
    assert r.events == () and {c.modality for c in r.claims} == {"denied"}, (r.events, r.claims)


def test_personne_without_ne_is_a_person(nlp_fr):
    r = run(nlp_fr, "Une personne a été tuée lundi à Gao par des hommes armés.", "fr")
    assert [e.location for e in r.events] == ["Gao"], r.claims
