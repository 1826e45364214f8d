"""Announced and future-in-the-past events are plans, not events; the same verbs telling a
past fact stay events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2024, 3, 5)
NIAMEY = place("Niamey", "NE", "Niger", 13.51, 2.11, "Niamey")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, language: str = "fr"):
    return STAGE(report(nlp, text, language, places=[("Niamey", NIAMEY)], published=DAY))


def test_conditional_in_reported_speech_is_a_plan_fr(nlp_fr):
    r = run(nlp_fr, "Les syndicats ont indiqué qu'ils organiseraient jeudi une marche à Niamey.")
    assert r.events == () and [c.modality for c in r.claims] == ["planned"]
    assert "future in the past" in r.claims[0].reason


def test_irregular_conditional_stem_is_a_plan_fr(nlp_fr):
    r = run(nlp_fr, "Les étudiants ont prévenu qu'ils feraient grève et manifesteraient lundi à Niamey.")
    assert r.events == () and all(c.modality == "planned" for c in r.claims)


def test_imperfect_of_an_r_stem_verb_is_not_a_conditional_fr(nlp_fr):
    # "déclarait", "tiraient": an imperfect ending on a stem ending in r, not a conditional
    r = run(nlp_fr, "Des témoins ont raconté que des hommes armés tiraient sur les passants à Niamey.")
    assert [c.reason for c in r.claims if "future in the past" in c.reason] == []


def test_passive_announcement_is_scheduled_fr(nlp_fr):
    r = run(nlp_fr, "De nouvelles manifestations contre la vie chère sont annoncées à Niamey.")
    assert r.events == () and [c.modality for c in r.claims] == ["planned"]
    assert "annonc" in r.claims[0].reason


def test_past_passive_announcement_is_still_an_event_fr(nlp_fr):
    r = run(nlp_fr, "Une manifestation a été dispersée mardi à Niamey, ont annoncé les autorités.")
    assert [e.sub_event_type for e in r.events] == ["Protest with intervention"]


def test_would_and_due_are_plans_en(nlp_en):
    r = run(nlp_en, "Organisers said a rally against the junta would be held in Niamey on Friday.", "en")
    assert r.events == () and [c.modality for c in r.claims] == ["planned"]
    r = run(nlp_en, "Opposition supporters were due to protest in Niamey on Saturday.", "en")
    assert r.events == () and [c.modality for c in r.claims] == ["planned"]
