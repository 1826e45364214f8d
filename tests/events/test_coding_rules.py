"""ACLED coder's rules on hand-written sentences: tolls, unnamed actors, demonyms, one
statement one event. None of these sentences comes from the demo corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from eventdesk.events.taxonomy import lookup
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2022, 5, 18)
MAYADIN = place("Al Mayadin", "SY", "Syria", 35.02, 40.45, "Deir ez-Zor")
ALEPPO = place("Aleppo", "SY", "Syria", 36.2, 37.16, "Aleppo")
RUSSIA = place("Russia", "RU", "Russia", 60.0, 100.0, kind="country")
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, language: str = "fr", **kw):
    kw.setdefault("published", DAY)
    return STAGE(report(nlp, text, language, **kw))


def test_non_lethal_types_say_zero_and_violent_ones_stay_unknown():
    assert lookup("Peaceful protest").non_lethal and lookup("Arrests").non_lethal
    assert not lookup("Attack").non_lethal and not lookup("Air/drone strike").non_lethal


def test_a_protest_crowd_is_protesters_and_nobody_died(nlp_fr):
    text = "Des centaines d'habitants ont manifesté pacifiquement jeudi à Mayadine contre la vie chère."
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)], actors=[("habitants", "Civilians (Syria)", 7, "civilians")])
    (e,) = r.events
    assert e.sub_event_type == "Peaceful protest"
    assert (e.actor1, e.inter1) == ("Protesters (Syria)", 6)
    assert e.fatalities == 0 and e.evidence["fatalities"] == e.evidence["sub_event_type"]


def test_count_is_killed_when_its_noun_is_the_subject_of_a_killing_verb(nlp_fr):
    # the words between "Six bergers" and "tués" defeat a word window; the parse links them
    text = "Six bergers, dont un adolescent, ont été tués mercredi par l'explosion d'une mine près de Mayadine."
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)], numbers=[("Six", 6, "other")])
    (e,) = r.events
    assert e.fatalities == 6 and e.evidence["fatalities"].text == "Six"


def test_unnamed_bomber_is_an_unidentified_armed_group_of_the_country(nlp_fr):
    text = "Six bergers, dont un adolescent, ont été tués mercredi par l'explosion d'une mine près de Mayadine."
    (e,) = run(nlp_fr, text, places=[("Mayadine", MAYADIN)]).events
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert (e.actor1, e.inter1) == ("Unidentified Armed Group (Syria)", 3)


def test_unnamed_air_strike_is_unidentified_military_forces_but_a_named_one_is_kept(nlp_fr):
    text = "Des drones ont frappé lundi un véhicule à Mayadine."
    (e,) = run(nlp_fr, text, places=[("Mayadine", MAYADIN)]).events
    assert (e.actor1, e.inter1) == ("Unidentified Military Forces", 8)
    text = "Des drones de la coalition ont frappé lundi un véhicule à Mayadine."
    (e,) = run(nlp_fr, text, places=[("Mayadine", MAYADIN)],
               actors=[("coalition", "Global Coalition Against Daesh", 8)]).events
    assert e.actor1 == "Global Coalition Against Daesh"


def test_toll_told_after_the_lead_and_not_past_the_next_statement(nlp_fr):
    text = ("Un obus de mortier est tombé lundi sur un marché de Mayadine, selon des témoins. "
            "Personne n'a été tué, mais trois passants ont été blessés. "
            "Le même jour, des avions ont bombardé un dépôt de carburant à Alep. "
            "Dix gardiens ont trouvé la mort.")
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN), ("Alep", ALEPPO)],
            numbers=[("Personne n'a été tué", 0, "killed"), ("trois", 3, "injured"), ("Dix", 10, "killed")])
    by_place = {e.location: e for e in r.events}
    assert by_place["Al Mayadin"].fatalities == 0  # not 3 injured, not Aleppo's 10
    assert by_place["Aleppo"].fatalities == 10


def test_a_nationality_is_not_the_place_of_the_event(nlp_fr):
    text = "Des avions russes ont bombardé lundi des positions rebelles."
    r = run(nlp_fr, text, places=[("russes", RUSSIA)])
    assert r.events == () and any("no place" in c.reason for c in r.claims)


def test_a_hyphenated_origin_is_not_the_place_of_the_event(nlp_en):
    text = "A London-based monitor said the drones struck a depot on Monday."
    r = run(nlp_en, text, "en", places=[("London", place("London", "GB", "United Kingdom", 51.5, -0.12))])
    assert all(e.country != "United Kingdom" for e in r.events)


def test_one_statement_is_one_event(nlp_en):
    text = "Soldiers clashed with militants near the headquarters of the governor in Gao on Monday."
    r = run(nlp_en, text, "en", places=[("Gao", GAO)])
    assert [e.sub_event_type for e in r.events] == ["Armed clash"]


def test_a_vague_aggregate_after_the_lead_is_not_its_toll(nlp_en):
    from eventdesk.records import NumberMention, Span
    from eventdesk.events.tolls import following_toll

    lead, later = Span(0, 40, "x"), Span(41, 90, "y")
    vague = NumberMention(Span(45, 56, "hundreds of"), 100, kind="killed", rule="vague kind killed")
    exact = NumberMention(Span(60, 63, "two"), 2, kind="killed", rule="words kind killed")
    assert following_toll(lead, [lead, later], set(), set(), [vague]) is None
    assert following_toll(lead, [lead, later], set(), set(), [vague, exact]).value == 2
    assert following_toll(lead, [lead, later], set(), {later}, [exact]) is None  # declined sentence
