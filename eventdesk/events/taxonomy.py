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


@functools.cache
def sub_event_types() -> dict[str, SubEventType]:
    """Every ACLED sub-event type by name, in codebook order."""
    data = load_yaml("eventdesk.events", "data/acled_taxonomy.yaml")
    out: dict[str, SubEventType] = {}
    for event_type, subs in data["event_types"].items():
        for name, disorder in subs.items():
            out[name] = SubEventType(name, event_type, disorder)
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
