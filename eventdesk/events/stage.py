"""EventsStage: trigger → arguments → sub-event type → modality → EventMention or Claim → Event."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from eventdesk.events import (aftermath, anaphora, arguments, background, claimed, coarse, location, modality,
                              retelling, suspects, tolls, triggers, unnamed)
from eventdesk.events.coding import code_mention
from eventdesk.events.context import (CountryLookup, EventTime, FallbackTime, SourcesFor, default_country_info,
                                      default_event_time, default_fallback_time, default_sources_for)
from eventdesk.events.merge import merge_events
from eventdesk.events.taxonomy import lookup
from eventdesk.records import CODED_MODALITIES, Claim, EventMention, PlaceMention, Report, Span
from eventdesk.stage import Stage


_CLAUSE_HEADS = frozenset({"VERB"})  # a trigger that heads its own clause can tell a second event


class EventsStage(Stage):
    name = "events"
    requires = ("sentences", "places", "actors", "times", "report_date", "numbers", "sources")
    assigns = ("event_mentions", "claims", "events", "places")

    def __init__(self, *, event_time: EventTime = default_event_time,
                 fallback_time: FallbackTime = default_fallback_time,
                 sources_for: SourcesFor = default_sources_for,
                 country_info: CountryLookup = default_country_info, require_place: bool = True) -> None:
        """`require_place=False` codes events whose sentence names no place (benchmarks that
        classify snippets); by default such a statement is kept as a Claim, not coded."""
        self.event_time = event_time
        self.fallback_time = fallback_time
        self.sources_for = sources_for
        self.country_info = country_info
        self.require_place = require_place

    def __call__(self, report: Report) -> Report:
        if report.doc is None or report.language not in ("fr", "en"):
            return report
        mentions: list[EventMention] = []
        claims: list[Claim] = []
        extra: dict[int, dict[str, Span]] = {}
        for sentence in report.sentences:
            for item, evidence in self.sentence_mentions(report, sentence, mentions):
                if isinstance(item, Claim):
                    claims.append(item)
                else:
                    extra[len(mentions)] = evidence
                    mentions.append(item)
        mentions = claimed.apply_claims(report, _tolls_told_after(report, mentions, claims))
        events = merge_events(code_mention(m, report, country_info=self.country_info, extra_evidence=extra[i])
                              for i, m in enumerate(mentions))
        used = {m.place.span for m in mentions if m.place is not None}
        places = tuple(dataclasses.replace(p, is_event_location=True) if p.span in used else p
                       for p in report.places)
        known = {p.span for p in places}
        places += tuple(dict.fromkeys(dataclasses.replace(m.place, is_event_location=True) for m in mentions
                                      if m.place is not None and m.place.span not in known))  # resolved anaphors
        return dataclasses.replace(report, event_mentions=tuple(mentions), claims=tuple(claims),
                                   events=events, places=places)

    def sentence_mentions(self, report: Report, sentence: Span, earlier: Sequence[EventMention] = ()
                          ) -> list[tuple[EventMention | Claim, dict[str, Span]]]:
        """The sentence's event mentions and claims; `earlier`: the report's mentions before it."""
        doc, lang = report.doc, report.language or "fr"
        sp = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if sp is None:
            return []
        lex = triggers.load_lexicon(lang)
        cues = triggers.present_cues(doc, sp.start, sp.end, lex)
        inside = lambda spans: [x for x in spans if sentence.contains(x.span)]  # noqa: E731
        actors, places, numbers = inside(report.actors), inside(report.places), inside(report.numbers)
        rd = report.report_date.date if report.report_date else None
        frames = background.frames(doc, sp.start, sp.end, lang, inside(report.times), rd)
        numbers = [n for n in numbers if not background.in_frame(frames, doc, n.span)]  # "hundreds die every year"
        out: list[tuple[EventMention | Claim, dict[str, Span]]] = []
        seen: set[str] = set()
        heads: list[Any] = []
        anaphors = _once(lambda: anaphora.place_anaphors(report, sentence))  # "près de la ville": resolved on demand
        matches = list(triggers.match_triggers(doc, sp.start, sp.end, lex))
        trigger_heads = {m.head for m in matches}
        for m in matches:
            head = doc[m.head]
            if any(_linked(head, h) for h in heads):
                continue  # "tué lors d'une attaque": one event told by two linked words
            heads.append(head)
            trigger = report.span(doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
            anchors = modality.clause_chain(head)
            args = arguments.pick_actors(doc, head, anchors, actors, lang)
            sub, cond = triggers.resolve(m.trigger, cues, args.actor1.inter if args.actor1 else None,
                                         args.actor2.inter if args.actor2 else None)
            if sub is None or sub in seen:
                continue
            if coarse.framed(head, lang):  # "the attack came a month after …": the event told before
                out.append((Claim(sentence, "background", "retells the event told before: not a new event",
                                  trigger, lookup(sub).event_type), {}))
                continue
            if seen and head.pos_ not in _CLAUSE_HEADS:
                # one statement, one event: a noun trigger after the sentence's first event is
                # part of that statement ("struck ... the raids hit weapons depots"), not another
                continue
            seen.add(sub)
            time = self.event_time(report, sentence, trigger)
            mod = modality.classify(doc, head, sp.start, sp.end, lang,
                                    event_date=time.latest if time else None, report_date=rd,
                                    dated_here=time is not None and sentence.contains(time.span))
            if mod.modality in CODED_MODALITIES and (frame := background.governing(frames, head)) is not None:
                mod = modality.ModalityResult("background", f"background: {frame.reason}", frame.cue)
            if mod.modality not in CODED_MODALITIES:
                out.append((Claim(sentence, mod.modality, mod.reason, trigger, lookup(sub).event_type), {}))
                continue
            place = (location.pick_place(doc, head, anchors, places, lang, actors)
                     or location.pick_place(doc, head, anchors, anaphors(), lang, actors)
                     or location.surface_place(doc, places, lang, actors)
                     or self._previous_place(out))
            place = coarse.refine(report, sentence, place, actors)  # "in Iraq" → the town the text names
            told_here = [*earlier, *(x for x, _ in out if isinstance(x, EventMention))]
            if why := aftermath.toll_of(m.trigger.pattern, head, sp, told_here, place, args.actor1 is not None,
                                        time is not None and sentence.contains(time.span), lang):
                out.append((Claim(sentence, mod.modality, f"the toll of the event told before ({why}): not a new event",
                                  trigger, lookup(sub).event_type), {}))
                continue
            if self.require_place and (retold := coarse.retold(head, place, told_here, trigger_heads, lang)):
                sub, place, time = retold.sub_event_type, retold.place, retold.time  # "the attack came after …"
            elif self.require_place and coarse.national(place):
                out.append((Claim(sentence, mod.modality, "placed only at a country or region: not coded",
                                  trigger, lookup(sub).event_type), {}))
                continue
            if place is None and self.require_place:
                out.append((Claim(sentence, mod.modality, "no place in the sentence governs it: not coded",
                                  trigger, lookup(sub).event_type), {}))
                continue
            if place is not None and (told := retelling.told_before(head, place, told_here, trigger_heads, lang)):
                sub = told.sub_event_type  # "the blast … in the city": the event told before, told again
            actor2 = args.actor2
            if actor2 is not None and actor2.kind == "state_forces":  # never the suspected striker as its target
                actor2 = suspects.drop_suspect_target(sub, actor2, suspects.suspected_countries(
                    report.article.text, doc, report.actors, lang), lang)
            a1, a2 = unnamed.fill(event_type=lookup(sub).event_type, sub_event_type=sub,
                                  actor1=args.actor1, actor2=actor2,
                                  sentence_actors=[a for a in actors if a not in args.tellers],
                                  trigger=trigger, country=self._country_name(place))
            evidence = {}
            if mod.cue is not None:
                evidence["modality"] = report.span(mod.cue.idx, mod.cue.idx + len(mod.cue))
            if cond is not None and cond.cue and cond.cue in cues:
                tok = cues[cond.cue]
                evidence["sub_event_type_cue"] = report.span(tok.idx, tok.idx + len(tok))
            mention = EventMention(
                sentence=sentence, trigger=trigger, event_type=lookup(sub).event_type, sub_event_type=sub,
                modality=mod.modality, actor1=a1, actor2=a2,
                assoc_actor_1=args.assoc_actor_1, assoc_actor_2=args.assoc_actor_2, place=place,
                time=time or self.fallback_time(report),
                fatalities=tolls.conservative(tolls.as_killed(numbers, doc, lang)),
                sources=self.sources_for(report, sentence),
                confidence=_confidence(args.by_syntax, place, m.trigger.weak, mod.modality),
                rule=f"trigger '{m.trigger.pattern}'" + (f" + {cond.cue or 'actors'}" if cond else "")
                + f"; {mod.reason}" + (f"; place: {place.rule}" if place and place.rule.startswith("anaphor") else ""),
            )
            out.append((mention, evidence))
        return out

    def _country_name(self, place: PlaceMention | None) -> str | None:
        key = place.place and (place.place.country_code or place.place.country) if place else None
        info = self.country_info(key) if key else None
        return info.name if info and info.name else (place.place.country if place and place.place else None)

    @staticmethod
    def _previous_place(out: Sequence[tuple[Any, Any]]) -> PlaceMention | None:
        return next((m.place for m, _ in reversed(out) if isinstance(m, EventMention) and m.place), None)


def _tolls_told_after(report: Report, mentions: list[EventMention], claims: list[Claim]) -> list[EventMention]:
    """Mentions whose sentence gives no toll take the one told in the sentences after it."""
    told = {m.sentence for m in mentions}
    declined = {c.sentence for c in claims if c.modality not in CODED_MODALITIES
                and not c.reason.startswith(modality.NEGATIVE_SUBJECT)}  # "Nobody was killed" tells a toll
    numbers = tolls.as_killed(report.numbers, report.doc, report.language or "fr")
    out = []
    for m in mentions:
        if m.fatalities is None:
            toll = tolls.following_toll(m.sentence, report.sentences, told, declined, numbers)
            if toll is not None:
                m = dataclasses.replace(m, fatalities=toll)
        out.append(m)
    return out


def _once(fn: Callable[[], list[PlaceMention]]) -> Callable[[], list[PlaceMention]]:
    """`fn` computed on the first call only (most sentences never need it)."""
    cache: list[list[PlaceMention]] = []

    def get() -> list[PlaceMention]:
        if not cache:
            cache.append(fn())
        return cache[0]
    return get


def _confidence(by_syntax: bool, place: PlaceMention | None, weak: bool, modality_: str) -> float:
    score = 0.8 - 0.2 * (not by_syntax) - 0.15 * (place is None) - 0.1 * weak
    return round(max(0.1, score - {"asserted": 0.0, "reported": 0.05, "alleged": 0.2}.get(modality_, 0.3)), 2)


def _linked(a: Any, b: Any, depth: int = 2) -> bool:
    """True when one token governs the other within `depth` steps of the parse."""
    for x, y in ((a, b), (b, a)):
        tok = x
        for _ in range(depth):
            if tok.head.i == tok.i:
                break
            tok = tok.head
            if tok.i == y.i:
                return True
    return False
