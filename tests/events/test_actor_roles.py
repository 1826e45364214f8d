"""Who acted and who was targeted: defence verbs, passives with the agent's group,
participles that name the attacker or the victims, a generic noun for a named group, and a
retold event folded into the first telling. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import events_with, place

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 3, 9)
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())
MONGUNO = place("Monguno", "NG", "Nigeria", 12.67, 13.61, "Borno")
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
FASHER = place("El Fasher", "SD", "Sudan", 13.63, 25.35, "North Darfur")
BENI = place("Beni", "CD", "Democratic Republic of Congo", 0.49, 29.47, "North Kivu")
HAJIN = place("Hajin", "SY", "Syria", 34.69, 40.83, "Deir ez-Zor")

ISWAP = ("Islamic State West Africa Province", 2, "rebel_group")
NIGERIA_ARMY = ("Military Forces of Nigeria (2015-2023)", 1, "state_forces")
JNIM = ("JNIM: Group for Support of Islam and Muslims", 2, "rebel_group")
MALI_ARMY = ("Military Forces of Mali (2021-)", 1, "state_forces")
RSF = ("Rapid Support Forces", 2, "rebel_group")
SDF = ("SDF: Syrian Democratic Forces", 2, "rebel_group")
IS = ("Islamic State (Syria)", 2, "rebel_group")


def _events(nlp, text, language, places, actors, numbers=()):
    return events_with(STAGE, nlp, text, language, places, actors, DAY, numbers)


@pytest.mark.parametrize("text, army, group", [
    ("Nigerian soldiers repelled an assault by ISWAP fighters on their base in Monguno on Tuesday.",
     "Nigerian soldiers", "ISWAP"),
    ("Les soldats nigérians ont repoussé mardi une attaque de l'ISWAP contre leur base de Monguno.",
     "soldats nigérians", "ISWAP"),
])
def test_the_subject_of_a_defence_verb_was_attacked(nlp_fr, nlp_en, text, army, group):
    nlp, lang = (nlp_en, "en") if text.startswith("Nigerian") else (nlp_fr, "fr")
    (e,) = _events(nlp, text, lang, [("Monguno", MONGUNO)], [(army, NIGERIA_ARMY), (group, ISWAP)])
    assert (e.actor1, e.actor2) == (ISWAP[0], NIGERIA_ARMY[0])


def test_a_passive_whose_agent_is_a_generic_noun_of_a_named_group(nlp_fr):
    text = "Un convoi de l'armée malienne a été attaqué mardi près de Gao par des combattants du JNIM."
    (e,) = _events(nlp_fr, text, "fr", [("Gao", GAO)], [("armée malienne", MALI_ARMY), ("JNIM", JNIM)])
    assert (e.actor1, e.actor2, e.location) == (JNIM[0], MALI_ARMY[0], "Gao")


def test_weapons_fired_by_a_group_and_the_victims_of_a_killing_participle(nlp_en):
    text = "Mortar rounds fired by the RSF hit a market in El Fasher on Monday, killing six civilians."
    (e,) = _events(nlp_en, text, "en", [("El Fasher", FASHER)],
                   [("RSF", RSF), ("civilians", ("Civilians (Sudan)", 7, "civilians"))])
    assert (e.actor1, e.actor2) == ("Rapid Support Forces", "Civilians (Sudan)")


def test_a_generic_noun_of_a_named_group_is_that_group(nlp_en):
    text = "Militants of the Allied Democratic Forces raided a village near Beni on Sunday, killing nine farmers."
    adf = ("ADF: Allied Democratic Forces", 2, "rebel_group")
    (e,) = _events(nlp_en, text, "en", [("Beni", BENI)],
                   [("Militants", (None, None, "armed_group")), ("Allied Democratic Forces", adf),
                    ("farmers", ("Civilians (Democratic Republic of Congo)", 7, "civilians"))])
    assert e.actor1 == adf[0]


def test_the_fighting_of_a_takeover_retold_in_the_town_is_the_takeover(nlp_fr):
    text = ("Les FDS ont pris le contrôle de Hajin samedi, chassant l'Etat islamique. "
            "Au moins douze jihadistes ont été tués lors des derniers combats dans la ville.")
    events = _events(nlp_fr, text, "fr", [("Hajin", HAJIN)],
                     [("FDS", SDF), ("Etat islamique", IS), ("jihadistes", IS)], numbers=[("douze", 12, "killed")])
    assert [(e.sub_event_type, e.location) for e in events] == [("Non-state actor overtakes territory", "Hajin")]
    assert events[0].fatalities == 12


def test_a_definite_event_noun_in_the_town_retells_the_strike(nlp_en):
    text = ("Drones struck a weapons depot in Hajin on Monday. "
            "The strikes also hit a checkpoint of the SDF on the edge of the town.")
    events = _events(nlp_en, text, "en", [("Hajin", HAJIN)], [("SDF", SDF)])
    assert [(e.sub_event_type, e.location) for e in events] == [("Air/drone strike", "Hajin")]
    assert events[0].actor2 == SDF[0]  # the retelling's detail is folded into the first telling
