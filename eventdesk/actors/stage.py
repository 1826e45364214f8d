"""The actors stage: actor mentions resolved against the curated actor dictionary.

Four sources of mentions, in this order of trust:
1. dictionary aliases (data/actors.yaml, country demonym templates), longest match wins;
2. unnamed armed groups ("milices pro-iraniennes"): name None, a kind guess;
3. a country named as the striker ("Israël a attaqué…", parse needed): its military;
4. ORG/MISC/NORP entities that look like an armed group but are not in the dictionary:
   name None, kind guessed from their head word ("brigade", "front"…).
Cited sources and outlets (AFP, the Observatory) are never actors.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import replace

from eventdesk.actors.aliases import Hit, split_lines
from eventdesk.actors.agents import is_strike_agent
from eventdesk.actors.context import CountryContext
from eventdesk.actors.coref import GENERIC_KIND, resolve_generic
from eventdesk.actors.dictionary import DATA, ActorEntry, actor_index, countries, country_name_cues, name_on
from eventdesk.langdata import load_yaml
from eventdesk.records import ActorMention, Entity, Report, Span
from eventdesk.sources.dictionary import source_index
from eventdesk.stage import Stage
from eventdesk.textnorm import fold

ENTITY_LABELS = frozenset({"ORG", "MISC", "NORP"})


@functools.cache
def _unknown_cues(language: str) -> dict[str, str]:
    return {fold(k): v for k, v in load_yaml(DATA, "actors.yaml")["unknown_cues"].get(language, {}).items()}


def inter_in(mention: ActorMention, event_country: str | None) -> int | None:
    """ACLED inter code of `mention` in an event in `event_country`: a state's forces acting
    outside their own country are external forces (8)."""
    if (
        mention.inter == 1
        and mention.kind == "state_forces"
        and event_country is not None
        and mention.country is not None
        and mention.country != event_country
    ):
        return 8
    return mention.inter


def actor_name_on(mention: ActorMention, date: dt.date | None) -> str | None:
    """The mention's canonical name for the period of `date` (e.g. US forces by presidency)."""
    return name_on(mention.name, date) if mention.name else None


@functools.cache
def _appositions(language: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_yaml(DATA, "actors.yaml")["apposition"].get(language, []))


def _drop_appositions(mentions: list[ActorMention], text: str, language: str) -> list[ActorMention]:
    """Drop "jihadistes" in "les jihadistes de Daesh" and "militants" in "ISIS militants":
    the named actor next to the group word is that group."""
    links = _appositions(language)
    out = []
    for i, m in enumerate(mentions):
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        prev = mentions[i - 1] if i else None
        if (m.name is None and m.inter is None or m.kind == GENERIC_KIND) and m.rule.startswith("alias"):
            if nxt is not None and nxt.name is not None and fold(text[m.span.end : nxt.span.start]) in links:
                continue  # "les jihadistes de Daesh"
            if prev is not None and prev.name is not None and not text[prev.span.end : m.span.start].strip():
                continue  # "al-Shabaab militants"
        out.append(m)
    return out


def _in_capitals(text: str, hit: Hit[ActorEntry]) -> bool:
    """An all-capitals acronym inside an all-capitals line ("THIS IS A TEST") is not one."""
    if not hit.alias.isupper():
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    line_end = text.find("\n", hit.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = [w for w in re.findall(r"[^\W\d_]{2,}", line)]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _sentence_of(sentences: tuple[Span, ...], starts: list[int], pos: int) -> Span | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None


class ActorsStage(Stage):
    name = "actors"
    requires = ("sentences", "entities", "language")
    assigns = ("actors",)

    def __call__(self, report: Report) -> Report:
        if report.language not in ("fr", "en"):
            return report
        return replace(report, actors=tuple(self.find(report)))

    def find(self, report: Report) -> list[ActorMention]:
        text, language = report.article.text, report.language or "fr"
        pieces = split_lines(text, report.sentences)
        starts = [s.start for s in pieces]
        sources = [report.span(h.start, h.end) for h in source_index(language).find(text)]
        hits = [
            h for h in actor_index(language).find(text)
            if not any(h.start < t.end and t.start < h.end for t in sources) and not _in_capitals(text, h)
        ]
        agents = [
            c for c in country_name_cues(language).find(text)
            if not any(c.start < h.end and h.start < c.end for h in hits) and is_strike_agent(report.doc, c, language)
        ]
        context = CountryContext.of(text, language, [report.span(h.start, h.end) for h in hits + agents])
        mentions: list[ActorMention] = []
        for hit in hits:
            span = report.span(hit.start, hit.end)
            sentence = _sentence_of(pieces, starts, hit.start)
            mentions.append(self._resolve(hit.value, span, hit.alias, context, sentence, report))
        for cue in agents:
            name = name_on(countries()[cue.value].military[-1].name, report.article.published)
            inter = 8 if context.main and cue.value != context.main else 1
            mentions.append(ActorMention(report.span(cue.start, cue.end), name, inter, cue.value, "state_forces",
                                         "country named as the striker"))
        taken = sources + [m.span for m in mentions]
        for entity in report.entities:
            mention = self._unknown(entity, taken, language)
            if mention is not None:
                mentions.append(mention)
                taken.append(entity.span)
        kept = _drop_appositions(sorted(mentions, key=lambda m: m.span.start), text, language)
        return resolve_generic(kept, pieces, text, language)

    @staticmethod
    def _resolve(
        entry: ActorEntry, span: Span, alias: str, context: CountryContext, sentence: Span | None, report: Report
    ) -> ActorMention:
        local = context.near(span, sentence, entry.by_country) if entry.uses_context else None
        name, country = entry.resolve(local)
        if name is not None:
            name = name_on(name, report.article.published)
        inter = entry.inter
        if entry.kind == "state_forces" and country and context.main and country != context.main:
            inter = 8
        rule = f"alias {alias!r}"
        if entry.needs_context:
            rule += f"; country from context: {local}" if local else "; no country in context"
        return ActorMention(span, name, inter, country, entry.kind, rule)

    @staticmethod
    def _unknown(entity: Entity, taken: list[Span], language: str) -> ActorMention | None:
        if entity.label not in ENTITY_LABELS or any(entity.span.overlaps(t) for t in taken):
            return None
        cues = _unknown_cues(language)
        for word in fold(entity.span.text).replace("-", " ").split():
            if word in cues:
                return ActorMention(entity.span, None, None, None, cues[word], f"unknown {entity.label} with cue {word!r}")
        return None


def actor_name_in(mention: ActorMention, country: str | None, language: str) -> str | None:
    """Re-resolve a generic mention ("civils", "Daech", "forces gouvernementales") for an
    event whose place is in `country`; a fixed name (or an unknown actor) is unchanged."""
    if country is None:
        return mention.name
    hits = actor_index(language).find(mention.span.text)
    if len(hits) != 1 or (hits[0].start, hits[0].end) != (0, len(mention.span.text)):
        return mention.name
    entry = hits[0].value
    if not entry.needs_context and not entry.by_country:
        return mention.name
    return entry.resolve(country)[0]
