"""English detection on hand-written sentences: types, roles and the same traps as in French."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2021, 3, 2)
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, **kw):
    return STAGE(report(nlp, text, "en", places=[("Gao", GAO)], published=DAY, **kw))


@pytest.mark.parametrize(("text", "sub_event"), [
    ("Soldiers and militants clashed on Monday near Gao.", "Armed clash"),
    ("A drone strike hit a pickup truck outside Gao on Monday.", "Air/drone strike"),
    ("A roadside bomb exploded under a bus in Gao on Monday.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a checkpoint in Gao on Monday.", "Suicide bomb"),
    ("Gunmen abducted two aid workers in Gao on Monday.", "Abduction/forced disappearance"),
    ("Hundreds of traders held a peaceful protest in Gao on Monday.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters in Gao on Monday.", "Protest with intervention"),
    ("Police arrested six suspects in Gao on Monday.", "Arrests"),
    ("Armed men looted shops in Gao on Monday.", "Looting/property destruction"),
    ("Rioters torched cars in Gao on Monday.", "Violent demonstration"),
])
def test_each_event_type(nlp_en, text, sub_event):
    r = run(nlp_en, text)
    assert [e.sub_event_type for e in r.events] == [sub_event], (r.event_mentions, r.claims)
    assert r.events[0].location == "Gao" and r.events[0].country == "Mali"


def test_passive_agent_is_actor1(nlp_en):
    text = "A patrol of the Malian army was ambushed by jihadists near Gao on Monday."
    r = run(nlp_en, text, actors=[("the Malian army", "Military Forces of Mali (2021-)", 1),
                                  ("jihadists", "Unidentified Armed Group (Mali)", 3)])
    (e,) = r.events
    # named for the period of the event's date (2 March 2021: before the May 2021 coup)
    assert (e.actor1, e.actor2, e.interaction) == ("Unidentified Armed Group (Mali)", "Military Forces of Mali (2020-2021)", 13)


@pytest.mark.parametrize(("text", "modality"), [
    ("The army will launch an offensive on Gao next week.", "planned"),
    ("Militants could attack Gao before the elections.", "hypothetical"),
    ("The ministry denied that its jets bombed Gao.", "denied"),
    ("The army did not attack Gao.", "denied"),
    ("The government accused the rebels of attacking Gao.", "accusation"),
])
def test_statements_that_are_not_events(nlp_en, text, modality):
    r = run(nlp_en, text)
    assert r.events == () and [c.modality for c in r.claims] == [modality], r.claims


def test_reportedly_is_alleged(nlp_en):
    (e,) = run(nlp_en, "Jets reportedly bombed a camp near Gao on Monday.").events
    assert e.modality == "alleged" and e.sub_event_type == "Air/drone strike"
