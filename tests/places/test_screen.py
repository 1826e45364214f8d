"""Round-6 defects, model-free, on sentences written for them: actors and acronyms read as
places, places inside an organisation's name, a country name cut at its lower-case word,
rivers read as namesake towns, and a world city losing to a small namesake in the theatre."""

from __future__ import annotations

from eventdesk.places.gazetteer import GazEntry, LayeredGazetteer, MemoryGazetteer
from eventdesk.places.stage import PlacesStage
from tests.places.util import make_report

GAO = GazEntry(2457163, "Gao", "populated_place", 16.27, -0.04, "ML", "Gao", None, 87_000)
FAMA = GazEntry(930001, "Fama", "populated_place", 13.0, 32.0, "SD", None, None, 2_000)
BURKINA = GazEntry(2361809, "Burkina Faso", "country", 12.5, -1.7, "BF", None, None, 19_000_000)
ANBAR = GazEntry(99592, "Anbar", "admin1", 33.4, 42.0, "IQ", "Anbar", None, 600_000)
RAMADI = GazEntry(98717, "Ramadi", "populated_place", 33.42, 43.3, "IQ", "Anbar", None, 223_500)
ARABI = GazEntry(343749, "Arabi", "populated_place", 9.0, 42.0, "ET", None, None, 148_000)
SAUDI = GazEntry(102358, "Saudi Arabia", "country", 24.0, 45.0, "SA", None, None, 33_000_000)
EFRATA = GazEntry(282457, "Efrata", "populated_place", 31.65, 35.15, "PS", None, None, 10_000)
TIGRE = GazEntry(3641351, "El Tigre", "populated_place", 8.89, -64.25, "VE", None, None, 222_000)
MOSUL = GazEntry(99072, "Mosul", "populated_place", 36.34, 43.13, "IQ", "Nineveh", None, 1_683_000)
DEIR = GazEntry(170794, "Deir ez-Zor", "populated_place", 35.34, 40.14, "SY", "Deir ez-Zor", None, 271_800)
UK = GazEntry(2635167, "United Kingdom", "country", 54.0, -2.0, "GB", None, None, 66_000_000)
LONDON = GazEntry(2643743, "London", "populated_place", 51.51, -0.13, "GB", "England", None, 8_961_989)
WASH_UK = GazEntry(2634716, "Washington", "populated_place", 54.9, -1.52, "GB", "England", None, 1_930)
WASH_US = GazEntry(4140963, "Washington", "populated_place", 38.9, -77.04, "US", "District of Columbia", None, 689_545)
ENTRIES = [GAO, FAMA, BURKINA, ANBAR, RAMADI, ARABI, SAUDI, EFRATA, TIGRE, MOSUL, DEIR, UK, LONDON, WASH_UK, WASH_US]
ALTERNATES = [(2361809, "Burkina"), (343749, "Arabie"), (102358, "Arabie saoudite"), (282457, "Euphrat"),
              (3641351, "Tigre"), (99072, "Mossoul"), (2635167, "Royaume-Uni"), (2643743, "Londres")]


def places(text: str, entities: list[tuple[str, str]], language: str = "fr") -> dict[str, tuple[int | None, str]]:
    gaz = LayeredGazetteer(MemoryGazetteer(ENTRIES, ALTERNATES), aliases=())
    return {m.span.text: (m.place.geonameid if m.place else None, m.rule)
            for m in PlacesStage(gaz)(make_report(text, entities, language)).places}


def test_actor_names_and_acronyms_are_not_places() -> None:
    got = places("Les FAMa et les combattants d'al-Shabab se sont affrontés près de Gao ; le M23 a réagi.",
                 [("FAMa", "LOC"), ("al-Shabab", "LOC"), ("Gao", "LOC"), ("M23", "LOC")])
    assert "FAMa" not in got and "al-Shabab" not in got and "M23" not in got
    assert any(v[0] == GAO.geonameid for v in got.values())


def test_a_place_inside_an_organisation_name_says_so() -> None:
    got = places("Selon l'Agence d'information du Burkina, un officier de la police d'Anbar a été tué à Ramadi.",
                 [("Agence d'information du Burkina", "ORG"), ("Burkina", "LOC"), ("Anbar", "LOC"), ("Ramadi", "LOC")])
    assert "part of an organisation name 'Agence d'information du Burkina'" in got["Burkina"][1]
    assert "part of an organisation name 'police d'Anbar'" in got["Anbar"][1]
    assert "organisation" not in got["Ramadi"][1]
    en = places("Anbar police said two officers died in Ramadi on Monday.", [("Anbar", "GPE"), ("Ramadi", "GPE")], "en")
    assert "'Anbar police'" in en["Anbar"][1] and "organisation" not in en["Ramadi"][1]


def test_a_country_name_is_not_cut_at_its_lower_case_word() -> None:
    got = places("Le ministre s'est rendu en Arabie saoudite mardi.", [("Arabie", "LOC")])
    assert got == {"Arabie saoudite": (SAUDI.geonameid, got["Arabie saoudite"][1])}


def test_rivers_are_not_namesake_towns() -> None:
    got = places("Des frappes ont visé l'Euphrate près de Deir ez-Zor ; les eaux du Tigre ont monté à Mossoul.",
                 [("Euphrate", "LOC"), ("Deir ez-Zor", "LOC"), ("Tigre", "LOC"), ("Mossoul", "LOC")])
    assert got["Euphrate"][0] is None and "river" in got["Euphrate"][1]
    assert got["Tigre"][0] is None and "Tigris" in got["Tigre"][1]
    assert got["Mossoul"][0] == MOSUL.geonameid
    # without a river cue, 'Tigre' is not taken for the river
    assert "river" not in places("Le Tigre a voté.", [("Tigre", "LOC")]).get("Tigre", (None, ""))[1]


def test_a_world_city_does_not_lose_to_a_small_namesake_in_the_theatre() -> None:
    text = "Le Royaume-Uni a protesté. Londres a convoqué l'ambassadeur ; à Washington, on a réagi."
    got = places(text, [("Royaume-Uni", "LOC"), ("Londres", "LOC"), ("Washington", "LOC")])
    assert got["Londres"][0] == LONDON.geonameid
    assert got["Washington"][0] == WASH_US.geonameid
