"""PlacesStage on hand-built reports and the tiny gazetteer (no model, no index)."""

from __future__ import annotations

import pytest

from eventdesk.errors import UnknownComponent
from eventdesk.places.gazetteer import gazetteers
from eventdesk.places.stage import PlacesStage
from eventdesk.records import PlaceMention
from tests.places.util import make_report

SPELLINGS = {
    174448: ["AlBoukamal", "Boukamal", "al-Boukamal", "Al-BouKamal", "Abou Kamal", "Albu Kamal",
             "al-Bochmal", "Al-Bochmal", "al-Buchmal", "al-Bukhmal"],
    92138: ["AlQaïm", "Qaëm", "Al-Qaïm"],
    170794: ["Deir Ezzor", "Deir al-Zor", "Deir ez-Zor"],
    163808: ["Palmyre", "Tadmor"],
}


def places(tiny, text: str, entities=(), language: str = "fr") -> tuple[PlaceMention, ...]:
    return PlacesStage(tiny)(make_report(text, list(entities), language)).places


def by_text(mentions: tuple[PlaceMention, ...]) -> dict[str, PlaceMention]:
    return {m.span.text: m for m in mentions}


@pytest.mark.parametrize("gid,spelling", [(g, s) for g, ss in SPELLINGS.items() for s in ss])
@pytest.mark.parametrize("label", [None, "LOC", "PER"])
def test_every_seed_spelling_resolves(tiny, gid: int, spelling: str, label: str | None) -> None:
    text = f"Des tirs ont été entendus dans la ville de {spelling} en Syrie mardi soir."
    ents = [(spelling, label)] if label else []
    m = by_text(places(tiny, text, ents))[spelling]
    assert m.place is not None and m.place.geonameid == gid
    assert m.geo_precision == 1 and m.radius_km and m.rule
    assert m.is_event_location is False


def test_hyphen_joined_pair_gives_two_places(tiny) -> None:
    found = by_text(places(tiny, "Le poste-frontière AlBoukamal-AlQaïm a rouvert lundi."))
    assert found["AlBoukamal"].place.geonameid == 174448
    assert found["AlQaïm"].place.geonameid == 92138
    assert found["AlQaïm"].place.country == "Iraq" and found["AlBoukamal"].place.country == "Syria"


@pytest.mark.parametrize("text,entities", [
    ("Le Hamas a revendiqué l'attaque.", []),
    ("Le Hamas a revendiqué l'attaque.", [("Hamas", "ORG")]),
    ("HTS a pris le contrôle du poste.", []),
    ("Human rights groups condemned the Rights Council delay.", []),
    ("The ambassador met Bashar al-Assad.", [("Bashar al-Assad", "PERSON")]),
    ("Selon l'armée, la situation est calme.", []),
])
def test_over_match_traps_give_no_place(tiny, text: str, entities) -> None:
    assert places(tiny, text, entities, "en" if "the" in text.lower().split() else "fr") == ()


def test_hama_is_not_hamas(tiny) -> None:
    found = places(tiny, "Le Hamas a salué la prise de Hama par les rebelles.", [("Hamas", "ORG")])
    assert [(m.span.text, m.place.geonameid) for m in found] == [("Hama", 170017)]


def test_palmyre_in_a_syrian_report_is_tadmur_and_in_australia_is_palmyra(tiny) -> None:
    syr = by_text(places(tiny, "En Syrie, Palmyre a été bombardée près de Homs.", [("Palmyre", "LOC")]))
    assert syr["Palmyre"].place.geonameid == 163808
    aus = by_text(places(tiny, "In Australia, a fire reached Palmyra near Perth.", [("Palmyra", "GPE")], "en"))
    assert aus["Palmyra"].place.geonameid == 8348699


def test_long_beach_in_a_us_report_is_in_california(tiny) -> None:
    m = by_text(places(tiny, "Police in Long Beach, United States, arrested two men.", [], "en"))
    assert m["Long Beach"].place.country_code == "US"


def test_province_and_countryside_resolve_to_the_area(tiny) -> None:
    found = by_text(places(tiny, "Les frappes dans la province de Deir Ezzor et la campagne orientale "
                                 "de Deir ez-Zor ont visé Deir Ezzor."))
    prov = found["la province de Deir Ezzor"]
    rural = found["la campagne orientale de Deir ez-Zor"]
    town = found["Deir Ezzor"]
    assert prov.place.geonameid == 170792
    assert prov.place.kind == "admin1" and prov.geo_precision == 3 and prov.radius_km >= 50
    # the eastern countryside: the province's eastern half, an area (precision 3), not the town
    assert rural.place.kind == "relative" and rural.place.admin1 == "Deir ez-Zor" and rural.geo_precision == 3
    assert rural.place.longitude > prov.place.longitude + 0.3 and rural.radius_km < prov.radius_km
    assert town.place.geonameid == 170794 and town.geo_precision == 1


