"""Places: find place mentions in a report and resolve them against a gazetteer.

    fold.py            transliteration-aware matching keys
    display.py         the plain ASCII display name of an entry ("Abu Kamal" for "Ālbū Kamāl")
    gazetteer.py       the Gazetteer protocol, its registry and the in-memory backend
    index.py           the built-in on-disk (SQLite) gazetteer built from registry packages
    geonames_import.py GeoNames dump files into the same on-disk index
    countries.py       country names, codes and ACLED regions
    detect.py          candidate spans in the text
    relative.py        "près de X", "à 60 km à l'est de X", "la province de X"
    scoring.py         the score of one candidate in context, and distances
    choice.py          choosing one candidate: best score, then the special rules
    readings.py        which readings of a name may compete at all
    entry_place.py     a chosen entry as a Place, with its precision and radius
    resolve.py         the names of the four above, importable from one place
    finding.py         a report's place names (`Found`), with their candidates
    placing.py         a report's found names resolved in context into PlaceMentions
    stage.py           PlacesStage
"""
