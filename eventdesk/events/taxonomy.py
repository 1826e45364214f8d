"""The ACLED taxonomy, read from `data/acled_taxonomy.yaml`."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from eventdesk.errors import ConfigError
from eventdesk.langdata import load_yaml


@dataclass(frozen=True)
class SubEventType:
    name: str
    event_type: str
    disorder_type: str
    non_lethal: bool = False  # no death by definition: no toll given means fatalities 0


@functools.cache
def sub_event_types() -> dict[str, SubEventType]:
    """Every ACLED sub-event type by name, in codebook order."""
    data = load_yaml("eventdesk.events", "data/acled_taxonomy.yaml")
    out: dict[str, SubEventType] = {}
    non_lethal = set(data.get("non_lethal", ()))
    for event_type, subs in data["event_types"].items():
        for name, disorder in subs.items():
            out[name] = SubEventType(name, event_type, disorder, name in non_lethal)
    unknown = non_lethal - out.keys()
    if unknown:
        raise ConfigError(f"acled_taxonomy.yaml: non_lethal names unknown sub-event type(s) {sorted(unknown)}")
    return out


def event_types() -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.event_type for s in sub_event_types().values()))


def lookup(sub_event_type: str) -> SubEventType:
    """The taxonomy entry of `sub_event_type`; ConfigError names the valid ones."""
    try:
        return sub_event_types()[sub_event_type]
    except KeyError:
        raise ConfigError(
            f"unknown ACLED sub-event type {sub_event_type!r}; valid: {', '.join(sub_event_types())}"
        ) from None
