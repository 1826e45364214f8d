"""Events placed only at a country or a region, and statements that retell an earlier event.

An ACLED event is placed at the finest place the text gives for it. When the place that
governs a trigger is a country, a region or a province ("en Syrie", "in Iraq", "la province
d'Anbar") and the sentence, or the sentence before it in the same paragraph, introduces a
town with a locative word ("près du poste-frontière d'Al-Qaïm"), the town is the event's
place. A town of another country never qualifies.

A statement left at a country or a region across borders is coded only as a retelling: a definite event
noun ("the attack", "ces frappes") standing for an event the report told before in that
country; it then takes that event's type, place and date so that merging folds it in.
Otherwise its place would be a guess, and it is kept as a claim.

"The attack came a month after the earthquake", "ces frappes surviennent un an après le
début de la guerre": a definite event noun as the subject of a framing verb (data:
`retelling.framing_verbs` in eventdesk/lang/<code>/modality_cues.yaml) is the event told
before, wherever the sentence's other place and date words point: a claim, not a new event
(another trigger of the sentence, "après l'enlèvement de deux bergers", may still be one).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from typing import Any

from eventdesk.events import location
from eventdesk.events.lexicon import lower
from eventdesk.events.retelling import definite_event_noun
from eventdesk.langdata import lang_data
from eventdesk.records import ActorMention, EventMention, PlaceMention, Report, Span

COARSE = frozenset({"country", "region", "admin1"})
NATIONAL = frozenset({"country", "region"})
_FINE = frozenset({"populated_place", "admin2", "relative"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


@functools.cache
def framing_verbs(language: str) -> frozenset[str]:
    d = lang_data(language, "modality_cues.yaml").get("retelling", {})
    return frozenset(lower(w) for w in d.get("framing_verbs", ()))


def _country(pm: PlaceMention) -> str | None:
    return pm.place.country_code or pm.place.country if pm.place else None


def _previous_sentence(report: Report, sentence: Span) -> Span | None:
    """The sentence before `sentence` when both are in the same paragraph."""
    before = [s for s in report.sentences if s.end <= sentence.start]
    if not before:
        return None
    prev = before[-1]
    return None if "\n" in report.article.text[prev.end:sentence.start] else prev


def refine(report: Report, sentence: Span, place: PlaceMention | None,
           actors: Sequence[ActorMention]) -> PlaceMention | None:
    """A town for an event placed at a country, region or province: introduced by a locative
    in the sentence or in the one before it in the same paragraph, in the same country."""
    if place is None or place.place is None or place.place.kind not in COARSE or place.rule.startswith("anaphor"):
        return place  # "dans cette province": the text itself points back to the area, not to a town
    doc, lang, country = report.doc, report.language or "fr", _country(place)
    for span in (sentence, _previous_sentence(report, sentence)):
        if span is None:
            continue
        towns = [p for p in report.places if span.contains(p.span) and p.place is not None
                 and p.place.kind in _FINE and country is not None and _country(p) == country]
        inside = [a for a in report.actors if span.contains(a.span)]
        town = location.surface_place(doc, towns, lang, inside)
        if town is not None:
            return town
    return place


def national(place: PlaceMention | None) -> bool:
    """A country, or a region across borders ("le Sahel"); a region inside one country (the
    Syrian desert, "al-Badia") is where the event happened, as ACLED codes it."""
    if place is None or place.place is None or place.place.kind not in NATIONAL:
        return False
    return place.place.kind == "country" or _country(place) is None


def _event_nouns(head: Any, trigger_heads: Collection[int]) -> list[Any]:
    if head.pos_ == "NOUN":
        return [head]
    return [c for c in head.children if c.dep_ in _SUBJECTS and c.i in trigger_heads]


def framed(head: Any, language: str) -> bool:
    """"The attack came …", "ces frappes surviennent …": the trigger noun is the definite
    subject of a framing verb."""
    verbs = framing_verbs(language)
    return (head.pos_ == "NOUN" and head.dep_ in _SUBJECTS and definite_event_noun(head, language)
            and lower(head.head.lemma_) in verbs)


def retold(head: Any, place: PlaceMention | None, earlier: Sequence[EventMention], trigger_heads: Collection[int],
           language: str) -> EventMention | None:
    """The earlier event a definite event noun placed at a country or region retells: the
    last one told before in that country."""
    coded = [m for m in earlier if m.place is not None and m.place.place is not None]
    if not coded or not national(place) or not any(definite_event_noun(n, language) for n in _event_nouns(head, trigger_heads)):
        return None
    country = _country(place)  # type: ignore[arg-type]
    return next((m for m in reversed(coded) if _country(m.place) == country), None)  # type: ignore[arg-type]
