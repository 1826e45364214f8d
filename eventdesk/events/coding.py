"""EventMention → Event: the ACLED columns, a generated neutral note, and every field's span."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Mapping, Sequence

from eventdesk.actors.dictionary import event_name
from eventdesk.events.context import CountryInfo, CountryLookup, default_country_info
from eventdesk.events.taxonomy import lookup
from eventdesk.langdata import load_yaml
from eventdesk.records import Event, EventMention, Report, SourceMention, Span, TimeMention

CIVILIANS = 7
CIVILIAN_TARGET_TYPES = frozenset({"Violence against civilians", "Explosions/Remote violence"})


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED two-digit interaction: smaller code first; one-sided events are inter1 * 10."""
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        return (inter1 if inter1 is not None else inter2) * 10  # type: ignore[operator]
    lo, hi = sorted((inter1, inter2))
    return lo * 10 + hi


def civilian_targeting(event_type: str, inter2: int | None) -> str | None:
    if inter2 == CIVILIANS and event_type in CIVILIAN_TARGET_TYPES:
        return "Civilian targeting"
    return None


def source_chain(source: SourceMention) -> str:
    """'SOHR via AFP': the cited source, then the outlets it reached us through."""
    return " via ".join((source.name, *source.via))


def source_column(outlet: str | None, sources: Sequence[SourceMention]) -> str | None:
    names: list[str] = [outlet] if outlet else []
    for s in sources:
        for name in (s.name, *s.via):
            if name not in names:
                names.append(name)
    return "; ".join(names) or None


def source_scale(sources: Sequence[SourceMention]) -> str | None:
    scales = list(dict.fromkeys(s.scale for s in sources if s.scale))
    return "-".join(scales[:2]) or None


@functools.cache
def _notes_data() -> dict:
    return load_yaml("eventdesk.events", "data/notes.yaml")


def make_notes(*, event_date: str | None, sub_event_type: str, actor1: str | None, actor2: str | None,
               location: str | None, admin1: str | None, country: str | None, fatalities: int | None,
               outlet: str | None, sources: Sequence[SourceMention]) -> str:
    """A short neutral English summary generated from the coded fields only."""
    data = _notes_data()
    phrase = data["phrases"][sub_event_type]
    a1 = actor1 or data["unknown_actor"]
    what = phrase["with"].format(a1=a1, a2=actor2) if actor2 else phrase["alone"].format(a1=a1)
    when = f"On {event_date}" if event_date else data["no_date"]
    where = ""
    if location:
        area = ", ".join(x for x in (admin1, country) if x and x != location)
        where = f" in {location}" + (f" ({area})" if area else "")
    elif country:
        where = f" in {country}"
    text = f"{when}, {what}{where}."
    if fatalities:
        text += " " + (data["fatalities"]["one"] if fatalities == 1 else
                       data["fatalities"]["many"].format(n=fatalities))
    chain = "; ".join(dict.fromkeys(source_chain(s) for s in sources)) or outlet
    return text + (f" ({chain})" if chain else "")


def event_day(time: TimeMention | None) -> dt.date | None:
    """The ACLED event_date: the day itself, or for a report-date fallback the report's day."""
    if time is None:
        return None
    return time.latest if time.anchor == "report" else time.earliest


def event_id(iso3: str | None, *parts: object) -> str:
    digest = hashlib.sha1("|".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{iso3 or 'XXX'}{int(digest[:10], 16) % 10**8:08d}"


def _country(mention: EventMention, lookup_country: CountryLookup) -> CountryInfo | None:
    place = mention.place.place if mention.place else None
    key = place and (place.country_code or place.country)
    return lookup_country(key) if key else None


def code_mention(mention: EventMention, report: Report, *, country_info: CountryLookup = default_country_info,
                 extra_evidence: Mapping[str, Span] | None = None) -> Event:
    """The coded Event of one mention (modality must already be a coded one)."""
    tax = lookup(mention.sub_event_type)
    a1, a2, s1, s2 = mention.actor1, mention.actor2, mention.assoc_actor_1, mention.assoc_actor_2
    inter1, inter2 = (a1.inter if a1 else None), (a2.inter if a2 else None)
    pm = mention.place
    place = pm.place if pm else None
    info = _country(mention, country_info)
    time = mention.time
    date = event_day(time)
    # a state force's name for the period of the event's own date (else the report's, set by the actors stage)
    name = lambda a: (event_name(a.name, date) if a.name else a.span.text) if a else None  # noqa: E731
    fatalities = mention.fatalities.value if mention.fatalities else None  # unknown is not 0
    if fatalities is None and tax.non_lethal:
        fatalities = 0  # the sub-event type itself says nobody died (its trigger is the evidence)
    outlet = report.article.outlet
    location = place.name if place else None
    evidence: dict[str, Span] = {"event_type": mention.trigger, "sub_event_type": mention.trigger,
                                 "disorder_type": mention.trigger}
    for key, actor in (("actor1", a1), ("actor2", a2), ("assoc_actor_1", s1), ("assoc_actor_2", s2)):
        if actor:
            evidence[key] = actor.span
    if a1 and inter1 is not None:
        evidence["inter1"] = a1.span
    if a2 and inter2 is not None:
        evidence["inter2"] = a2.span
        if civilian_targeting(tax.event_type, inter2):
            evidence["civilian_targeting"] = a2.span
    if pm and place:
        for key in ("location", "latitude", "longitude", "geo_precision", "admin1", "admin2", "country", "iso", "region"):
            evidence[key] = pm.span
    if time and date and time.span.end > time.span.start:
        evidence["event_date"] = evidence["time_precision"] = time.span
    if mention.fatalities:
        evidence["fatalities"] = mention.fatalities.span
    elif fatalities == 0:
        evidence["fatalities"] = mention.trigger
    if mention.sources:
        evidence["source"] = evidence["source_scale"] = mention.sources[0].span
    evidence.update(extra_evidence or {})
    return Event(
        event_id_cnty=event_id(info.iso3 if info else None, report.article.id, mention.trigger.start,
                               mention.sub_event_type, date, location),
        event_date=date, time_precision=time.time_precision if time else None,
        disorder_type=tax.disorder_type, event_type=tax.event_type, sub_event_type=tax.name,
        actor1=name(a1), assoc_actor_1=name(s1), inter1=inter1,
        actor2=name(a2), assoc_actor_2=name(s2), inter2=inter2,
        interaction=interaction(inter1, inter2), civilian_targeting=civilian_targeting(tax.event_type, inter2),
        iso=info.numeric if info else None, region=info.region if info else None,
        country=(info.name if info and info.name else place.country if place else None),
        admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
        admin3=place.admin3 if place else None, location=location,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=pm.geo_precision if pm else None,
        source=source_column(outlet, mention.sources), source_scale=source_scale(mention.sources),
        notes=make_notes(event_date=date.isoformat() if date else None, sub_event_type=tax.name,
                         actor1=name(a1), actor2=name(a2), location=location,
                         admin1=place.admin1 if place else None,
                         country=(info.name if info and info.name else place.country if place else None),
                         fatalities=fatalities, outlet=outlet, sources=mention.sources),
        fatalities=fatalities, tags=None,
        date_earliest=time.earliest if time else None, date_latest=time.latest if time else None,
        radius_km=pm.radius_km if pm else None, modality=mention.modality,
        confidence=mention.confidence, article_ids=(report.article.id,),
        evidence=evidence, sources=mention.sources,
    )
