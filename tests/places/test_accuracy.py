"""Round-2 accuracy rules, model-free: display names, one place per name in a report, the
town that names its area, population against small namesakes, country points, demonyms."""

from __future__ import annotations

import pytest

from eventdesk.places.build import _display
from eventdesk.places.points import FAR_FROM_LANDMASS_KM, choose_point, country_points, landmass_centre
from eventdesk.places.demonyms import demonyms, find
from eventdesk.places.display import display_name
from eventdesk.places.gazetteer import Candidate, GazEntry
from eventdesk.places.resolve import Context, choose
from tests.places.test_stage import by_text, places

# GeoNames' own Latin alternate names (a sample) for towns whose main name has diacritics
ABU_KAMAL = ["Abou Kemal", "Abu Kamal", "Abu Kemal", "Abu Kemāl", "Abu-Kamal'", "Abū Kamāl", "Al-Bukamal",
             "Al-bu-Kamal", "Albu Kamal", "Bukmal", "Hindane", "Hindané", "abw kmal", "albw kmal"]
HAMA = ["Chama", "Epiphaneia", "Gama", "Hama", "Hamah", "Hamath", "Khama", "hama", "hmah"]
MAYADIN = ["Al Mayadin", "Al-Mayadeen", "Mayadin", "Mayadine", "Mayādīn", "Meyadin", "Meyādīn", "myadyn"]


@pytest.mark.parametrize("name,alternates,expected", [
    ("Ālbū Kamāl", ABU_KAMAL, "Abu Kamal"),  # most frequent spelling, not the unaccented 'Albu Kamal'
    ("Ḩamāh", HAMA, "Hama"),  # 'Hama' and 'Hamah' as frequent: the shorter
    ("Al Mayādīn", MAYADIN, "Al Mayadin"),  # as many words as the name: keeps the article
    ("Deir ez-Zor", ["Dayr az Zawr", "Deir Ezzor"], "Deir ez-Zor"),  # an ASCII name is kept
    ("Ḩimş", [], "Hims"),  # no alternate: the unaccented name
    ("Ḩimş", ["Emesa", "Emesa", "Emesa"], "Hims"),  # a frequent other name is not a spelling of it
    ("Zürich", ["Zurich", "Zuerich", "ZURICH"], "Zurich"),
])
def test_display_name_rule(name: str, alternates: list[str], expected: str) -> None:
    assert display_name(name, alternates) == expected


def test_resolved_places_show_the_coder_spelling(tiny) -> None:
    found = by_text(places(tiny, "Des frappes ont visé Ḩamāh, Albu Kamal et Al Mayādīn samedi.",
                           [("Ḩamāh", "LOC"), ("Albu Kamal", "LOC"), ("Al Mayādīn", "LOC")]))
    assert found["Ḩamāh"].place.name == "Hama"
    assert found["Albu Kamal"].place.name == "Abu Kamal"
    assert found["Al Mayādīn"].place.name == "Al Mayadin"
    assert found["Ḩamāh"].place.geonameid == 170017  # the display name changes nothing else


def test_two_spellings_in_one_report_are_one_place(tiny) -> None:
    text = ("Des obus sont tombés sur Hama lundi. À Ḩamāh, les habitants ont fui. Plus à l'est, "
            "Boukamal a été visée ; l'armée dit avoir repris Abou Kamal le soir.")
    found = by_text(places(tiny, text, [("Hama", "LOC"), ("Ḩamāh", "LOC"), ("Boukamal", "LOC"),
                                        ("Abou Kamal", "LOC")]))
    assert found["Hama"].place.geonameid == found["Ḩamāh"].place.geonameid == 170017
    assert found["Boukamal"].place.geonameid == found["Abou Kamal"].place.geonameid == 174448


def town(gid: int, name: str, pop: int, cc: str = "US", a1: str | None = None, a2: str | None = None,
         lat: float = 40.0, lon: float = -90.0) -> GazEntry:
    return GazEntry(gid, name, "populated_place", lat, lon, cc, a1, a2, pop)


def cand(e: GazEntry, matched: str | None = None, sim: float = 1.0) -> Candidate:
    return Candidate(e, matched or e.name, sim, "geonames")


def test_another_mentions_choice_outweighs_a_bigger_namesake() -> None:
    small, big = town(1, "Salem", 40_000), town(2, "Salem", 170_000, lat=44.9)
    assert choose([cand(small), cand(big)], Context()).candidate.entry.geonameid == 2
    chosen = choose([cand(small), cand(big)], Context(chosen=frozenset({1})))
    assert chosen.candidate.entry.geonameid == 1 and "another mention" in chosen.rule


def test_the_town_that_names_its_area_beats_the_area() -> None:
    # the district's population (the sum of its towns') is larger, but 'Amsterdam' is the city
    area = GazEntry(10, "Amsterdam", "admin2", 52.37, 4.89, "NL", "North Holland", "Amsterdam", 1_750_000)
    city = town(11, "Amsterdam", 741_636, "NL", "North Holland", "Amsterdam", 52.37, 4.89)
    namesake = town(12, "Amsterdam", 18_000, "US", "New York", "Montgomery", 42.94, -74.19)
    got = choose([cand(area), cand(city), cand(namesake)], Context())
    assert got.candidate.entry.geonameid == 11 and "names its area" in got.rule


