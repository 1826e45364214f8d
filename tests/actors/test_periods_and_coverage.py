"""ACLED period names chosen by the event's date, new theatres' actors, generic nouns."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.actors.dictionary import name_on
from eventdesk.actors.stage import ActorsStage
from tests.actors.util import build


def actors(text: str, language: str = "fr", published: dt.date | None = None) -> dict[str, str | None]:
    return {a.span.text: a.name for a in ActorsStage()(build(text, language, published=published)).actors}


@pytest.mark.parametrize("name, date, expected", [
    # the day Assad's regime fell is still its period; the next day is the new authorities'
    ("Military Forces of Syria (2024-)", dt.date(2024, 12, 8), "Military Forces of Syria (2000-2024)"),
    ("Military Forces of Syria (2000-2024)", dt.date(2024, 12, 9), "Military Forces of Syria (2024-)"),
    ("Military Forces of Israel (2022-)", dt.date(2022, 12, 28), "Military Forces of Israel (2021-2022)"),
    ("Military Forces of Israel (2022-)", dt.date(2022, 12, 29), "Military Forces of Israel (2022-)"),
    ("Military Forces of Israel (2022-)", dt.date(2014, 7, 8), "Military Forces of Israel (2009-2021)"),
    ("Police Forces of Iraq (2022-)", dt.date(2019, 10, 1), "Police Forces of Iraq (2014-2022)"),
    ("Military Forces of Mozambique (2025-)", dt.date(2024, 8, 8), "Military Forces of Mozambique (2015-2025)"),
    ("Police Forces of Haiti (2017-2021)", dt.date(2025, 3, 1), "Police Forces of Haiti (2024-)"),
    ("Islamic State (Syria)", dt.date(2019, 1, 1), "Islamic State (Syria)"),  # no period: unchanged
])
def test_state_forces_take_the_period_of_the_date(name, date, expected):
    assert name_on(name, date) == expected


def test_a_fixed_countrys_army_alias_is_named_for_the_reports_date():
    got = actors("L'armée arabe syrienne a bombardé Idleb.", published=dt.date(2023, 5, 2))
    assert got["armée arabe syrienne"] == "Military Forces of Syria (2000-2024)"
    assert actors("Tsahal a frappé le Liban.", published=dt.date(2024, 2, 9))["Tsahal"] == "Military Forces of Israel (2022-)"


def test_central_african_actors():
    got = actors("Des combattants de l'UPC ont attaqué une patrouille des FACA près de Bambari, "
                 "avant l'arrivée des casques bleus de la Minusca.", published=dt.date(2023, 7, 16))
    assert got["UPC"] == "UPC: Union for Peace in the Central African Republic"
    assert got["FACA"] == "Military Forces of the Central African Republic (2016-)"
    assert got["casques bleus de la Minusca"].startswith("MINUSCA: ")


def test_islamic_state_takes_its_province_from_the_theatre():
    assert actors("L'Etat islamique a attaqué un camp militaire au Niger.")["Etat islamique"] == "Islamic State (Sahel)"
    assert actors("Des insurgés de l'EI ont attaqué Macomia, au Mozambique.")["EI"] == "Islamic State (Mozambique)"
    assert actors("ISWAP fighters raided Monguno in Nigeria.", "en")["ISWAP"] \
        == "Islamic State (West Africa) - Lake Chad Faction"
    # "al-Shabaab" in Cabo Delgado is the Islamic State's local name, not the Somali group
    assert actors("Les shebab ont incendié des maisons à Palma, au Mozambique.")["shebab"] == "Islamic State (Mozambique)"
    assert actors("Les shebab ont attaqué une base à Mogadiscio.")["shebab"] == "Al Shabaab"


def test_iraqi_brigades_are_not_lebanese_hezbollah():
    got = actors("Une frappe a visé un dépôt des Kataëb Hezbollah en Irak.")
    assert got["Kataëb Hezbollah"] == "Kataib Hezbollah"
    assert "Hezbollah" not in got


def test_generic_nouns_stay_unidentified_without_a_single_named_group():
    got = actors("Des jihadistes ont attaqué le village de Boni, au Mali.")
    assert got["jihadistes"] == "Unidentified Armed Group (Mali)"
    got = actors("Gunmen killed three farmers in Nigeria.", "en")
    assert got["Gunmen"] == "Unidentified Armed Group (Nigeria)"


def test_a_generic_noun_is_the_named_group_of_the_sentence_before():
    got = actors("Les miliciens de la CODECO ont été signalés en Ituri, en RDC. Les miliciens ont tué six civils.")
    assert got["miliciens de la CODECO"] == got["miliciens"] == "CODECO: Cooperative for Development of Congo"
    mentions = ActorsStage()(build("La CODECO a été signalée en Ituri, en RDC. Les miliciens ont tué six civils.")).actors
    generic = [m for m in mentions if m.span.text == "miliciens"][0]
    assert generic.name == "CODECO: Cooperative for Development of Congo" and "coreferent" in generic.rule


def test_two_named_groups_leave_the_generic_noun_unidentified():
    got = actors("Le M23 et les ADF sont actifs en RDC. Les rebelles ont attaqué Beni.")
    assert got["rebelles"] == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_state_forces_are_no_antecedent_for_a_generic_noun():
    got = actors("Les FAMa ont patrouillé au Mali. Des jihadistes ont attaqué leur convoi.")
    assert got["jihadistes"] == "Unidentified Armed Group (Mali)"


def test_haitian_gangs_and_police():
    got = actors("La PNH a affronté des membres de la coalition Viv Ansanm à Delmas, en Haïti.",
                 published=dt.date(2024, 8, 19))
    assert got["PNH"] == "Police Forces of Haiti (2024-)"
    assert got["coalition Viv Ansanm"] == "Viv Ansanm"


def test_an_indefinite_generic_noun_is_someone_new():
    # the named group of the sentence before claimed another attack: "gunmen" are not it
    got = actors("IS claimed the killings near Hit, in Iraq. On the same night, gunmen attacked an army checkpoint.",
                 "en")
    assert got["gunmen"] == "Unidentified Armed Group (Iraq)"
    got = actors("Les FDS ont affronté des jihadistes près de Hajin, en Syrie.")
    assert got["jihadistes"] == "Unidentified Armed Group (Syria)"


def test_a_generic_noun_in_apposition_is_the_named_group():
    got = actors("Les ADF, groupe armé d'origine ougandaise, sont actifs en RDC.")
    assert got["groupe armé"] == "ADF: Allied Democratic Forces"


def test_peacekeepers_are_the_mission_of_the_country():
    got = actors("A UN peacekeeper was killed near Bria, in the Central African Republic.", "en")
    assert got["UN peacekeeper"].startswith("MINUSCA: ")
    assert actors("Un casque bleu a été blessé à Gao, au Mali.")["casque bleu"].startswith("MINUSMA: ")
    assert actors("A UN peacekeeper was killed in Lebanon.", "en")["UN peacekeeper"] is None  # no mission we know


def test_a_province_or_town_sets_the_country_of_generic_actors():
    got = actors("La police a ouvert le feu à Beni, dans le Nord-Kivu.")
    assert got["La police"] == "Police Forces of the Democratic Republic of Congo (2019-)"


def test_separatists_are_named_only_where_one_movement_fights():
    got = actors("Separatist fighters set fire to a school in Bamenda, Cameroon.", "en")
    assert got["Separatist fighters"] == "Ambazonian Separatists"
    assert actors("Des séparatistes ont attaqué un poste près de Kharkiv, en Ukraine.")["séparatistes"] is None


def test_with_no_date_the_period_is_not_guessed():
    # an undated 2017 report must not be coded with the post-2024 authorities' name
    from eventdesk.actors.dictionary import event_name

    assert event_name("Military Forces of Syria (2024-)", None) == "Military Forces of Syria"
    assert event_name("Police Forces of Israel (2022-)", None) == "Police Forces of Israel"
    assert event_name("Islamic State (Syria)", None) == "Islamic State (Syria)"  # not periodised: unchanged
    assert event_name("Military Forces of Syria (2024-)", dt.date(2017, 6, 5)) == "Military Forces of Syria (2000-2024)"
