"""Round-3 rules, model-free: context comes from other names, big cities against the areas
named like them, short names spelled exactly, names inside organisation names, area points."""

from __future__ import annotations

from eventdesk.places.build import box_centre
from eventdesk.places.gazetteer import Alias, GazEntry, LayeredGazetteer, MemoryGazetteer
from eventdesk.places.resolve import Context, choose
from eventdesk.places.spans import span_candidates
from eventdesk.places.stage import PlacesStage
from tests.places.test_accuracy import cand, town
from tests.places.util import make_report


def area(gid: int, name: str, pop: int, cc: str = "US", lat: float = 40.0, lon: float = -90.0) -> GazEntry:
    return GazEntry(gid, name, "admin1", lat, lon, cc, name, None, pop)


RED_OAK_TX = town(1, "Red Oak", 12_000, a1="Texas", lat=32.5, lon=-96.8)
RED_OAK_IA = town(2, "Red Oak", 5_500, a1="Iowa", lat=41.0, lon=-95.2)
IOWA = area(3, "Iowa", 2_400_000, lat=42.0, lon=-93.5)
OKC = town(4, "Oklahoma City", 681_000, a1="Oklahoma", lat=35.5, lon=-97.5)
OKLAHOMA = area(5, "Oklahoma", 3_000_000, lat=35.5, lon=-97.5)
DUNDALK_IE = town(6, "Dundalk", 39_000, cc="IE", lat=54.0, lon=-6.4)
JAPAN = GazEntry(7, "Japan", "country", 35.7, 139.8, "JP", None, None, 126_000_000)
GB = GazEntry(8, "United Kingdom", "country", 54.8, -2.7, "GB", None, None, 66_000_000)
HARARE = town(9, "Harare", 1_500_000, cc="ZW", lat=-17.8, lon=31.0)
VICTORIA = town(10, "Victoria", 90_000, cc="CA", lat=48.4, lon=-123.4)
LAA = town(11, "Laa", 6_000, cc="AT", lat=48.7, lon=16.4)
YIWU = town(13, "Yiwu", 1_200_000, cc="CN", lat=29.3, lon=120.1)
MARYLAND = area(12, "Maryland", 6_000_000, lat=39.0, lon=-76.7)
ENTRIES = [RED_OAK_TX, RED_OAK_IA, IOWA, OKC, OKLAHOMA, DUNDALK_IE, JAPAN, GB, HARARE, VICTORIA, LAA, YIWU, MARYLAND]


def gazetteer(aliases: tuple[Alias, ...] = ()) -> LayeredGazetteer:
    return LayeredGazetteer(MemoryGazetteer(ENTRIES, [(4, "Oklahoma")]), aliases=aliases)


def resolved(text: str, names: list[str]) -> dict[str, list[int | None]]:
    stage = PlacesStage(gazetteer())
    report = stage(make_report(text, [(n, "GPE") for n in names], language="en"))
    out: dict[str, list[int | None]] = {}
    for m in report.places:
        out.setdefault(m.span.text, []).append(m.place.geonameid if m.place else None)
    return out


def test_a_province_named_in_the_report_picks_the_smaller_namesake() -> None:
    text = "Floods hit Red Oak on Monday. Red Oak lies in Iowa. Red Oak schools closed."
    assert resolved(text, ["Red Oak", "Red Oak", "Iowa", "Red Oak"])["Red Oak"] == [2, 2, 2]
    # without the province, the bigger namesake; its own repetitions do not change that
    assert resolved("Floods hit Red Oak. Red Oak schools closed.", ["Red Oak", "Red Oak"])["Red Oak"] == [1, 1]


def test_a_longer_name_does_not_pull_its_prefix_to_itself() -> None:
    got = resolved("Oklahoma City police said storms crossed Oklahoma overnight.", ["Oklahoma City", "Oklahoma"])
    assert got["Oklahoma City"] == [4]
    assert got["Oklahoma"] == [5]  # the state, though the city lists 'Oklahoma' among its names


def test_a_big_city_beats_the_area_of_its_name_by_its_own_name_only() -> None:
    city = town(20, "Washington", 690_000, a1="District of Columbia")
    state = area(21, "Washington", 7_500_000)
    assert choose([cand(state), cand(city)], Context()).candidate.entry.geonameid == 20
    nyc = town(22, "New York City", 8_800_000, a1="New York")
    ny = area(23, "New York", 19_000_000)
    assert choose([cand(ny), cand(nyc, "New York")], Context()).candidate.entry.geonameid == 22
    # matched by an alternate name, a city under a million does not take its state's name
    assert choose([cand(OKLAHOMA), cand(OKC, "Oklahoma")], Context()).candidate.entry.geonameid == 5


def test_a_theatre_does_not_outweigh_a_world_city() -> None:
    paris_fr = town(30, "Paris", 2_100_000, cc="FR", lat=48.9, lon=2.3)
    paris_tx = town(31, "Paris", 24_000, a1="Texas")
    got = choose([cand(paris_tx), cand(paris_fr)], Context(theatre=frozenset({"US"})))
    assert got.candidate.entry.geonameid == 30


def test_one_demonym_makes_no_theatre_that_refuses_a_town() -> None:
    got = resolved("Japanese investors met in Dundalk.", ["Japanese", "Dundalk"])
    assert got["Dundalk"] == [6]


def test_short_names_and_abbreviations_are_spelled_exactly() -> None:
    gaz = gazetteer((Alias("Md.", 12, "en", "test"),))
    assert gaz.candidates("La.") == []  # not the Austrian town 'Laa'
    assert gaz.candidates("EU") == []  # not 'Yiwu'
    assert [c.entry.geonameid for c in gaz.candidates("Laa")] == [11]
    assert [c.entry.geonameid for c in gaz.candidates("Yiwu")] == [13]
    assert [c.entry.geonameid for c in gaz.candidates("Md.")] == [12]
    assert gaz.candidates("Md") == []  # an abbreviation alias needs its dot


def test_a_place_inside_an_organisation_name() -> None:
    gaz = gazetteer()
    origin, cands = span_candidates(gaz, "Harare City Council", "en")
    assert origin == "ner-part" and [c.entry.geonameid for c in cands] == [9]
    assert span_candidates(gaz, "Victoria St.", "en") == ("ner", ())  # a street is not its namesake town
    assert span_candidates(gaz, "Third Street", "en") == ("ner", ())
    assert span_candidates(gaz, "Lorem Ipsum Hall", "en") == ("ner", ())


def test_area_points_are_box_centres_across_the_antimeridian() -> None:
    assert box_centre([10.0, 20.0, 12.0], [30.0, 40.0, 31.0]) == (15.0, 35.0)
    lat, lon = box_centre([-16.0, -18.0], [179.0, -179.0])  # Fiji-like: 2 degrees wide, not 358
    assert lat == -17.0 and abs(abs(lon) - 180.0) < 1e-9
