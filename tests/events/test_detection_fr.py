"""French detection on hand-written sentences: event types, arguments, and the traps
(plans, forecasts, denials, background, accusations, injured-only)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.events.stage import EventsStage
from eventdesk.records import Report
from tests.events.build import place, report

pytestmark = pytest.mark.slow

DAY = dt.date(2019, 10, 14)
MAYADIN = place("Al Mayadin", "SY", "Syria", 35.02, 40.45, "Deir ez-Zor")
ABU_KAMAL = place("Abu Kamal", "SY", "Syria", 34.45, 40.92, "Deir ez-Zor")
RUSSIA = place("Russia", "RU", "Russia", 60.0, 100.0, kind="country")
ARMY = "Military Forces of Syria (2000-)"
IS = "Islamic State (Syria)"
STAGE = EventsStage(event_time=lambda r, s, t: None, sources_for=lambda r, s: tuple(
    m for m in r.sources if s.contains(m.span)))


def run(nlp, text: str, **kw) -> Report:
    kw.setdefault("published", DAY)
    return STAGE(report(nlp, text, "fr", **kw))


def only_event(r: Report):
    assert len(r.events) == 1, (r.event_mentions, r.claims)
    return r.events[0]


@pytest.mark.parametrize(("text", "sub_event"), [
    ("De violents combats ont opposé lundi l'armée syrienne aux jihadistes à Mayadine.", "Armed clash"),
    ("Des avions ont bombardé lundi un marché de Mayadine.", "Air/drone strike"),
    ("L'artillerie a bombardé lundi les faubourgs de Mayadine.", "Shelling/artillery/missile attack"),
    ("Une voiture piégée a explosé lundi devant un poste de contrôle à Mayadine.", "Remote explosive/landmine/IED"),
    ("Un kamikaze s'est fait exploser lundi dans une mosquée à Mayadine.", "Suicide bomb"),
    ("Des hommes armés ont enlevé lundi un médecin à Mayadine.", "Abduction/forced disappearance"),
    ("Des centaines de personnes ont participé lundi à une manifestation pacifique à Mayadine.", "Peaceful protest"),
    ("La police a dispersé au gaz lacrymogène une manifestation lundi à Mayadine.", "Protest with intervention"),
    ("Des émeutiers ont incendié lundi des voitures à Mayadine.", "Violent demonstration"),
    ("Les forces de sécurité ont arrêté lundi douze militants à Mayadine.", "Arrests"),
    ("Le groupe a installé une nouvelle base lundi à Mayadine.", "Headquarters or base established"),
])
def test_each_event_type(nlp_fr, text, sub_event):
    e = only_event(run(nlp_fr, text, places=[("Mayadine", MAYADIN)]))
    assert e.sub_event_type == sub_event
    assert e.location == "Al Mayadin" and e.country == "Syria"


def test_air_strike_needs_an_aircraft_and_bombers_count(nlp_fr):
    text = "Des bombardiers stratégiques russes ont bombardé mardi des positions jihadistes près de Boukamal."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)]))
    assert e.sub_event_type == "Air/drone strike"
    assert e.evidence["sub_event_type_cue"].text == "bombardiers"


def test_territory_by_state_forces_is_government_regains(nlp_fr):
    text = "L'armée syrienne a pris le contrôle de Boukamal mardi."
    r = run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)], actors=[("L'armée syrienne", ARMY, 1)])
    e = only_event(r)
    assert e.sub_event_type == "Government regains territory" and e.actor1 == ARMY and e.inter1 == 1
    assert e.interaction == 10


def test_territory_by_a_rebel_group_is_non_state_overtakes(nlp_fr):
    text = "Les jihadistes de Daech ont pris le contrôle de Boukamal mardi."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)], actors=[("Daech", IS, 2)]))
    assert e.sub_event_type == "Non-state actor overtakes territory" and e.actor1 == IS


def test_reopening_is_a_strategic_development(nlp_fr):
    text = "Le poste frontière de Boukamal a officiellement rouvert lundi."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)]))
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Other")


def test_actor_roles_active_passive_and_associates(nlp_fr):
    text = "L'armée syrienne et ses alliés ont attaqué lundi les positions de Daech près de Boukamal."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)],
                       actors=[("L'armée syrienne", ARMY, 1), ("ses alliés", None, None), ("Daech", IS, 2)]))
    assert (e.actor1, e.assoc_actor_1, e.actor2) == (ARMY, "ses alliés", IS)
    assert e.sub_event_type == "Armed clash" and e.interaction == 12
    passive = "Un convoi de l'armée syrienne a été attaqué lundi par Daech près de Boukamal."
    e = only_event(run(nlp_fr, passive, places=[("Boukamal", ABU_KAMAL)],
                       actors=[("l'armée syrienne", ARMY, 1), ("Daech", IS, 2)]))
    assert (e.actor1, e.actor2) == (IS, ARMY)


def test_civilian_victims_make_violence_against_civilians(nlp_fr):
    text = "Des miliciens ont attaqué lundi des civils dans un village près de Boukamal, tuant cinq personnes."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)],
                       actors=[("Des miliciens", "Unidentified Armed Group (Syria)", 3), ("des civils", "Civilians (Syria)", 7)],
                       numbers=[("cinq", 5, "killed")]))
    assert e.sub_event_type == "Attack" and e.civilian_targeting == "Civilian targeting"
    assert e.interaction == 37 and e.fatalities == 5


def test_location_is_the_place_of_the_event_not_of_origin(nlp_fr):
    text = "Des avions venant de Russie ont frappé mardi un dépôt à Boukamal."
    r = run(nlp_fr, text, places=[("Russie", RUSSIA), ("Boukamal", ABU_KAMAL)])
    e = only_event(r)
    assert e.location == "Abu Kamal"
    flags = {p.span.text: p.is_event_location for p in r.places}
    assert flags == {"Russie": False, "Boukamal": True}


def test_injured_are_not_fatalities(nlp_fr):
    text = "Un obus est tombé mardi sur un marché de Boukamal, blessant quatorze personnes."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)], numbers=[("quatorze", 14, "injured")]))
    assert e.fatalities is None and "fatalities" not in e.evidence  # the toll is unknown, not zero


def test_nobody_killed_is_zero_with_its_span(nlp_fr):
    text = "Un obus est tombé mardi sur un marché de Boukamal, sans faire de victime."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)],
                       numbers=[("sans faire de victime", 0, "killed")]))
    assert e.fatalities == 0 and e.evidence["fatalities"].text == "sans faire de victime"


def test_conditional_is_alleged_and_selon_is_reported(nlp_fr):
    r = run(nlp_fr, "Trois soldats auraient été tués mardi dans une embuscade près de Boukamal.",
            places=[("Boukamal", ABU_KAMAL)], numbers=[("Trois", 3, "killed")])
    assert only_event(r).modality == "alleged"
    r = run(nlp_fr, "Selon l'Observatoire, des combats ont eu lieu mardi à Boukamal.",
            places=[("Boukamal", ABU_KAMAL)], sources=[("l'Observatoire", "SOHR", [], "Other")])
    e = only_event(r)
    assert e.modality == "reported" and "SOHR" in (e.source or "") and e.notes.endswith("(SOHR)")


@pytest.mark.parametrize(("text", "modality"), [
    ("L'armée devrait lancer une offensive contre Boukamal dans les prochains jours.", "planned"),
    ("Les rebelles envisageaient d'attaquer Boukamal.", "planned"),
    ("Un affrontement autour de Boukamal semble inévitable.", "hypothetical"),
    ("Les milices pourraient attaquer Boukamal.", "hypothetical"),
    ("Le ministère a démenti avoir bombardé Boukamal.", "denied"),
    ("L'aviation n'a pas bombardé Boukamal mardi.", "denied"),
    ("L'armée avait repris Boukamal aux jihadistes.", "background"),
    ("En novembre 2017, l'armée a repris Boukamal aux jihadistes.", "background"),
    ("Damas a accusé les rebelles d'avoir attaqué Boukamal.", "accusation"),
])
def test_statements_that_are_not_events_become_claims(nlp_fr, text, modality):
    times = [("En novembre 2017", dt.date(2017, 11, 1), 3)] if "2017" in text else []
    r = STAGE(report(nlp_fr, text, "fr", places=[("Boukamal", ABU_KAMAL)], published=DAY, times=times))
    if times:  # the dated statement: date it with its own time mention
        r = EventsStage(sources_for=lambda r, s: ())(report(nlp_fr, text, "fr", places=[("Boukamal", ABU_KAMAL)],
                                                            published=DAY, times=times))
    assert r.events == ()
    assert [c.modality for c in r.claims] == [modality]
    assert r.claims[0].reason


def test_reported_speech_pluperfect_is_not_background(nlp_fr):
    text = "La chaîne a rapporté jeudi que des avions israéliens avaient bombardé des dépôts à Boukamal."
    e = only_event(run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL)],
                       actors=[("avions israéliens", "Military Forces of Israel (1948-)", 8)]))
    assert e.sub_event_type == "Air/drone strike" and e.actor1 == "Military Forces of Israel (1948-)"


def test_two_sources_of_one_strike_merge_with_versions(nlp_fr):
    text = ("Selon la chaîne, des avions israéliens ont frappé mardi des dépôts à Boukamal. "
            "Selon l'Observatoire, des avions non identifiés ont frappé mardi des dépôts à Boukamal.")
    r = run(nlp_fr, text, places=[("Boukamal", ABU_KAMAL), ("Boukamal", ABU_KAMAL)],
            actors=[("avions israéliens", "Military Forces of Israel (1948-)", 8),
                    ("avions non identifiés", "Unidentified Military Forces", 8)],
            sources=[("la chaîne", "Al Mayadeen", [], "Regional"), ("l'Observatoire", "SOHR", [], "Other")])
    assert len(r.event_mentions) == 2
    e = only_event(r)
    assert {v["actor1"] for v in e.versions} == {"Military Forces of Israel (1948-)", "Unidentified Military Forces"}


def test_an_event_with_no_place_in_its_sentence_is_a_claim(nlp_fr):
    r = run(nlp_fr, "Des combats ont éclaté mardi entre les deux factions.")
    assert r.events == () and r.claims and "place" in r.claims[0].reason
