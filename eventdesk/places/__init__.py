"""Places: find place mentions in a report and resolve them against a gazetteer.

    fold.py            transliteration-aware matching keys
    display.py         the plain ASCII display name of an entry ("Abu Kamal" for "Ālbū Kamāl")
    gazetteer.py       the Gazetteer protocol, its registry and the in-memory backend
    index.py           the built-in on-disk (SQLite) gazetteer built from registry packages
    geonames_import.py GeoNames dump files into the same on-disk index
    countries.py       country names, codes and ACLED regions
    detect.py          candidate spans in the text
    relative.py        "près de X", "à 60 km à l'est de X", "la province de X"
    resolve.py         ranking candidates in context
    stage.py           PlacesStage
"""
