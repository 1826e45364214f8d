"""ACLED names for actors a report leaves unnamed, from `data/unnamed_actors.yaml`.

Three coder's rules, applied after the parse chose actor1 and actor2:
- a one-sided violent event whose sentence names nobody but its target was done by an
  "Unidentified Armed Group (<country>)" ("Unidentified Military Forces" for an air strike);
- the crowd of a protest or riot is "Protesters (<country>)" / "Rioters (<country>)", and it is
  actor1: state forces the parse made actor1 ("la police a dispersé…") move to actor2; a
  peaceful protest has no actor2;
- an actor recognised by kind ("hommes armés") with no country yet takes the event's country.
The evidence of a supplied actor is the trigger: the event itself says someone did it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence
from typing import Any

from eventdesk.langdata import load_yaml
from eventdesk.records import ActorMention, Span


@functools.cache
def _data() -> dict[str, Any]:
    return load_yaml("eventdesk.events", "data/unnamed_actors.yaml")


def _make(spec: dict[str, Any], country: str | None, span: Span, kind: str, rule: str) -> ActorMention | None:
    name = spec["name"]
    if "{country}" in name:
        if not country:
            return None  # never a half-filled name
        name = name.format(country=country)
    return ActorMention(span, name, spec["inter"], country, kind, rule)


def _named_by_kind(actor: ActorMention | None, country: str | None) -> ActorMention | None:
    if actor is None or actor.name is not None or actor.kind not in _data()["by_kind"]:
        return actor
    filled = _make(_data()["by_kind"][actor.kind], country, actor.span, actor.kind, actor.rule + "; country of the event")
    return filled or actor


def fill(*, event_type: str, sub_event_type: str, actor1: ActorMention | None, actor2: ActorMention | None,
         sentence_actors: Sequence[ActorMention], trigger: Span, country: str | None
         ) -> tuple[ActorMention | None, ActorMention | None]:
    """(actor1, actor2) with ACLED's names for the unnamed ones; a named actor is never replaced
    except a crowd whose ACLED name depends on what it did."""
    d = _data()
    actor1, actor2 = _named_by_kind(actor1, country), _named_by_kind(actor2, country)
    crowd = d["demonstrators"]["by_event_type"].get(event_type)
    if crowd and actor1 is not None and actor1.inter in d["demonstrators"]["moves_inters"] and actor2 is None:
        actor1, actor2 = None, actor1  # "la police a dispersé la manifestation": the crowd first, the force second
    if sub_event_type in d["demonstrators"]["alone"]:
        actor2 = None
    if crowd and (actor1 is None or actor1.kind in d["demonstrators"]["replaces_kinds"]):
        span = actor1.span if actor1 else trigger
        made = _make(crowd, country, span, "demonstrators", f"ACLED: the crowd of {event_type.lower()}")
        return (made or actor1), actor2
    rule = d["unnamed_perpetrator"]
    target_ok = actor2 is None or actor2.inter in rule["target_inters"]
    if actor1 is None and event_type in rule["event_types"] and target_ok:
        others = [a for a in sentence_actors if a.kind != "source" and a is not actor2
                  and not (actor2 is not None and (a.span == actor2.span or a.name == actor2.name))]
        if not others:  # the sentence names nobody who could have done it
            spec = rule["by_sub_event"].get(sub_event_type, rule["default"])
            actor1 = _make(spec, country, trigger, "unidentified", "ACLED: no perpetrator named")
    return actor1, actor2
