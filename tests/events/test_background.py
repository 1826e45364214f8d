"""Background told as a long 'since …' stretch or a habit is a claim, not an event, and its
figures are no event's toll; a short stretch, a spatial 'depuis' and the news itself stay events."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2022, 1, 20)
KADUNA = place("Kaduna", "NG", "Nigeria", 10.52, 7.44, "Kaduna")
GAO = place("Gao", "ML", "Mali", 16.27, -0.04, "Gao")
# event_time is None: the rule must come from the sentence's frame, not from an old event date
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())


def run(nlp, text: str, language: str, where: tuple[str, object], times=()):
    return STAGE(report(nlp, text, language, places=[where], published=DAY, times=times))


def test_present_perfect_since_a_month_long_ago_is_background_en(nlp_en):
    text = ("Bandits have abducted more than 40 travellers on the highway near Kaduna since October, "
            "officials said.")
    r = run(nlp_en, text, "en", ("Kaduna", KADUNA), times=[("October", dt.date(2021, 10, 1), 3)])
    assert r.events == () and [c.modality for c in r.claims] == ["background"]
    assert "since" in r.claims[0].reason


def test_since_monday_is_the_current_news_not_background_en(nlp_en):
    text = "Bandits have abducted 12 travellers in Kaduna since Monday, officials said."
    r = run(nlp_en, text, "en", ("Kaduna", KADUNA), times=[("Monday", dt.date(2022, 1, 17), 1)])
    assert [e.sub_event_type for e in r.events] == ["Abduction/forced disappearance"]


def test_habitual_frame_is_background_and_its_figure_is_no_toll_en(nlp_en):
    r = run(nlp_en, "Each year dozens of farmers are killed in clashes with herders around Kaduna.", "en",
            ("Kaduna", KADUNA))
    assert r.events == () and r.claims and r.claims[0].modality == "background"
    text = ("Gunmen shot dead a village chief near Kaduna on Tuesday, residents said. "
            "Around 300 people are killed in such raids every year.")
    r = run(nlp_en, text, "en", ("Kaduna", KADUNA))
    assert len(r.events) == 1 and r.events[0].fatalities != 300  # never the yearly figure


def test_depuis_a_long_stretch_is_background_fr(nlp_fr):
    text = "Les groupes jihadistes ont mené des dizaines d'attaques autour de Gao depuis le début de l'année 2020."
    r = run(nlp_fr, text, "fr", ("Gao", GAO))
    assert r.events == () and r.claims[0].modality == "background"


def test_regularly_is_habitual_but_a_spatial_depuis_is_not_fr(nlp_fr):
    r = run(nlp_fr, "Des roquettes sont régulièrement tirées sur l'aéroport de Gao.", "fr", ("Gao", GAO))
    assert r.events == ()
    r = run(nlp_fr, "Des obus tirés depuis la rive sud du fleuve ont frappé lundi le marché de Gao.", "fr",
            ("Gao", GAO))
    assert [e.sub_event_type for e in r.events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text, lang", [
    ("Plusieurs attentats ont frappé Gao ces dernières années.", "fr"),
    ("Gunmen have carried out similar attacks in Kaduna, officials said.", "en"),
    ("Bandits have killed hundreds of villagers in Kaduna in recent years.", "en"),
])
def test_recent_years_and_similar_attacks_are_background(nlp_fr, nlp_en, text, lang):
    where = ("Gao", GAO) if lang == "fr" else ("Kaduna", KADUNA)
    r = run(nlp_fr if lang == "fr" else nlp_en, text, lang, where)
    assert r.events == () and [c.modality for c in r.claims] == ["background"]
