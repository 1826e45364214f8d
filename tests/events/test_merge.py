"""Merging mentions of one event: same type, place and day → one Event with each source's version."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventdesk.events.merge import merge_events
from eventdesk.records import SourceMention, Span
from tests.conftest import make_event

DAY = dt.date(2020, 1, 9)


def israeli_jets():
    return make_event(event_id_cnty="SYR1", actor1="Military Forces of Israel (1948-)", inter1=8, actor2=None,
                      inter2=None, interaction=80, fatalities=None, source="Le Quotidien; Al Mayadeen",
                      sources=(SourceMention(Span(5, 16, "al-Miyadin"), "Al Mayadeen"),), article_ids=("a1",),
                      event_date=DAY, modality="reported", confidence=0.7,
                      evidence={"actor1": Span(40, 58, "avions israéliens")})


def unknown_jets():
    return make_event(event_id_cnty="SYR2", actor1="Unidentified Military Forces", inter1=8, actor2=None,
                      inter2=None, interaction=80, fatalities=5, source="Le Quotidien; SOHR",
                      sources=(SourceMention(Span(90, 96, "l'OSDH"), "SOHR"),), article_ids=("a1",),
                      event_date=DAY, modality="alleged", confidence=0.5,
                      evidence={"actor1": Span(120, 137, "avions anonymes"), "fatalities": Span(150, 154, "cinq")})


def test_two_sources_one_event_both_versions_kept():
    (merged,) = merge_events([israeli_jets(), unknown_jets()])
    assert merged.actor1 == "Military Forces of Israel (1948-)"  # the surer, more complete mention leads
    assert {v["actor1"] for v in merged.versions} == {"Military Forces of Israel (1948-)",
                                                      "Unidentified Military Forces"}
    assert {v["source"] for v in merged.versions} == {"Le Quotidien; Al Mayadeen", "Le Quotidien; SOHR"}
    assert merged.source == "Le Quotidien; Al Mayadeen; SOHR"
    assert {s.name for s in merged.sources} == {"Al Mayadeen", "SOHR"}
    assert merged.fatalities == 5 and merged.evidence["fatalities"].text == "cinq"
    assert merged.modality == "reported"
    assert "(Al Mayadeen; SOHR)" in merged.notes


def test_most_conservative_fatalities_across_versions():
    a = dataclasses.replace(unknown_jets(), fatalities=12, evidence={"fatalities": Span(1, 3, "12")})
    (merged,) = merge_events([a, unknown_jets()])
    assert merged.fatalities == 5


def test_different_day_type_or_place_stay_apart():
    base = israeli_jets()
    other_day = dataclasses.replace(base, event_date=DAY + dt.timedelta(days=3), article_ids=("a2",))
    other_type = dataclasses.replace(base, sub_event_type="Shelling/artillery/missile attack")
    other_place = dataclasses.replace(base, location="Al Qaim", latitude=34.37, longitude=41.09)
    assert len(merge_events([base, other_day, other_type, other_place])) == 4


def test_unplaced_events_merge_only_within_an_article():
    a = dataclasses.replace(israeli_jets(), location=None, latitude=None, longitude=None)
    b = dataclasses.replace(a, article_ids=("a2",))
    assert len(merge_events([a, b])) == 2
    assert len(merge_events([a, dataclasses.replace(a, event_id_cnty="X")])) == 1


def test_week_dated_mention_joins_the_dated_one_in_the_same_article():
    dated = israeli_jets()
    weekly = dataclasses.replace(unknown_jets(), event_date=DAY + dt.timedelta(days=1),
                                 date_earliest=DAY - dt.timedelta(days=6), date_latest=DAY + dt.timedelta(days=1),
                                 time_precision=2)
    assert len(merge_events([dated, weekly])) == 1
    assert len(merge_events([dated, dataclasses.replace(weekly, article_ids=("other",))])) == 2


def test_single_events_pass_through_unchanged():
    e = israeli_jets()
    assert merge_events([e]) == (e,)


def _retold(**kw):
    """One night's strike near a border town, as a later sentence of the same report retells it."""
    return dataclasses.replace(unknown_jets(), **kw)


def test_three_sentences_retelling_one_strike_are_one_event():
    town = _retold(location="Hajin", latitude=34.69, longitude=40.83, radius_km=3.0, geo_precision=1,
                   fatalities=11, evidence={"fatalities": Span(1, 3, "11"), "location": Span(4, 9, "Hajin")})
    region = _retold(location="Deir ez-Zor Governorate", latitude=35.0, longitude=40.5, radius_km=120.0,
                     geo_precision=3, actor1="Military Forces of Israel (1948-)", inter1=8, fatalities=8,
                     evidence={"fatalities": Span(20, 21, "8"), "location": Span(30, 40, "l'est syrien")})
    week = _retold(location="Hajin", latitude=34.69, longitude=40.83, radius_km=3.0, actor1=None, inter1=None,
                   fatalities=None, event_date=DAY + dt.timedelta(days=2), date_earliest=DAY - dt.timedelta(days=4),
                   date_latest=DAY + dt.timedelta(days=2), time_precision=2)
    (merged,) = merge_events([region, town, week])
    assert merged.location == "Hajin" and merged.evidence["location"].text == "Hajin"  # the finer place wins
    assert merged.fatalities == 8 and merged.evidence["fatalities"].text == "8"  # the most conservative toll
    assert {v["actor1"] for v in merged.versions} == {"Military Forces of Israel (1948-)",
                                                      "Unidentified Military Forces", None}
    assert {v["fatalities"] for v in merged.versions} == {11, 8, None}


def test_conflicting_named_actors_or_far_points_in_one_report_stay_two_events():
    a = _retold(actor1="Military Forces of Israel (1948-)", inter1=8)
    b = _retold(actor1="Military Forces of the United States (2017-2021)", inter1=8)
    assert len(merge_events([a, b])) == 2
    # two villages 20 km apart, each a point: two strikes the same night, not one
    near = _retold(location="Hajin", latitude=34.69, longitude=40.83, radius_km=3.0)
    other = _retold(location="Al-Susah", latitude=34.55, longitude=40.97, radius_km=3.0)
    assert len(merge_events([near, other])) == 2
    # a country-level place holds no place of another country, however near
    iraq = _retold(location="Iraq", country="Iraq", latitude=33.0, longitude=44.0, radius_km=500.0, geo_precision=3)
    assert len(merge_events([near, iraq])) == 2
    # the same strike in another report is for cross-report merging, which asks for the same point
    assert len(merge_events([near, dataclasses.replace(other, article_ids=("a9",))])) == 2


def test_an_attack_retold_as_a_clash_is_one_armed_clash():
    attack = _retold(sub_event_type="Attack", event_type="Violence against civilians",
                     actor1="Unidentified Armed Group (Mali)", inter1=3, actor2=None, inter2=None)
    clash = _retold(sub_event_type="Armed clash", event_type="Battles", actor1=None, inter1=None,
                    actor2="Military Forces of Mali (2021-)", inter2=1)
    (merged,) = merge_events([attack, clash])
    assert (merged.sub_event_type, merged.event_type) == ("Armed clash", "Battles")
    assert len(merge_events([attack, dataclasses.replace(clash, article_ids=("a2",))])) == 2
