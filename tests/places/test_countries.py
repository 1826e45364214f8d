from __future__ import annotations

import pytest

from eventdesk.places.countries import country_info


@pytest.mark.parametrize("query,name,iso3,num,region", [
    ("SY", "Syria", "SYR", 760, "Middle East"),
    ("Syrie", "Syria", "SYR", 760, "Middle East"),
    ("IRQ", "Iraq", "IRQ", 368, "Middle East"),
    ("Irak", "Iraq", "IRQ", 368, "Middle East"),
    ("cd", "Democratic Republic of Congo", "COD", 180, "Middle Africa"),
    ("Congo", "Republic of Congo", "COG", 178, "Middle Africa"),
    ("Côte d'Ivoire", "Ivory Coast", "CIV", 384, "Western Africa"),
    ("Etats-Unis", "United States", "USA", 840, "North America"),
    ("NO", "Norway", "NOR", 578, "Europe"),  # not YAML's boolean "no"
    ("Kazakhstan", "Kazakhstan", "KAZ", 398, "Caucasus and Central Asia"),
])
def test_country_info(query: str, name: str, iso3: str, num: int, region: str) -> None:
    info = country_info(query)
    assert info is not None
    assert (info.name, info.iso3, info.iso_numeric, info.region) == (name, iso3, num, region)


def test_unknown_country_is_none() -> None:
    assert country_info("Atlantis") is None
    assert country_info("") is None


def test_every_iso_country_has_an_acled_region_except_a_few_territories() -> None:
    import pycountry
    missing = [c.alpha_2 for c in pycountry.countries if country_info(c.alpha_2).region is None]
    assert missing == []


def test_every_country_has_its_french_name():
    # not only the few our data file lists: ISO's French names from pycountry's translations
    for french, iso2 in [("Belgique", "BE"), ("Irlande", "IE"), ("République centrafricaine", "CF"),
                         ("Arabie saoudite", "SA"), ("Royaume de Belgique", "BE"), ("Guinée équatoriale", "GQ")]:
        info = country_info(french)
        assert info is not None and info.iso2 == iso2, french
    assert country_info("Syrienne, République arabe") is None  # ISO's inverted form is not a name
