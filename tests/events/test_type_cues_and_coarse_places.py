"""ACLED sub-event decisions from the sentence's cue words, events placed only at a country,
and statements that retell an earlier event. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 4, 12)
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
BAMAKO = place("Bamako", "ML", "Mali", 12.65, -8.0, "Bamako")
MALI = place("Mali", "ML", "Mali", 17.0, -4.0, kind="country")
IRAQ = place("Iraq", "IQ", "Iraq", 33.0, 44.0, kind="country")
MOSUL = place("Mosul", "IQ", "Iraq", 36.34, 43.13, "Nineveh")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, language: str = "fr", **kw):
    kw.setdefault("published", DAY)
    return STAGE(report(nlp, text, language, **kw))


def types(r) -> list[str]:
    return [e.sub_event_type for e in r.events]


# --- 1. the sub-event type from the sentence's cue words

def test_attack_on_a_post_is_a_battle_even_when_the_garrison_is_coded_as_civilians(nlp_fr):
    # a self-defence militia described as "civil" auxiliaries: the actors stage may code them as
    # civilians, but an attack on a post is a battle between armed groups (ACLED: Armed clash)
    text = "Des hommes armés ont attaqué lundi un poste de ces supplétifs civils près de Gao."
    r = run(nlp_fr, text, places=[("Gao", GAO)],
            actors=[("hommes armés", "Unidentified Armed Group (Mali)", 3), ("supplétifs civils", "Civilians (Mali)", 7)])
    assert types(r) == ["Armed clash"]


def test_attack_on_a_village_stays_one_sided_violence(nlp_fr):
    text = "Des hommes armés ont attaqué lundi un village près de Gao et tué quatre habitants."
    r = run(nlp_fr, text, places=[("Gao", GAO)],
            actors=[("hommes armés", "Unidentified Armed Group (Mali)", 3), ("habitants", "Civilians (Mali)", 7)])
    assert types(r) == ["Attack"]


def test_a_crowd_burning_with_stones_is_a_riot_not_looting(nlp_fr):
    text = "Des jeunes en colère ont incendié mardi la mairie de Gao après avoir jeté des pierres sur les policiers."
    assert types(run(nlp_fr, text, places=[("Gao", GAO)])) == ["Violent demonstration"]


def test_an_armed_group_burning_houses_is_still_property_destruction(nlp_fr):
    text = "Des hommes armés ont incendié mardi une dizaine de maisons à Gao."
    r = run(nlp_fr, text, places=[("Gao", GAO)], actors=[("hommes armés", "Unidentified Armed Group (Mali)", 3)])
    assert types(r) == ["Looting/property destruction"]


def test_burning_tyres_is_a_riot_in_english(nlp_en):
    text = "On Monday, angry residents burned tyres on the main road in Gao to denounce the power cuts."
    assert types(run(nlp_en, text, "en", places=[("Gao", GAO)])) == ["Violent demonstration"]


def test_a_mine_that_kills_civilians_is_a_remote_explosive_not_an_attack(nlp_fr):
    text = "Quatre bergers ont été tués jeudi près de Gao lorsque leur charrette a sauté sur une mine."
    r = run(nlp_fr, text, places=[("Gao", GAO)], actors=[("bergers", "Civilians (Mali)", 7)])
    assert types(r) == ["Remote explosive/landmine/IED"]


def test_a_landmine_that_kills_farmers_is_a_remote_explosive_in_english(nlp_en):
    text = "Three farmers were killed near Gao on Friday when their cart hit a landmine."
    r = run(nlp_en, text, "en", places=[("Gao", GAO)], actors=[("farmers", "Civilians (Mali)", 7)])
    assert types(r) == ["Remote explosive/landmine/IED"]


def test_shells_that_kill_civilians_are_shelling_with_civilian_targeting(nlp_fr):
    text = "Trois civils ont été tués mardi à Gao lorsque plusieurs obus sont tombés sur le marché."
    r = run(nlp_fr, text, places=[("Gao", GAO)], actors=[("civils", "Civilians (Mali)", 7)])
    (e,) = r.events
    assert e.sub_event_type == "Shelling/artillery/missile attack"
    assert e.civilian_targeting == "Civilian targeting"


# --- 3. events at a country: the town the text names, else not coded

def test_an_event_told_only_at_a_country_is_a_claim(nlp_fr):
    text = "Des combats ont opposé lundi l'armée à des jihadistes au Mali."
    r = run(nlp_fr, text, places=[("Mali", MALI)])
    assert r.events == ()
    (c,) = r.claims
    assert "country" in c.reason


def test_a_country_level_event_takes_the_town_of_the_sentence_before_in_the_paragraph(nlp_en):
    text = ("Gunmen stormed a checkpoint near Mosul on Tuesday. "
            "Security forces in Iraq arrested four suspects on Wednesday.")
    r = run(nlp_en, text, "en", places=[("Mosul", MOSUL), ("Iraq", IRAQ)],
            actors=[("Security forces", "Military Forces of Iraq (2022-)", 1)])
    arrests = [e for e in r.events if e.sub_event_type == "Arrests"]
    assert [e.location for e in arrests] == ["Mosul"]


def test_a_town_of_another_paragraph_or_country_is_not_taken(nlp_en):
    text = ("Gunmen stormed a checkpoint near Gao on Tuesday.\n\n"
            "Security forces in Iraq arrested four suspects on Wednesday.")
    r = run(nlp_en, text, "en", places=[("Gao", GAO), ("Iraq", IRAQ)],
            actors=[("Security forces", "Military Forces of Iraq (2022-)", 1)])
    assert "Arrests" not in types(r)
    assert any(c.reason.startswith("placed only at a country") for c in r.claims)


def test_the_attack_retold_at_country_level_folds_into_the_event_told_before(nlp_en):
    text = ("Militants attacked an army post near Gao on Monday, killing three soldiers. "
            "The attack was one of the deadliest in Mali this year.")
    r = run(nlp_en, text, "en", places=[("Gao", GAO), ("Mali", MALI)],
            actors=[("Militants", "Unidentified Armed Group (Mali)", 3), ("soldiers", "Military Forces of Mali (2021-)", 1)])
    assert [(e.sub_event_type, e.location) for e in r.events] == [("Armed clash", "Gao")]


# --- 2. "the attack came a month after …": the event told before, not a new one

def test_the_attack_came_after_is_not_a_second_event(nlp_en):
    text = ("Militants attacked an army post near Gao on Monday, killing three soldiers. "
            "The attack came a week after the coup in Bamako.")
    r = run(nlp_en, text, "en", places=[("Gao", GAO), ("Bamako", BAMAKO)],
            actors=[("Militants", "Unidentified Armed Group (Mali)", 3), ("soldiers", "Military Forces of Mali (2021-)", 1)])
    assert [e.location for e in r.events] == ["Gao"]
    assert any(c.reason.startswith("retells") for c in r.claims)


def test_ces_frappes_surviennent_apres_leaves_the_other_event_of_the_sentence(nlp_fr):
    text = ("Un drone a frappé jeudi un véhicule près de Gao. "
            "Ces frappes surviennent après l'enlèvement de deux bergers à Bamako par des hommes armés.")
    r = run(nlp_fr, text, places=[("Gao", GAO), ("Bamako", BAMAKO)])
    assert sorted((e.sub_event_type, e.location) for e in r.events) == [
        ("Abduction/forced disappearance", "Bamako"), ("Air/drone strike", "Gao")]


# --- 5. a withdrawal is a transfer of territory only when the text says who takes over

def test_a_withdrawal_alone_is_not_a_transfer_of_territory(nlp_fr):
    text = "Les soldats français se sont retirés lundi de leur base de Gao."
    r = run(nlp_fr, text, places=[("Gao", GAO)], actors=[("soldats français", "Military Forces of France (2017-)", 8)])
    assert r.events == ()


def test_a_withdrawal_with_a_handover_is_a_transfer_of_territory(nlp_fr):
    text = "Les soldats français se sont retirés lundi de leur base de Gao, remise à l'armée malienne."
    r = run(nlp_fr, text, places=[("Gao", GAO)], actors=[("soldats français", "Military Forces of France (2017-)", 8),
                                                        ("armée malienne", "Military Forces of Mali (2021-)", 1)])
    assert types(r) == ["Non-violent transfer of territory"]


def test_a_withdrawal_handed_over_in_english(nlp_en):
    text = "UN peacekeepers withdrew from their camp in Gao on Monday, which the army took over."
    r = run(nlp_en, text, "en", places=[("Gao", GAO)])
    assert types(r) == ["Non-violent transfer of territory"]
    r = run(nlp_en, "UN peacekeepers withdrew from their camp in Gao on Monday.", "en", places=[("Gao", GAO)])
    assert r.events == ()


def test_an_attack_on_neighbourhoods_by_unnamed_gangs_is_violence_against_civilians(nlp_fr):
    # no actor is coded as the target, but the target named is a civilian one
    text = "Quatre personnes ont été tuées dimanche lors d'une attaque de gangs contre plusieurs quartiers de Gao."
    assert types(run(nlp_fr, text, places=[("Gao", GAO)])) == ["Attack"]