def test_relative_distance_and_direction(tiny) -> None:
    m = by_text(places(tiny, "Une base a été installée à 60 km à l’est de Hajin en Syrie."))
    rel = m["à 60 km à l’est de Hajin"]
    assert rel.place.kind == "relative" and rel.place.geonameid is None
    assert rel.place.longitude > 40.83138 + 0.5 and abs(rel.place.latitude - 34.695) < 0.1
    assert rel.geo_precision == 2 and 10 <= rel.radius_km <= 30
    assert rel.place.country == "Syria"


def test_near_keeps_the_town_with_precision_2(tiny) -> None:
    m = by_text(places(tiny, "Des combats ont éclaté près de Hajin, selon l'OSDH."))["près de Hajin"]
    assert m.place.geonameid == 174506 and m.geo_precision == 2 and m.radius_km >= 15


def test_unknown_places_are_kept_not_dropped(tiny) -> None:
    text = "Une base a été créée à Al-Zaqaf, à 60 km à l’est de la base al-Tanaf, en Syrie."
    found = by_text(places(tiny, text, [("Al-Zaqaf", "LOC"), ("al-Tanaf", "LOC")]))
    # al-Tanaf is our curated al-Tanf (not Tanaf in Senegal): the point 60 km east of it
    tanaf = found["à 60 km à l’est de la base al-Tanaf"]
    assert tanaf.place.kind == "relative" and tanaf.place.longitude > 38.65 + 0.5 and tanaf.geo_precision == 2
    # Al-Zaqaf is in no gazetteer: kept under its own name, at the distance said of it
    zaqaf = found["Al-Zaqaf"]
    assert "no gazetteer entry" in zaqaf.rule and zaqaf.place.kind == "unresolved" and zaqaf.place.geonameid is None
    assert zaqaf.place.name == "Al-Zaqaf" and zaqaf.geo_precision == 2
    assert (zaqaf.place.latitude, zaqaf.place.longitude) == (tanaf.place.latitude, tanaf.place.longitude)


def test_no_zero_coordinates_and_spans_match_text(tiny) -> None:
    text = ("À Damas et à Homs, en Syrie, comme à Al-Qaïm en Irak, près de Boukamal, et dans la "
            "province de Deir Ezzor, les forces sont en alerte.")
    report = make_report(text, [("Damas", "LOC"), ("Homs", "LOC"), ("Irak", "LOC")])
    found = PlacesStage(tiny)(report).places
    assert len(found) >= 6
    for m in found:
        assert text[m.span.start:m.span.end] == m.span.text
        if m.place is not None:
            assert m.place.latitude not in (0, None) and m.place.longitude not in (0, None)


def test_stage_contract_and_registry() -> None:
    assert (PlacesStage.name, PlacesStage.requires, PlacesStage.assigns) == (
        "places", ("sentences", "entities", "language"), ("places",))
    assert {"builtin", "memory"} <= set(gazetteers.names())
    with pytest.raises(UnknownComponent, match="builtin"):
        PlacesStage("nope").gazetteer


def test_demonyms_are_country_mentions_not_towns(tiny) -> None:
    found = by_text(places(tiny, "Des pèlerins irakiens ont été arrêtés par les forces syriennes."))
    assert found["irakiens"].place.country == "Iraq" and found["irakiens"].place.kind == "country"
    assert found["syriennes"].place.country_code == "SY" and found["syriennes"].geo_precision == 3
    assert found["irakiens"].rule.startswith("demonym")
    en = by_text(places(tiny, "Syrian forces shelled the area, an American official said.", [], "en"))
    assert set(en) == {"Syrian", "American"} and en["American"].place.country_code == "US"


def test_english_relative_cue_and_pickling(tiny) -> None:
    import pickle

    found = by_text(places(tiny, "Clashes broke out near Hajin, in Syria, on Monday.", [], "en"))
    assert found["near Hajin"].place.geonameid == 174506 and found["near Hajin"].geo_precision == 2
    stage = pickle.loads(pickle.dumps(PlacesStage("memory")))
    assert stage.name == "places" and stage.gazetteer is not None
