"""The actors stage on hand-written sentences built to trap a naive matcher."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.actors.stage import ActorsStage, actor_name_in, actor_name_on, inter_in
from eventdesk.records import ActorMention, Span
from tests.actors.util import build


def actors(text: str, language: str = "fr", **kw) -> list[ActorMention]:
    return list(ActorsStage()(build(text, language, **kw)).actors)


def names(text: str, language: str = "fr", **kw) -> list[tuple[str, str | None]]:
    return [(a.span.text, a.name) for a in actors(text, language, **kw)]


def test_islamic_state_aliases_take_the_country_of_the_report():
    text = ("En Syrie, Daech a attaqué un barrage. L'Etat islamique (EI) a revendiqué l'attaque "
            "près de la frontière syrienne, et les jihadistes de Daesh se sont repliés.")
    got = names(text)
    assert got == [("Daech", "Islamic State (Syria)"), ("Etat islamique", "Islamic State (Syria)"),
                   ("EI", "Islamic State (Syria)"), ("Daesh", "Islamic State (Syria)")]
    assert all(a.inter == 2 for a in actors(text))


def test_islamic_state_in_iraq_is_split_by_the_sentence_country():
    text = ("L'armée syrienne a repris un village en Syrie. Plus au sud, Daech a frappé "
            "du côté irakien de la frontière. La Syrie reste le principal front.")
    got = dict(names(text))
    assert got["Daech"] == "Islamic State (Iraq)"
    assert got["armée syrienne"] == "Military Forces of Syria (2024-)"


def test_sdf_is_not_the_syrian_army_and_fsa_is_not_either():
    text = ("Les Forces démocratiques syriennes (FDS) et l'Armée syrienne libre ont combattu "
            "les forces syriennes près de Raqqa.")
    assert names(text) == [
        ("Forces démocratiques syriennes", "SDF: Syrian Democratic Forces"),
        ("FDS", "SDF: Syrian Democratic Forces"),
        ("Armée syrienne libre", "Free Syrian Army"),
        ("forces syriennes", "Military Forces of Syria (2024-)"),
    ]


def test_short_acronyms_only_as_standalone_uppercase_tokens():
    text = ("The US ambassador met human rights groups in Syria; this is not news. "
            "Later IS fighters and HTS clashed, and the rebels of ISIL fled.")
    got = names(text, "en")
    assert ("IS", "Islamic State (Syria)") in got
    assert ("HTS", "Hayat Tahrir al-Sham") in got
    assert ("ISIL", "Islamic State (Syria)") in got
    surfaces = [s for s, _ in got]
    assert "is" not in surfaces and "Assad" not in surfaces
    assert not any("rights" in s or "ambassador" in s for s in surfaces)


def test_acronyms_in_an_all_capitals_headline_are_words():
    assert names("THIS IS WHAT THE ARMY SAID\nNothing happened.", "en") == []


def test_french_ei_inside_words_is_not_matched():
    # "EI" must not be read inside "REIMS" nor as lower-case "ei"
    assert names("Le club de REIMS a gagné; la sei est un mot rare.") == []


def test_iran_pmf_hezbollah_aliases_and_external_inter():
    text = ("En Syrie, les Gardiens de la révolution, la Force Quds, le Hachd al-Chaabi et le "
            "Hezbollah libanais ont été visés près d'Abou Kamal, dans l'est de la Syrie.")
    got = {a.span.text: a for a in actors(text)}
    irgc = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
    assert got["Gardiens de la révolution"].name == irgc
    assert got["Force Quds"].name == irgc
    assert got["Gardiens de la révolution"].inter == 8  # Iranian forces acting in Syria
    assert got["Hachd al-Chaabi"].name == "Popular Mobilization Forces"
    assert got["Hezbollah libanais"].name == "Hezbollah"


def test_unidentified_aircraft_and_israeli_jets_are_different_actors():
    text = ("Selon un média, des avions de chasse israéliens ont frappé en Syrie. Selon un autre, "
            "des avions dont l'identité est inconnue ont frappé ; un drone sans pilote a aussi tiré.")
    got = names(text)
    assert ("avions de chasse israéliens", "Military Forces of Israel (2022-)") in got
    assert ("avions dont l'identité est inconnue", "Unidentified Military Forces") in got
    assert ("drone sans pilote", "Unidentified Military Forces") in got


def test_generic_actors_need_a_country_from_the_text():
    assert names("Des hommes armés ont tué trois civils.") == [("hommes armés", None), ("civils", None)]
    got = names("Au Mali, des hommes armés ont tué trois civils près de Gao.")
    assert got == [("hommes armés", "Unidentified Armed Group (Mali)"), ("civils", "Civilians (Mali)")]
    assert names("Des pèlerins irakiens ont franchi la frontière syrienne.")[0] == (
        "pèlerins irakiens", "Civilians (Iraq)")


def test_government_forces_are_those_of_the_country_in_question():
    assert names("En Irak, les forces gouvernementales ont repris Mossoul.") == [
        ("forces gouvernementales", "Military Forces of Iraq (2022-)")]


def test_sources_are_not_actors():
    got = names("L'Observatoire syrien des droits de l'homme (OSDH) a déclaré à l'AFP que Daech a fui la Syrie.")
    assert [s for s, _ in got] == ["Daech"]


def test_unknown_armed_group_entity_is_kept_unnamed_with_a_kind_guess():
    text = "La brigade Al-Qassam Nord a attaqué un poste. L'Organisation des Nations unies a protesté."
    got = actors(text, entities=(("brigade Al-Qassam Nord", "ORG"), ("Organisation des Nations unies", "ORG")))
    assert len(got) == 1
    assert got[0].name is None and got[0].kind == "political_militia"
    assert got[0].span.text == "brigade Al-Qassam Nord"


def test_unnamed_militias_kept_with_no_name():
    got = actors("Des milices pro-iraniennes ont été visées.")
    assert [(a.span.text, a.name, a.kind) for a in got] == [
        ("milices pro-iraniennes", None, "political_militia")]


def test_us_forces_named_for_the_presidency_of_the_date():
    report = build("Les forces américaines ont quitté la base.", published=dt.date(2019, 10, 7))
    (us,) = ActorsStage()(report).actors
    assert us.name == "Military Forces of the United States (2017-2021)"
    assert actor_name_on(us, dt.date(2022, 3, 1)) == "Military Forces of the United States (2021-2025)"


def test_inter_in_and_name_in_for_the_event_country():
    report = build("Des civils ont fui. Daech a attaqué.")
    civ, isis = ActorsStage()(report).actors
    assert civ.name is None
    assert actor_name_in(civ, "Iraq", "fr") == "Civilians (Iraq)"
    assert actor_name_in(isis, "Syria", "fr") == "Islamic State (Syria)"
    russia = ActorMention(Span(0, 3, "x"), "Military Forces of Russia (2000-)", 1, "Russia", "state_forces")
    assert inter_in(russia, "Syria") == 8 and inter_in(russia, "Russia") == 1


def test_spans_point_into_the_text():
    text = "À Alep, l’armée syrienne et le Hezbollah ont avancé."
    for a in actors(text):
        assert text[a.span.start : a.span.end] == a.span.text


@pytest.mark.slow
def test_with_the_french_model_on_a_written_paragraph():
    from eventdesk.nlp.models import load_model
    from eventdesk.records import Article, Entity, Report

    text = ("Samedi, l’armée syrienne et ses alliés ont repris le contrôle d’un village près de "
            "Deir ez-Zor, tenu jusque-là par Daech, a rapporté l’OSDH.\n"
            "Les Forces démocratiques syriennes n’ont pas participé aux combats.")
    doc = load_model("fr")(text)
    report = Report(article=Article(id="p", text=text, origin="t"), language="fr", doc=doc,
                    sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents),
                    entities=tuple(Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents))
    got = [(a.span.text, a.name) for a in ActorsStage()(report).actors]
    assert got == [("armée syrienne", "Military Forces of Syria (2024-)"), ("Daech", "Islamic State (Syria)"),
                   ("Forces démocratiques syriennes", "SDF: Syrian Democratic Forces")]


def test_military_police_is_not_the_local_police():
    got = actors("En Syrie, le Kremlin a envoyé des forces de police militaire vers la frontière.")
    assert [(a.span.text, a.name, a.kind) for a in got] == [("forces de police militaire", None, "state_forces")]


@pytest.mark.slow
def test_a_country_named_as_the_striker_is_its_military():
    from eventdesk.nlp.models import load_model
    from eventdesk.records import Article, Report

    text = ("Mardi, la Syrie a signalé qu’Israël avait attaqué un dépôt près de Damas. "
            "En Irak, des frappes ont visé une base. Le Liban a été frappé par Israël hier.")
    doc = load_model("fr")(text)
    report = Report(article=Article(id="p", text=text, origin="t"), language="fr", doc=doc,
                    sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents))
    got = [(a.span.text, a.name, a.inter) for a in ActorsStage()(report).actors]
    israel = ("Israël", "Military Forces of Israel (2022-)", 8)
    assert got == [israel, israel]  # "la Syrie a signalé" and "Le Liban a été frappé" are not strikers


def test_group_words_next_to_a_named_actor_are_that_actor():
    got = names("In Somalia, al-Shabaab militants attacked a base. Rebels of the RSF fled.", "en")
    assert got == [("al-Shabaab", "Al Shabaab"), ("RSF", "Rapid Support Forces")]
    assert names("En Syrie, les jihadistes de Daesh ont fui.") == [("Daesh", "Islamic State (Syria)")]


def test_army_of_a_country_without_reviewed_names_is_kept_without_a_name():
    (army,) = actors("The Yemeni army shelled the market.", "en")
    assert (army.name, army.kind, army.country, army.inter) == (None, "state_forces", "Yemen", 1)


def test_unspecified_people_and_civilian_occupations_are_civilians_but_gunmen_are_not():
    got = names("Au Mali, des hommes armés ont tué cinq personnes et enlevé un enseignant près de Gao.")
    assert got == [("hommes armés", "Unidentified Armed Group (Mali)"), ("personnes", "Civilians (Mali)"),
                   ("un enseignant", "Civilians (Mali)")]
    got = names("In Mali, gunmen killed seven people and a passenger near Gao.", "en")
    assert got == [("gunmen", "Unidentified Armed Group (Mali)"), ("people", "Civilians (Mali)"),
                   ("a passenger", "Civilians (Mali)")]