def test_a_state_beats_a_small_town_that_only_shares_its_name() -> None:
    state = GazEntry(20, "Florida", "admin1", 28.0, -81.7, "US", "Florida", None, 20_000_000)
    village = town(21, "Florida", 2_800, "US", "New York", "Orange", 41.33, -74.36)
    assert choose([cand(state), cand(village)], Context()).candidate.entry.geonameid == 20


def test_own_name_beats_an_alternate_name_of_a_bigger_town() -> None:
    # 'Riverdale' is listed among a big city's alternate names; the town called Riverdale wins
    big = town(30, "Glendale", 200_000)
    own = town(31, "Riverdale", 15_000)
    got = choose([cand(big, "Riverdale"), cand(own)], Context())
    assert got.candidate.entry.geonameid == 31


def test_area_display_names_are_spellings_of_the_area() -> None:
    assert _display("Dayr az Zawr", ["Deir ez-Zor", "Deir ez-Zor Governorate"]) == "Deir ez-Zor"
    assert _display("Dimashq", ["Damascus City", "Damascus Governorate"]) == "Damascus"
    assert _display("Florida", ["Pololika", "State of Florida"]) == "Florida"  # not another language's name
    assert _display("Oklahoma", ["Estado de Oklahoma", "State of Oklahoma"]) == "Oklahoma"
    assert _display("California", ["Alta California", "Golden State"]) == "California"
    assert _display("Al Anbār", ["Al-Anbar Governorate", "Anbar", "Anbar Governorate"]) == "Anbar"
    assert _display("Mississippi", ["Mikikipi", "State of Mississippi"]) == "Mississippi"  # a lone alias
    assert _display("Ḩamāh", ["Hama", "Hama Governorate", "Hamah Governorate"]) == "Hama"


def test_country_points_are_representative_not_town_medians() -> None:
    points = country_points()
    if not points:
        pytest.skip("countryinfo is not installed")
    assert points["SY"][:2] == (35.0, 38.0) and points["IQ"][:2] == (33.0, 44.0)
    assert all(-90 <= la <= 90 and -180 <= lo <= 180 for la, lo, _ in points.values())
    # countryinfo's rounded 38N 97W for the United States is replaced by the centre of the
    # contiguous states (near Lebanon, Kansas: 39.8N 98.6W), where GeoNames puts the country
    la, lo, note = points["US"]
    assert abs(la - 39.8) < 1.0 and abs(lo + 98.6) < 1.0 and "landmass" in note


def square(lat: float, lon: float, half: float) -> list[list[float]]:
    return [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half], [lon - half, lat + half]]


def test_landmass_centre_is_the_largest_polygons_and_replaces_a_far_point() -> None:
    outline = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [square(40.0, -100.0, 10.0)], [square(64.0, -150.0, 3.0)]]}}]}  # a big block and an island
    centre = landmass_centre(outline)
    assert centre is not None and abs(centre[0] - 40.0) < 1e-6 and abs(centre[1] + 100.0) < 1e-6
    near = (40.5, -100.5)  # a rounded point ~70 km away: kept
    assert choose_point(near, centre)[:2] == near
    far = (38.0, -97.0)  # about 340 km away: the landmass centre instead
    assert FAR_FROM_LANDMASS_KM < 340 and choose_point(far, centre)[:2] == centre
    assert choose_point(None, None) is None and choose_point(None, centre)[:2] == centre
    # two comparable pieces (Malaysia's peninsula and Borneo): no landmass stands for the country
    split = {"features": [{"geometry": {"type": "MultiPolygon", "coordinates": [
        [square(4.0, 102.0, 2.0)], [square(3.0, 114.0, 2.2)]]}}]}
    assert landmass_centre(split) is None


def test_english_demonyms_come_from_package_data_and_need_a_capital() -> None:
    table = demonyms("en")
    if "tunisian" not in table:
        pytest.skip("countryinfo is not installed")
    assert table["tunisian"] == "TN" and table["indian"] == "IN" and table["american"] == "US"
    text = "Polish and Tunisian crews polish the deck; the Syrian army watched."
    got = {text[s:e]: cc for s, e, cc in find(text, "en")}
    assert got == {"Polish": "PL", "Tunisian": "TN", "Syrian": "SY"}
    assert find("des pèlerins irakiens", "fr") == [(13, 21, "IQ")]  # French demonyms stay lower-case


def test_a_written_article_is_part_of_the_name() -> None:
    from eventdesk.places.gazetteer import LayeredGazetteer, MemoryGazetteer

    sharkey = GazEntry(4445678, "Sharkey County", "admin2", 32.9, -90.9, "US", "Mississippi", "Sharkey County", 2704)
    raqqa = GazEntry(172955, "Ar Raqqah", "populated_place", 35.95, 39.01, "SY", "Raqqa", None, 177636)
    gaz = LayeredGazetteer(MemoryGazetteer([sharkey, raqqa], [(4445678, "Sharkey")]), aliases=())
    # 'Al-Sharqi' ("the eastern") folds like 'Sharkey' once its article goes: no longer exact
    assert all(c.similarity <= 0.9 for c in gaz.candidates("Al-Sharqi"))
    assert choose(gaz.candidates("Al-Sharqi"), Context(theatre=frozenset({"US", "SY"}))) is None
    assert gaz.candidates("Sharkey")[0].similarity == 1.0
    # dropping an article when writing is ordinary: 'Raqqa' is still Ar Raqqah, exactly
    assert [(c.entry.geonameid, c.similarity) for c in gaz.candidates("Raqqa")] == [(172955, 1.0)]
