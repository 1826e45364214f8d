"""Events whose place is an anaphor ("près de la ville", "dans cette province", "the town"),
or a name inside the trigger's own subject ("le passage Abou Kamal-Qaëm a rouvert")."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2020, 1, 9)
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: ())
SYRIA = place("Syria", "SY", "Syria", 35.0, 38.0, kind="country")
IRAQ = place("Iraq", "IQ", "Iraq", 33.0, 44.0, kind="country")
RUSSIA = place("Russia", "RU", "Russia", 60.0, 100.0, kind="country")
ABU_KAMAL = place("Abu Kamal", "SY", "Syria", 34.45, 40.92, "Deir ez-Zor")
MAYADIN = place("Al Mayadin", "SY", "Syria", 35.02, 40.45, "Deir ez-Zor")
DEIR = place("Deir ez-Zor", "SY", "Syria", 35.33, 40.14, kind="admin1")
HAJIN = place("Hajin", "SY", "Syria", 34.69, 40.83, "Deir ez-Zor")
RAQQA = place("Ar Raqqah", "SY", "Syria", 35.95, 39.01, "Raqqa")


def _events(nlp, text, language="fr", places=(), actors=()):
    return STAGE(report(nlp, text, language, places=places, actors=actors, published=DAY)).events


def test_a_town_anaphor_takes_the_last_town_named_never_a_country_or_a_later_town(nlp_fr):
    text = ("L'armée syrienne encercle Boukamal, à la frontière avec l'Irak. "
            "Des avions ont frappé dimanche des caches de Daech à proximité de la ville. "
            "Plus au nord, Mayadine reste calme.")
    (e,) = _events(nlp_fr, text, places=[("syrienne", SYRIA), ("Boukamal", ABU_KAMAL), ("Irak", IRAQ),
                                         ("Mayadine", MAYADIN)])
    assert e.location == "Abu Kamal"  # not Iraq (a country, named later), not Mayadine (after the anaphor)
    assert e.evidence["location"].text == "la ville"


def test_a_province_anaphor_takes_the_admin_area_not_the_nearer_town(nlp_fr):
    text = ("Les combats se poursuivent dans la province de Deir ez-Zor, près de Mayadine. "
            "Toujours dans cette province, une voiture piégée a explosé lundi contre des déplacés.")
    r = STAGE(report(nlp_fr, text, "fr", places=[("Deir ez-Zor", DEIR), ("Mayadine", MAYADIN)], published=DAY))
    (e,) = [e for e in r.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert (e.location, e.evidence["location"].text) == ("Deir ez-Zor", "cette province")
    (pm,) = [p for p in r.places if p.span.text == "cette province"]
    assert pm.is_event_location and "Deir ez-Zor" in pm.rule  # the rule names the antecedent


def test_an_antecedent_too_far_back_or_only_a_demonym_locates_nothing(nlp_fr):
    far = ("Hajin a été bombardée hier.\nLes discussions politiques se poursuivent. Les délégués se réunissent. "
           "Ils négocient. Des tirs ont visé des civils près de la ville.")
    events = _events(nlp_fr, far, places=[("Hajin", HAJIN)])  # another paragraph, four sentences back
    assert [e.event_type for e in events if e.event_type == "Violence against civilians"] == []
    demonym = "Des soldats syriens patrouillent. Des inconnus ont attaqué des civils près de la ville."
    assert _events(nlp_fr, demonym, places=[("syriens", SYRIA)]) == ()


def test_a_place_named_by_its_own_noun_is_not_an_anaphor(nlp_fr):
    text = ("Des frappes ont touché Hajin samedi. "
            "Des hommes armés ont attaqué des civils dans la ville de Raqqa lundi.")
    events = _events(nlp_fr, text, places=[("Hajin", HAJIN), ("Raqqa", RAQQA)])
    assert [(e.location, e.evidence["location"].text) for e in events
            if e.evidence["sub_event_type"].text == "attaqué"] == [("Ar Raqqah", "Raqqa")]


def test_english_the_town_and_the_area(nlp_en):
    text = ("Government forces surrounded Hajin on Monday. "
            "Gunmen attacked civilians in the town on Tuesday, killing five.")
    (e,) = [e for e in _events(nlp_en, text, "en", places=[("Hajin", HAJIN)])
            if e.event_type == "Violence against civilians"]
    assert (e.location, e.evidence["location"].text) == ("Hajin", "the town")


def test_a_crossing_named_x_y_in_the_subject_is_located_at_its_first_town(nlp_fr):
    text = ("Le passage frontalier Abou Kamal-Qaëm, fermé depuis des années entre la Syrie "
            "et l'Irak, a officiellement rouvert lundi.")
    (e,) = _events(nlp_fr, text, places=[("Abou Kamal", ABU_KAMAL), ("Syrie", SYRIA), ("Irak", IRAQ)])
    assert (e.location, e.evidence["location"].text) == ("Abu Kamal", "Abou Kamal")


def test_an_origin_phrase_in_the_subject_still_locates_nothing(nlp_fr):
    text = "Des camions venant de Russie ont été attaqués lundi par des hommes armés."
    assert _events(nlp_fr, text, places=[("Russie", RUSSIA)]) == ()


DAMASCUS = place("Damascus", "SY", "Syria", 33.51, 36.29, "Damascus")


def test_a_capital_standing_for_its_government_and_a_plural_noun_give_no_antecedent(nlp_fr):
    ruler = ("Les FDS accusent le régime de Damas d'armer les tribus. "
             "Des hommes armés ont attaqué lundi un barrage dans le secteur.")
    assert _events(nlp_fr, ruler, places=[("Damas", DAMASCUS)]) == ()
    plural = "L'armée contrôle Hajin. Des hommes armés ont attaqué lundi des barrages dans les localités voisines."
    assert _events(nlp_fr, plural, places=[("Hajin", HAJIN)]) == ()


def test_a_place_anaphor_does_not_code_a_plan(nlp_fr):
    text = "L'armée encercle Hajin. Moscou a déclaré que l'armée allait reprendre la ville lundi."
    r = STAGE(report(nlp_fr, text, "fr", places=[("Hajin", HAJIN)], published=DAY))
    assert r.events == () and [c.modality for c in r.claims] == ["planned"]
