"""Who acted, told in ways the verb does not: a claim of responsibility names the author of
the attack claimed; "clashes between X and Y" gives both sides; "the abduction of two herders
by gunmen" gives the agent of an action noun and its victims. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import events_with, place

pytestmark = pytest.mark.slow

DAY = dt.date(2024, 3, 12)
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())
TESSIT = place("Tessit", "ML", "Mali", 15.93, 0.3, "Gao")
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
DJIBO = place("Djibo", "BF", "Burkina Faso", 14.1, -1.63, "Sahel")
GUNMEN = ("Unidentified Armed Group (Mali)", 3, "unidentified_armed_group")
CIVILIANS = ("Civilians (Mali)", 7, "civilians")
IS = ("Islamic State (Sahel)", 2, "rebel_group")
JNIM = ("JNIM: Group for Support of Islam and Muslims", 2, "rebel_group")
ARMY = ("Military Forces of Mali (2021-)", 1, "state_forces")


def _events(nlp, text, language, places, actors, numbers=()):
    return events_with(STAGE, nlp, text, language, places, actors, DAY, numbers)


def test_a_passive_claim_in_the_next_sentence_names_the_attacker(nlp_fr):
    text = ("Des hommes armés ont attaqué lundi le village de Tessit, tuant six civils. "
            "L'attaque a été revendiquée par l'Etat islamique.")
    (e,) = _events(nlp_fr, text, "fr", [("Tessit", TESSIT)],
                   [("hommes armés", GUNMEN), ("civils", CIVILIANS), ("Etat islamique", IS)])
    assert (e.actor1, e.actor2, e.inter1) == (IS[0], CIVILIANS[0], 2)


def test_a_group_claiming_responsibility_in_english(nlp_en):
    text = "Gunmen killed five villagers in Gao on Monday. JNIM claimed responsibility for the attack."
    (e,) = _events(nlp_en, text, "en", [("Gao", GAO)],
                   [("Gunmen", GUNMEN), ("villagers", CIVILIANS), ("JNIM", JNIM)])
    assert (e.actor1, e.actor2) == (JNIM[0], CIVILIANS[0])


def test_claiming_something_else_or_a_named_author_changes_nothing(nlp_fr):
    text = ("Des hommes armés ont attaqué lundi le village de Djibo. "
            "Le JNIM revendique le contrôle de la région.")
    (e,) = _events(nlp_fr, text, "fr", [("Djibo", DJIBO)], [("hommes armés", GUNMEN), ("JNIM", JNIM)])
    assert e.actor1 == GUNMEN[0]
    text = "L'armée malienne a attaqué lundi le village de Tessit. L'attaque a été revendiquée par le JNIM."
    (e,) = _events(nlp_fr, text, "fr", [("Tessit", TESSIT)], [("armée malienne", ARMY), ("JNIM", JNIM)])
    assert e.actor1 == ARMY[0]


@pytest.mark.parametrize("lang, text, first, second", [
    ("fr", "De violents affrontements entre l'armée malienne et le JNIM ont eu lieu lundi près de Gao.",
     "armée malienne", "JNIM"),
    ("fr", "Des affrontements entre le JNIM et l'armée malienne ont eu lieu lundi près de Gao.",
     "JNIM", "armée malienne"),
    ("en", "Clashes between the Malian army and JNIM fighters were reported on Monday near Gao.",
     "Malian army", "JNIM"),
])
def test_clashes_between_two_sides(nlp_fr, nlp_en, lang, text, first, second):
    nlp = nlp_fr if lang == "fr" else nlp_en
    entries = {"armée malienne": ARMY, "Malian army": ARMY, "JNIM": JNIM}
    (e,) = _events(nlp, text, lang, [("Gao", GAO)], [(s, entries[s]) for s in sorted((first, second), key=text.index)])
    assert (e.actor1, e.actor2) == (entries[first][0], entries[second][0])


@pytest.mark.parametrize("lang, text, victims, agent", [
    ("fr", "On a signalé lundi l'enlèvement de deux bergers par des hommes armés près de Gao.", "bergers", "hommes armés"),
    ("en", "The abduction of two herders by gunmen was reported on Monday near Gao.", "herders", "gunmen"),
])
def test_the_agent_of_an_action_noun_acts_on_its_complement(nlp_fr, nlp_en, lang, text, victims, agent):
    nlp = nlp_fr if lang == "fr" else nlp_en
    (e,) = _events(nlp, text, lang, [("Gao", GAO)], [(victims, CIVILIANS), (agent, GUNMEN)])
    assert (e.actor1, e.actor2) == (GUNMEN[0], CIVILIANS[0])


def test_without_an_agent_the_complement_of_an_action_noun_is_still_its_author(nlp_fr):
    (e,) = _events(nlp_fr, "L'attaque du JNIM contre l'armée malienne a eu lieu lundi près de Gao.", "fr",
                   [("Gao", GAO)], [("JNIM", JNIM), ("armée malienne", ARMY)])
    assert (e.actor1, e.actor2) == (JNIM[0], ARMY[0])


@pytest.mark.parametrize("lang, text, teller", [
    ("en", "A mob beat a man to death at a market in Gao on Wednesday, police said.", "police"),
    ("fr", "Une foule a lynché un homme mercredi sur un marché de Gao, a indiqué la police.", "la police"),
])
def test_the_teller_of_an_event_takes_no_part_in_it(nlp_fr, nlp_en, lang, text, teller):
    nlp = nlp_fr if lang == "fr" else nlp_en
    police = ("Police Forces of Mali (2021-)", 1, "state_forces")
    events = _events(nlp, text, lang, [("Gao", GAO)], [(teller, police)])
    assert events and all(police[0] not in (e.actor1, e.actor2) for e in events)


def test_fighting_that_pits_two_sides_against_each_other(nlp_fr):
    text = "Des combats ont opposé l'armée malienne et le JNIM lundi près de Gao."
    (e,) = _events(nlp_fr, text, "fr", [("Gao", GAO)], [("armée malienne", ARMY), ("JNIM", JNIM)])
    assert (e.actor1, e.actor2) == (ARMY[0], JNIM[0])


def test_the_crowd_comes_first_and_a_peaceful_protest_has_no_second_actor(nlp_fr):
    police = ("Police Forces of Mali (2021-)", 1, "state_forces")
    text = "La police a dispersé lundi une manifestation à Gao."
    (e,) = _events(nlp_fr, text, "fr", [("Gao", GAO)], [("La police", police)])
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Protest with intervention", "Protesters (Mali)", police[0])
    text = "Des centaines d'habitants ont manifesté lundi à Gao pour exiger le départ des soldats."
    (e,) = _events(nlp_fr, text, "fr", [("Gao", GAO)], [("habitants", CIVILIANS), ("soldats", ARMY)])
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Peaceful protest", "Protesters (Mali)", None)
