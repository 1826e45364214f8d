"""A sentence telling only deaths after an event ("le bilan s'est alourdi", "killed in the
attack") gives that event's toll, not a second event; deaths with an attacker and a date of
their own, or elsewhere, stay events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 5, 10)
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
MENAKA = place("Ménaka", "ML", "Mali", 15.92, 2.4, "Ménaka")
KADUNA = place("Kaduna", "NG", "Nigeria", 10.52, 7.44, "Kaduna")
STAGE = EventsStage(sources_for=lambda r, s: ())


def test_revised_toll_is_the_earlier_events_toll_fr(nlp_fr):
    text = ("Des jihadistes ont attaqué lundi un poste de l'armée près de Gao. "
            "Le bilan s'est alourdi : douze soldats ont été tués, selon l'armée.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("Gao", GAO)], numbers=[("douze", 12, "killed")], published=DAY,
                     times=[("lundi", dt.date(2023, 5, 8), 1)]))
    assert len(r.events) == 1 and r.events[0].fatalities == 12
    assert any("toll of the event told before" in c.reason and "bilan" in c.reason for c in r.claims)


def test_deaths_with_nothing_of_their_own_are_the_earlier_events_toll_fr(nlp_fr):
    text = ("Des jihadistes ont attaqué mardi un poste de l'armée près de Gao. "
            "Selon une ONG, au moins huit soldats ont été tués à Gao.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("Gao", GAO)] * 2, numbers=[("huit", 8, "killed")], published=DAY))
    assert [(e.sub_event_type, e.fatalities) for e in r.events] == [("Armed clash", 8)]
    assert any("no attacker, date or place of its own" in c.reason for c in r.claims)


def test_deaths_elsewhere_or_with_attacker_and_date_are_new_events_fr(nlp_fr):
    text = ("Des jihadistes ont attaqué lundi un poste de l'armée près de Gao. "
            "Mercredi, trois civils ont été tués par des hommes armés à Ménaka.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("Gao", GAO), ("Ménaka", MENAKA)], published=DAY,
                     actors=[("hommes armés", "Unidentified Armed Group (Mali)", 3)]))
    assert len(r.events) == 2
    text = ("Des jihadistes ont attaqué lundi un poste de l'armée près de Gao. "
            "Mercredi, des hommes armés ont tué deux bergers près de Gao.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("Gao", GAO), ("Gao", GAO)], published=DAY,
                     actors=[("hommes armés", "Unidentified Armed Group (Mali)", 3)],
                     times=[("lundi", dt.date(2023, 5, 8), 1), ("Mercredi", dt.date(2023, 5, 10), 1)]))
    assert len(r.events) == 2


def test_killed_in_the_attack_and_toll_rose_are_its_toll_en(nlp_en):
    for second in ("Nine officers were killed in the attack on the post near Kaduna, police said.",
                   "The death toll rose on Tuesday: nine officers were killed, police said."):
        text = "Militants attacked a police post near Kaduna on Monday. " + second
        r = STAGE(report(nlp_en, text, "en", places=[("Kaduna", KADUNA)] * text.count("Kaduna"),
                         numbers=[("ine officers", 9, "killed")], published=DAY))
        assert [(e.sub_event_type, e.fatalities) for e in r.events] == [("Armed clash", 9)], second

