"""A tiny gazetteer with real GeoNames ids and coordinates, and a hand-built Report maker."""

from __future__ import annotations

import re

from eventdesk.places.gazetteer import GazEntry, LayeredGazetteer, MemoryGazetteer
from eventdesk.records import Article, Entity, Report, Span

ENTRIES = [
    GazEntry(174448, "Ālbū Kamāl", "populated_place", 34.45226, 40.91854, "SY", "Deir ez-Zor", None, 57572),
    GazEntry(92138, "Al Qā’im", "populated_place", 34.39251, 40.98945, "IQ", "Anbar", None, 74100),
    GazEntry(170794, "Deir ez-Zor", "populated_place", 35.33588, 40.14084, "SY", "Deir ez-Zor", None, 271800),
    GazEntry(170792, "Deir ez-Zor", "admin1", 35.33588, 40.14084, "SY", "Deir ez-Zor", None, 0,
             "point of its largest town, Deir ez-Zor"),
    GazEntry(163808, "Tadmur", "populated_place", 34.5624, 38.28402, "SY", "Homs", None, 51015),
    GazEntry(8348699, "Palmyra", "populated_place", -32.04502, 115.78589, "AU", "Western Australia", None, 6737),
    GazEntry(170017, "Ḩamāh", "populated_place", 35.13179, 36.75783, "SY", "Hama", None, 460602),
    GazEntry(173480, "Al Mayādīn", "populated_place", 35.02083, 40.45306, "SY", "Deir ez-Zor", None, 44028),
    GazEntry(169577, "Homs", "populated_place", 34.72405, 36.72559, "SY", "Homs", None, 775404),
    GazEntry(170654, "Damascus", "populated_place", 33.5102, 36.29128, "SY", "Damascus", None, 1569394),
    GazEntry(2244979, "Tanaf", "populated_place", 12.64972, -15.42611, "SN", "Sédhiou", None, 4831),
    GazEntry(174506, "Hajīn", "populated_place", 34.69508, 40.83138, "SY", "Deir ez-Zor", None, 29237),
    GazEntry(163843, "Syria", "country", 36.20124, 37.16117, "SY", None, None, 0),
    GazEntry(99237, "Iraq", "country", 33.34058, 44.40088, "IQ", None, None, 0),
    GazEntry(2077456, "Australia", "country", -33.86785, 151.20732, "AU", None, None, 0),
    GazEntry(5367929, "Long Beach", "populated_place", 33.76696, -118.18923, "US", "California", None, 474140),
    GazEntry(8219798, "Long Beach", "populated_place", -35.701, 150.215, "AU", "New South Wales", None, 1362),
    GazEntry(6252001, "United States", "country", 39.76, -98.5, "US", None, None, 0),
    # traps: small real-sounding places whose names are also common words or actor names
    GazEntry(900001, "Assad", "populated_place", 30.0, 31.0, "EG", None, None, 3000),
    GazEntry(900002, "Rights", "populated_place", 40.0, -80.0, "US", None, None, 1500),
    GazEntry(900003, "Selon", "populated_place", 46.0, 2.0, "FR", None, None, 2500),
]
ALTERNATES = [
    # a sample of GeoNames' own alternate names for the towns whose main name has diacritics
    (174448, "Abu Kamal"), (174448, "Abū Kamāl"), (174448, "Abu Kemal"), (174448, "Abou Kemal"),
    (174448, "Albu Kamal"), (174448, "Al-Bukamal"), (173480, "Al Mayadin"), (173480, "Mayadin"),
    (173480, "Mayādīn"), (173480, "Meyadin"), (170017, "Hamah"), (170017, "Khama"),
    (92138, "Al Qaim"), (170794, "Dayr az Zawr"), (170792, "Dayr az Zawr"),
    (163808, "Palmyra"), (163808, "Tadmor"), (170017, "Hama"), (170654, "Dimashq"),
    (163843, "Syrie"), (99237, "Irak"), (6252001, "Etats-Unis"),
]


def tiny_gazetteer() -> LayeredGazetteer:
    return LayeredGazetteer(MemoryGazetteer(ENTRIES, ALTERNATES))


def make_report(text: str, entities: list[tuple[str, str]] = (), language: str = "fr") -> Report:
    """A Report with sentences split on '. ' and the given (surface, label) entities, each at
    its first occurrence not already used."""
    sentences, start = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+|$", text):
        if m.start() > start:
            sentences.append(Span(start, m.start(), text[start:m.start()]))
        start = m.end()
    ents, used = [], set()
    for surface, label in entities:
        pos = text.find(surface)
        while pos in used:
            pos = text.find(surface, pos + 1)
        assert pos >= 0, surface
        used.add(pos)
        ents.append(Entity(Span(pos, pos + len(surface), surface), label))
    ents.sort(key=lambda e: e.span.start)
    return Report(Article(id="t", text=text, origin="test"), language=language,
                  sentences=tuple(sentences), entities=tuple(ents))
