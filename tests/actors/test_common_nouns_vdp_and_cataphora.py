"""State forces written as common nouns ("les soldats", "troops", "police") take the forces of
the report's country for the date's period; Burkina Faso's civilian auxiliaries are the VDP
militia, not civilians; a definite generic noun followed by a named group in apposition is
that group, and so is the unidentified group of the sentence before that it takes up.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from eventdesk.actors.stage import ActorsStage
from tests.actors.util import build


def actors(text: str, language: str = "fr", published: dt.date | None = None) -> dict[str, tuple]:
    got = ActorsStage()(build(text, language, published=published)).actors
    return {a.span.text: (a.name, a.inter) for a in got}


def test_french_common_nouns_of_soldiers_and_police_are_the_country_s_forces_for_the_period():
    got = actors("Au Mali, les soldats ont riposté et la police a bouclé le quartier de Gao.",
                 published=dt.date(2020, 2, 3))
    assert got["soldats"] == ("Military Forces of Mali (2013-2020)", 1)
    assert got["la police"] == ("Police Forces of Mali (2013-2020)", 1)
    later = actors("Au Mali, l'armée a riposté.", published=dt.date(2022, 5, 1))
    assert later["l'armée"] == ("Military Forces of Mali (2021-)", 1)


def test_english_troops_and_police_are_the_country_s_forces():
    got = actors("In Niger, troops returned fire while police sealed off Tillaberi.", "en",
                 published=dt.date(2019, 5, 1))
    assert got["troops"] == ("Military Forces of Niger (2011-2021)", 1)
    assert got["police"] == ("Police Forces of Niger (2011-2021)", 1)


def test_civilian_auxiliaries_of_the_army_are_the_vdp_militia_not_civilians():
    got = actors("Au Burkina Faso, sept supplétifs civils et deux civils ont été tués près de Djibo. "
                 "Trois VDP ont été blessés.", published=dt.date(2023, 3, 1))
    assert got["supplétifs civils"] == ("VDP: Volunteers for the Defense of the Homeland", 3)
    assert got["VDP"] == ("VDP: Volunteers for the Defense of the Homeland", 3)
    assert got["civils"] == ("Civilians (Burkina Faso)", 7)


def test_the_attackers_named_in_apposition_in_the_next_sentence_name_the_gunmen_before():
    text = ("Des hommes armés ont attaqué un poste à Ménaka, au Mali. "
            "Les assaillants, des combattants de l'Etat islamique, ont tué trois soldats.")
    got = actors(text, published=dt.date(2024, 3, 12))
    assert got["hommes armés"][0] == got["assaillants"][0] == "Islamic State (Sahel)"
    en = actors("Gunmen attacked a post in Menaka, Mali. The attackers, fighters of the Islamic State, "
                "killed three soldiers.", "en", published=dt.date(2024, 3, 12))
    assert en["Gunmen"][0] == en["attackers"][0] == "Islamic State (Sahel)"


def test_a_group_named_later_in_another_role_or_an_indefinite_noun_names_nobody():
    text = ("Des hommes armés ont attaqué un poste à Ménaka, au Mali. "
            "Les assaillants ont tué trois soldats, selon un élu qui accuse l'Etat islamique.")
    got = actors(text, published=dt.date(2024, 3, 12))
    assert got["hommes armés"][0] == got["assaillants"][0] == "Unidentified Armed Group (Mali)"
    text = "Au Mali, des assaillants, des combattants de l'Etat islamique, ont tué trois soldats."
    assert actors(text, published=dt.date(2024, 3, 12))["assaillants"][0] == "Unidentified Armed Group (Mali)"
