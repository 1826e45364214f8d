"""Events: find the clauses that report an event, code them in the ACLED taxonomy, merge.

taxonomy   the ACLED event types, sub-event types and disorder types (data file)
triggers   trigger words and patterns per language → sub-event candidates
modality   asserted / reported / alleged / denied / planned / hypothetical / background / accusation
arguments  actor1, actor2, associated actors, location, fatalities of one trigger
coding     EventMention → Event (ACLED columns, notes, evidence)
merge      several mentions of one event → one Event keeping each source's version
stage      EventsStage, the pipeline step
"""

from eventdesk.events.merge import merge_events
from eventdesk.events.stage import EventsStage

__all__ = ["EventsStage", "merge_events"]
