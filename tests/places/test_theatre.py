"""Places of the Syria-Iraq border theatre that no registry package lists, places no
gazetteer knows, relative places and compounds (tiny gazetteer, no model)."""

from __future__ import annotations

from eventdesk.places.gazetteer import curated_places
from eventdesk.places.regions import is_synthetic
from eventdesk.places.resolve import haversine_km
from tests.places.test_stage import by_text, places


def test_curated_places_have_points_notes_and_no_invented_ids() -> None:
    entries = {e.name: e for e, _ in curated_places()}
    assert {"Al-Tanf", "Al-Baghuz"} <= set(entries)
    for e, aliases in curated_places():
        assert e.latitude and e.longitude and e.radius_km and e.note and aliases
        assert all(a.seen for a in aliases)
        # an id we are not sure of is never shown as a GeoNames id
        assert is_synthetic(e.geonameid) or e.geonameid > 0


def test_al_tanf_spellings_are_the_syrian_base_not_tanaf_in_senegal(tiny) -> None:
    text = "Les Américains utilisent la base d’al-Tanf en Syrie; la base al-Tanaf est leur camp."
    found = by_text(places(tiny, text, [("al-Tanf", "LOC"), ("al-Tanaf", "LOC")]))
    for name in ("al-Tanf", "al-Tanaf"):
        p = found[name].place
        assert p.country_code == "SY" and p.geonameid is None and p.name == "Al-Tanf"
        assert found[name].geo_precision == 1 and found[name].radius_km >= 5


def test_sixty_km_east_of_al_tanaf_is_a_point_with_an_honest_radius(tiny) -> None:
    text = "Une base a été installée à 60 km à l’Est de la base al-Tanaf, selon l'opposition syrienne."
    m = by_text(places(tiny, text, [("al-Tanaf", "LOC")]))["à 60 km à l’Est de la base al-Tanaf"]
    tanf = next(e for e, _ in curated_places() if e.name == "Al-Tanf")
    assert m.place.kind == "relative" and m.geo_precision == 2
    assert abs(haversine_km(tanf.latitude, tanf.longitude, m.place.latitude, m.place.longitude) - 60) < 1
    assert m.place.longitude > tanf.longitude and abs(m.place.latitude - tanf.latitude) < 0.05
    assert tanf.radius_km < m.radius_km < 60  # the anchor's own uncertainty plus the distance's


def test_unknown_village_sits_in_the_area_its_sentence_names(tiny) -> None:
    text = "Des civils ont été enlevés au village d'Al-Sijr dans la campagne orientale de Deir Ezzor."
    found = by_text(places(tiny, text, [("Al-Sijr", "LOC")]))
    sijr, rural = found["Al-Sijr"], found["la campagne orientale de Deir Ezzor"]
    assert sijr.place.kind == "unresolved" and sijr.place.geonameid is None and sijr.place.name == "Al-Sijr"
    assert (sijr.place.latitude, sijr.place.longitude) == (rural.place.latitude, rural.place.longitude)
    assert sijr.geo_precision == 3 and sijr.radius_km == rural.radius_km and sijr.place.admin1 == "Deir ez-Zor"


def test_unknown_town_with_only_a_country_in_its_sentence(tiny) -> None:
    text = "Une attaque a visé une position aux alentours de Hamimah, mais les forces syriennes l'ont repoussée."
    m = by_text(places(tiny, text, [("Hamimah", "LOC")]))["aux alentours de Hamimah"]
    assert m.place.kind == "unresolved" and m.place.country_code == "SY"
    assert m.geo_precision == 3 and m.radius_km >= 100 and m.place.latitude not in (0, None)


def test_unknown_name_with_nothing_to_place_it_stays_unplaced(tiny) -> None:
    m = by_text(places(tiny, "Les combats continuent à Zarqoubiyeh.", [("Zarqoubiyeh", "LOC")]))["Zarqoubiyeh"]
    assert m.place is None and m.geo_precision is None  # never lat/lon 0, never a guess


def test_near_hajin_and_desert_of_al_boukamal(tiny) -> None:
    found = by_text(places(tiny, "Les jihadistes ont fui près de Hajin puis dans le désert d'Al-Boukamal."))
    near, desert = found["près de Hajin"], found["le désert d'Al-Boukamal"]
    assert near.place.geonameid == 174506 and near.geo_precision == 2 and near.radius_km >= 15
    assert desert.place.geonameid == 174448 and desert.geo_precision == 2 and desert.radius_km >= 50


def test_crossing_compound_gives_both_towns(tiny) -> None:
    text = "Le passage frontalier Abou Kamal-Qaëm a rouvert lundi."
    found = by_text(places(tiny, text, [("Abou Kamal-Qaëm", "LOC")]))
    assert found["Abou Kamal"].place.geonameid == 174448 and found["Qaëm"].place.geonameid == 92138
    assert "Abou Kamal-Qaëm" not in found
    assert not any(m.is_event_location for m in found.values())  # left to the events stage


def test_route_of_four_names_gives_each_part(tiny) -> None:
    text = "La route Iran-Irak-Syrie a été ouverte."
    found = by_text(places(tiny, text, [("Iran-Irak-Syrie", "LOC")]))
    assert found["Irak"].place.geonameid == 99237 and found["Syrie"].place.geonameid == 163843
    assert "Iran-Irak-Syrie" not in found


def test_hyphenated_country_adjectives_name_each_country(tiny) -> None:
    fr = by_text(places(tiny, "Des tirs à la frontière irako-syrienne et sur la frontière syro-irakienne.",
                        [("frontière irako-syrienne", "LOC")]))
    assert fr["irako"].place.country_code == "IQ" and fr["syrienne"].place.country_code == "SY"
    assert fr["syro"].place.country_code == "SY" and fr["irakienne"].place.country_code == "IQ"
    assert "frontière irako-syrienne" not in fr
    en = by_text(places(tiny, "Clashes on the Syrian-Iraqi border.", [], "en"))
    assert en["Syrian"].place.country_code == "SY" and en["Iraqi"].place.country_code == "IQ"
    # not every hyphenated word is a pair of countries
    assert places(tiny, "Un cessez-le-feu franco-quelque chose.", []) == ()
