"""Protests told with marching verbs, the grievance a crowd denounces (not a new event),
a crowd's own attack (a riot, not a battle) and calls for a future rally (not an event)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from eventdesk.records import Report, Span, TimeMention
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2023, 9, 30)
MAYADIN = place("Al Mayadin", "SY", "Syria", 35.02, 40.45, "Deir ez-Zor")
DEIR_EZ_ZOR = place("Deir ez-Zor", "SY", "Syria", 35.33, 40.14, "Deir ez-Zor")
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: tuple(
    m for m in r.sources if s.contains(m.span)))


def run(nlp, text: str, language: str = "fr", **kw) -> Report:
    kw.setdefault("published", DAY)
    return STAGE(report(nlp, text, language, **kw))


def sub_events(r: Report) -> list[str]:
    return [e.sub_event_type for e in r.events]


@pytest.mark.parametrize("text", [
    "Vendredi, plusieurs centaines de personnes ont défilé à leur tour dans le centre de Mayadine.",
    "Des milliers de personnes ont marché mercredi à Mayadine pour réclamer la démission du gouverneur.",
])
def test_marching_crowds_are_peaceful_protests(nlp_fr, text):
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)])
    assert sub_events(r) == ["Peaceful protest"], (r.event_mentions, r.claims)
    assert r.events[0].location == "Al Mayadin"


def test_a_market_is_not_a_march(nlp_fr):
    r = run(nlp_fr, "Le marché central de Mayadine a rouvert mardi après deux semaines de fermeture.",
            places=[("Mayadine", MAYADIN)])
    assert "Peaceful protest" not in sub_events(r)


def test_the_strike_a_rally_denounces_is_not_a_new_strike(nlp_fr):
    text = ("Mercredi, des dizaines d'habitants se sont rassemblés devant la mairie de Mayadine "
            "pour dénoncer la frappe de drone et réclamer le départ des troupes étrangères.")
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)])
    assert sub_events(r) == ["Peaceful protest"], (r.event_mentions, r.claims)


def test_a_strike_condemned_in_a_statement_is_still_an_event(nlp_fr):
    text = "L'opposition a dénoncé mardi une frappe aérienne qui a tué cinq civils à Mayadine."
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)])
    assert "Air/drone strike" in sub_events(r), (r.event_mentions, r.claims)


def test_english_rally_against_strikes_is_one_protest(nlp_en):
    text = "On Monday hundreds of residents rallied in Mayadin to denounce the air strikes."
    r = run(nlp_en, text, "en", places=[("Mayadin", MAYADIN)])
    assert sub_events(r) == ["Peaceful protest"], (r.event_mentions, r.claims)


def test_protesters_attacking_embassies_is_a_riot_not_a_battle(nlp_fr):
    text = "Des centaines de manifestants en colère ont attaqué mardi plusieurs ambassades à Mayadine."
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)], actors=[("manifestants", "Protesters (Syria)", 6)])
    assert sub_events(r) == ["Violent demonstration"], (r.event_mentions, r.claims)


def test_a_call_for_a_new_rally_is_planned_not_coded(nlp_fr):
    text = "Des militants de Mayadine appellent à un nouveau rassemblement vendredi prochain."
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN)])
    assert r.events == () or list(r.events) == [], r.events
    assert any(c.modality == "planned" for c in r.claims), r.claims


def test_attacks_a_governor_condemns_are_those_told_before(nlp_fr):
    text = ("Des jihadistes ont attaqué lundi le village de Mayadine, tuant douze civils. "
            "Le gouverneur de Deir ez-Zor, Fadel Najjar, a condamné ces attaques et annoncé des renforts.")
    r = run(nlp_fr, text, places=[("Mayadine", MAYADIN), ("Deir ez-Zor", DEIR_EZ_ZOR)])
    assert [e.sub_event_type for e in r.events] == ["Attack"], (r.event_mentions, r.claims)


WEDNESDAY = dt.date(2023, 9, 27)


def _dated_on_wednesday(r: Report, s, trigger):
    """The time stage's answer for a sentence that says "mercredi" (None elsewhere)."""
    at = r.article.text.find("mercredi", s.start, s.end)
    if at < 0:
        return None
    return TimeMention(Span(at, at + 8, "mercredi"), WEDNESDAY, WEDNESDAY, 1, "weekday", "report")


DATED = EventsStage(event_time=_dated_on_wednesday, sources_for=lambda r, s: ())


@pytest.mark.parametrize(("text", "coded"), [
    # the day before the news, dated in its own sentence: told out of order, still news
    ("La veille, mercredi, la police avait arrêté quatre organisateurs à Mayadine.", True),
    # no date of its own: the pluperfect is background
    ("La police avait arrêté quatre organisateurs à Mayadine.", False),
])
def test_a_recent_dated_pluperfect_is_news_not_background(nlp_fr, text, coded):
    r = DATED(report(nlp_fr, text, "fr", places=[("Mayadine", MAYADIN)], published=DAY))
    assert (sub_events(r) == ["Arrests"]) is coded, (r.event_mentions, r.claims)
    if not coded:
        assert [c.modality for c in r.claims] == ["background"]
