"""GeoNames dump import, on tiny files written here in the exact dump formats."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from eventdesk.errors import MalformedInput
from eventdesk.places import index
from eventdesk.places.gazetteer import LayeredGazetteer
from eventdesk.places.geonames_import import import_geonames
from eventdesk.places.stage import PlacesStage
from tests.places.util import make_report


def row(*cols: object) -> str:
    assert len(cols) == 19
    return "\t".join("" if c is None else str(c) for c in cols) + "\n"


# geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 adm1 adm2 adm3 adm4 pop elev dem tz moddate
ROWS = [
    row(163843, "Syrian Arab Republic", "Syrian Arab Republic", "Syria,Syrie", 35.0, 38.0, "A", "PCLI", "SY",
        None, "00", None, None, None, 22933531, None, 389, "Asia/Damascus", "2024-01-01"),
    row(170792, "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor Governorate,Deir Ezzor", 35.0, 40.5, "A", "ADM1",
        "SY", None, "07", None, None, None, 1239000, None, 200, "Asia/Damascus", "2024-01-01"),
    row(174448, "Ālbū Kamāl", "Albu Kamal", "Abu Kamal,Abou Kemal,Al-Bukamal", 34.45226, 40.91854, "P", "PPLA2",
        "SY", None, "07", None, None, None, 57572, None, 177, "Asia/Damascus", "2024-01-01"),
    row(99000001, "Al Tanf Test Garrison", "Al Tanf Test Garrison", "", 33.51, 38.66, "S", "INSM",
        "SY", None, "11", None, None, None, 0, None, 700, "Asia/Damascus", "2024-01-01"),
    row(99000002, "Nowhere Point", "Nowhere Point", "", 0, 0, "P", "PPL",
        "SY", None, "07", None, None, None, 10, None, 0, "Asia/Damascus", "2024-01-01"),
]
# alternateNameId geonameid isolanguage name isPreferred isShort isColloquial isHistoric from to
ALTS = [
    "1\t174448\tfr\tAbou Kamal\t1\t\t\t\t\t\n",
    "2\t174448\tlink\thttps://example.org/Abu_Kamal\t\t\t\t\t\t\n",
    "3\t99000001\ten\tAt-Tanf\t\t1\t\t\t\t\n",
    "4\t174448\ten\tHindiye\t\t\t\t1\t\t\n",
]


@pytest.fixture()
def empty_index(tmp_path: Path) -> Path:
    return index.create_empty(tmp_path / "g.sqlite")


def test_import_country_zip_with_alternate_names(tmp_path: Path, empty_index: Path) -> None:
    (tmp_path / "SY.txt").write_text("".join(ROWS), encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "SY.zip", "w") as z:
        z.write(tmp_path / "SY.txt", "SY.txt")
        z.writestr("readme.txt", "not data")
    (tmp_path / "alternateNamesV2.txt").write_text("".join(ALTS), encoding="utf-8")
    result = import_geonames(tmp_path / "SY.zip", tmp_path / "alternateNamesV2.txt", index_path=empty_index)
    assert result.places == 4  # the row at 0,0 is refused
    gaz = index.SqliteGazetteer(empty_index)
    town = gaz.get(174448)
    assert town.kind == "populated_place" and town.admin1 == "Dayr az Zawr" and town.population == 57572
    assert town.name == "Abu Kamal"  # the display name from the row's alternates, not 'Ālbū Kamāl'
    assert gaz.get(170792).kind == "admin1" and gaz.get(163843).kind == "country"
    assert gaz.get(99000002) is None
    # alternate names from both files are searchable; links and historic names are not
    assert {c.entry.geonameid for c in gaz.candidates("Al-Bukamal")} == {174448}
    assert {c.entry.geonameid for c in gaz.candidates("At-Tanf")} == {99000001}
    assert gaz.candidates("Hindiye") == []


def test_imported_place_resolves_in_a_report(tmp_path: Path, empty_index: Path) -> None:
    (tmp_path / "allCountries.txt").write_text("".join(ROWS), encoding="utf-8")
    import_geonames(tmp_path / "allCountries.txt", index_path=empty_index)
    stage = PlacesStage(LayeredGazetteer(index.SqliteGazetteer(empty_index)))
    text = "Des tirs ont visé Al Tanf Test Garrison et Albu Kamal en Syrie."
    found = {m.span.text: m.place for m in stage(make_report(text)).places}
    assert found["Al Tanf Test Garrison"].geonameid == 99000001
    assert found["Albu Kamal"].geonameid == 174448


def test_wrong_column_count_names_the_line(tmp_path: Path, empty_index: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(ROWS[0] + "1\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(MalformedInput, match=r"bad.txt:2.*19"):
        import_geonames(bad, index_path=empty_index)
