"""Typed records that flow one way through the pipeline.

ingest → Article
language + nlp → Report(sentences, entities)
mentions → Report(places, actors, times, numbers, sources, report_date)
events → Report(event_mentions, claims, events)
store / export read Event and Report; nothing reaches back.

Every record is frozen. Unknown is None, never a sentinel. Every extracted fact keeps the
character span (offsets into Article.text) that supports it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# ---------------------------------------------------------------------------- spans


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character offsets [start, end) into the article text, and that text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}..{self.end}")

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# ---------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Article:
    """One report as ingested. `id` is the content hash of the normalised text."""

    id: str
    text: str
    origin: str  # file path, "path:line" for JSONL, or "path#entry" for feeds
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None  # as declared by metadata; detection goes in Report


# ---------------------------------------------------------------------------- nlp


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity span from the NLP model (label as the model gives it)."""

    span: Span
    label: str


# ---------------------------------------------------------------------------- places

GeoPrecision = Literal[1, 2, 3]
PlaceKind = Literal["populated_place", "admin1", "admin2", "country", "region", "relative", "unresolved"]


@dataclass(frozen=True)
class Place:
    """A resolved place. Coordinates are None when unknown, never 0."""

    name: str
    kind: PlaceKind
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None  # English short name, as in ACLED
    country_code: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    population: int | None = None


@dataclass(frozen=True)
class PlaceMention:
    span: Span
    place: Place | None  # None: we could not resolve it (kept, never dropped)
    geo_precision: GeoPrecision | None = None
    radius_km: float | None = None
    rule: str = ""  # which rule or score chose the place, human-readable
    score: float | None = None
    is_event_location: bool = False


# ---------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class ActorMention:
    span: Span
    name: str | None  # canonical ACLED-style actor name, None when not in the dictionary
    inter: int | None = None  # ACLED inter code 1..8
    country: str | None = None
    kind: str | None = None  # e.g. "state_forces", "rebel_group", "civilians", "source"
    rule: str = ""


# ---------------------------------------------------------------------------- time


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression resolved to an interval of calendar days."""

    span: Span
    earliest: dt.date | None
    latest: dt.date | None
    time_precision: Literal[1, 2, 3] | None  # ACLED: 1 day, 2 week, 3 month (or wider)
    rule: str = ""
    anchor: Literal["absolute", "report", "mention", "none"] = "none"


@dataclass(frozen=True)
class ReportDate:
    """The report's own date: from metadata, inferred from clues, or unknown (date None)."""

    date: dt.date | None
    source: Literal["metadata", "inferred", "unknown"]
    confidence: float
    evidence: tuple[Span, ...] = ()
    rule: str = ""


# ---------------------------------------------------------------------------- numbers and sources


@dataclass(frozen=True)
class NumberMention:
    span: Span
    value: int | None  # the conservative value (ACLED takes the lowest credible figure)
    low: int | None = None
    high: int | None = None
    kind: Literal["killed", "injured", "abducted", "arrested", "other"] = "other"
    rule: str = ""


@dataclass(frozen=True)
class SourceMention:
    """A source cited in the text: 'a déclaré à l'AFP le directeur de l'Observatoire'."""

    span: Span
    name: str  # canonical, e.g. "SOHR"
    via: tuple[str, ...] = ()  # reporting chain outward, e.g. ("AFP",)
    scale: str | None = None  # ACLED source_scale: Local, National, Regional, International, ...
    rule: str = ""


# ---------------------------------------------------------------------------- events

Modality = Literal[
    "asserted", "reported", "alleged", "denied", "planned", "hypothetical", "background", "accusation"
]
CODED_MODALITIES: frozenset[str] = frozenset({"asserted", "reported", "alleged"})


@dataclass(frozen=True)
class EventMention:
    """One clause that reports (or only mentions) an event, before merging."""

    sentence: Span
    trigger: Span
    event_type: str
    sub_event_type: str
    modality: Modality
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc_actor_1: ActorMention | None = None
    assoc_actor_2: ActorMention | None = None
    place: PlaceMention | None = None
    time: TimeMention | None = None
    fatalities: NumberMention | None = None
    sources: tuple[SourceMention, ...] = ()
    confidence: float = 0.5
    rule: str = ""


@dataclass(frozen=True)
class Claim:
    """A statement we saw but did not code as an event, with the reason."""

    sentence: Span
    modality: Modality
    reason: str
    trigger: Span | None = None
    event_type: str | None = None


@dataclass(frozen=True)
class Event:
    """A coded event: ACLED columns, then ours. `evidence` maps a field name to its span."""

    event_id_cnty: str
    event_date: dt.date | None
    time_precision: int | None
    disorder_type: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    interaction: int | None
    civilian_targeting: str | None
    iso: int | None
    region: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    source: str | None
    source_scale: str | None
    notes: str
    fatalities: int | None
    tags: str | None
    # ours
    date_earliest: dt.date | None = None
    date_latest: dt.date | None = None
    radius_km: float | None = None
    modality: Modality = "asserted"
    confidence: float = 0.5
    article_ids: tuple[str, ...] = ()
    evidence: Mapping[str, Span] = field(default_factory=dict)
    sources: tuple[SourceMention, ...] = ()
    versions: tuple[Mapping[str, Any], ...] = ()  # each source's own version when they disagree

    @property
    def year(self) -> int | None:
        return self.event_date.year if self.event_date else None


# ---------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class Report:
    """An article and everything the stages have found in it so far.

    Stages return `dataclasses.replace(report, field=...)`; they never mutate.
    `doc` holds the NLP library's own document for stages that need syntax; it is not
    serialised and not stored.
    """

    article: Article
    language: str | None = None
    doc: Any = field(default=None, compare=False, repr=False)
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    report_date: ReportDate | None = None
    places: tuple[PlaceMention, ...] = ()
    actors: tuple[ActorMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    numbers: tuple[NumberMention, ...] = ()
    sources: tuple[SourceMention, ...] = ()
    event_mentions: tuple[EventMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    events: tuple[Event, ...] = ()

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.article.text[start:end])
