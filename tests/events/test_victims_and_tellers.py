"""actor2 told outside the trigger's own parse: the passive subject of a harm verb is the
target ("Two soldiers were killed when a bomb exploded"), never the author, and another
mention of that group is not its attacker either; the inverted subject of an incise
("…, a indiqué la police") tells the event; the agent of a participle hanging from the
trigger's noun modifier ("une attaque au mortier menée par…") attacked. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import events_with, place

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 3, 9)
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())
KIRKUK = place("Kirkouk", "IQ", "Iraq", 35.47, 44.39, "Kirkuk")
MOSUL = place("Mosul", "IQ", "Iraq", 36.34, 43.13, "Nineveh")
IRAQ_ARMY = ("Military Forces of Iraq (2022-)", 1, "state_forces")
IRAQ_POLICE = ("Police Forces of Iraq (2022-)", 1, "state_forces")
CIVILIANS = ("Civilians (Iraq)", 7, "civilians")
IS = ("Islamic State (Iraq)", 2, "rebel_group")


def _events(nlp, text, language, places, actors, numbers=()):
    return events_with(STAGE, nlp, text, language, places, actors, DAY, numbers)


def test_soldiers_killed_when_a_bomb_exploded_are_its_target(nlp_en):
    text = ("Three Iraqi soldiers were killed on Tuesday when an explosive device went off beside "
            "their truck near Mosul, officials said.")
    (e,) = _events(nlp_en, text, "en", [("Mosul", MOSUL)], [("Iraqi soldiers", IRAQ_ARMY)])
    assert e.actor2 == IRAQ_ARMY[0]
    assert e.actor1 != IRAQ_ARMY[0]  # the victims are not the bombers


def test_victims_named_twice_are_not_their_own_attackers(nlp_fr):
    text = ("Six civils, dont trois enfants, ont été tués mercredi lorsque leur voiture a roulé sur "
            "une mine près de Kirkouk, selon des sources locales.")
    (e,) = _events(nlp_fr, text, "fr", [("Kirkouk", KIRKUK)],
                   [("civils", CIVILIANS), ("enfants", CIVILIANS)])
    assert e.actor2 == CIVILIANS[0]
    assert e.actor1 == "Unidentified Armed Group (Iraq)"


def test_the_police_telling_a_grenade_attack_is_not_its_target(nlp_fr):
    text = ("Une grenade a été lancée samedi soir dans un café de Kirkouk, blessant quatre personnes, "
            "a précisé la police locale.")
    (e,) = _events(nlp_fr, text, "fr", [("Kirkouk", KIRKUK)],
                   [("personnes", CIVILIANS), ("la police", IRAQ_POLICE)])
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Iraq)", CIVILIANS[0])


def test_the_group_of_the_agent_of_a_participle_on_the_trigger_attacked(nlp_fr):
    text = ("Deux soldats ont été tués lundi lors d'une attaque menée par des combattants de l'Etat "
            "islamique contre un poste de l'armée irakienne près de Kirkouk.")
    (e,) = _events(nlp_fr, text, "fr", [("Kirkouk", KIRKUK)],
                   [("Etat islamique", IS), ("armée irakienne", IRAQ_ARMY)])
    assert (e.actor1, e.actor2) == (IS[0], IRAQ_ARMY[0])
