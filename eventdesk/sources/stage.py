"""The sources stage: sources cited in the text, with their reporting chains.

A known source name (data/sources.yaml) is a cited source when a reporting cue
(lang/<lang>/source_cues.yaml: "selon", "a déclaré", "according to"…) stands within the
cue window in the same sentence. In "a déclaré à l'AFP le directeur de l'Observatoire"
the outlet after a relay marker ("à l'") is the outer link: SOHR via ("AFP",); so is a
closing ", rapporte l'AFP". `sources_for` gives the sources governing any sentence,
carrying them over sentences such as "Toujours selon cette source, …".
"""

from __future__ import annotations

from dataclasses import replace

from eventdesk.actors.aliases import Hit, fold_same_length, split_lines
from eventdesk.records import Report, SourceMention, Span
from eventdesk.sources.dictionary import SourceCues, SourceEntry, anaphor_index, source_cues, source_index
from eventdesk.stage import Stage

def _strip_tail(before: str, words: tuple[str, ...]) -> str:
    """Remove one trailing outlet noun ("à l'agence " -> "à l' ")."""
    b = before.rstrip()
    for noun in words:
        if b.endswith(noun) and (len(b) == len(noun) or not b[-len(noun) - 1].isalnum()):
            return b[: -len(noun)].rstrip() + " "
    return before


def _ends_with_marker(before: str, markers: tuple[str, ...]) -> bool:
    b = before.rstrip()
    for m in markers:
        m = m.rstrip()
        if b.endswith(m) and (len(b) == len(m) or not b[-len(m) - 1].isalnum() or not m[0].isalnum()):
            return True
    return False


class SourcesStage(Stage):
    name = "sources"
    requires = ("sentences", "language")
    assigns = ("sources",)

    def __call__(self, report: Report) -> Report:
        if report.language not in ("fr", "en"):
            return report
        return replace(report, sources=tuple(self.find(report)))

    def find(self, report: Report) -> list[SourceMention]:
        language = report.language or "fr"
        cues = source_cues(language)
        text = report.article.text
        folded = fold_same_length(text)
        seen: set[str] = set()
        out: list[SourceMention] = []
        for sentence in split_lines(text, report.sentences):
            hits = source_index(language).find(text, sentence.start, sentence.end)
            hits += [h for h in anaphor_index(language).find(text, sentence.start, sentence.end)
                     if h.value.name in seen and all(h.end <= o.start or o.end <= h.start for o in hits)]
            cue_spans = [(c.start, c.end) for c in cues.cues.find(text, sentence.start, sentence.end)]
            cited = [h for h in sorted(hits, key=lambda h: h.start)
                     if self._is_cited(h, cue_spans, cues, folded)]
            out.extend(self._chain(report, cited, cues, folded))
            seen.update(h.value.name for h in cited)
        return out

    @staticmethod
    def _is_cited(hit: Hit[SourceEntry], cue_spans: list[tuple[int, int]], cues: SourceCues, folded: str) -> bool:
        if hit.value.homonym:
            before = cues.trailing_article.sub("", folded[max(0, hit.start - 30): hit.start].rstrip())
            if any(before.rstrip().endswith(noun) for noun in cues.place_nouns):
                return False
        return any(
            max(s - hit.end, hit.start - e, 0) <= cues.window for s, e in cue_spans
        )

    @staticmethod
    def _is_relay(hit: Hit[SourceEntry], cited: list[Hit[SourceEntry]], cues: SourceCues, folded: str) -> bool:
        before = _strip_tail(folded[max(0, hit.start - 40): hit.start], cues.outlet_nouns)
        if _ends_with_marker(before, cues.relay_before):
            return True
        bare = cues.trailing_article.sub("", before.rstrip())
        earlier = any(o.end <= hit.start for o in cited)
        return earlier and _ends_with_marker(bare, cues.chain_tail)

    def _chain(
        self, report: Report, cited: list[Hit[SourceEntry]], cues: SourceCues, folded: str
    ) -> list[SourceMention]:
        relays = [h for h in cited if self._is_relay(h, cited, cues, folded)]
        inner = [h for h in cited if h not in relays]
        via: tuple[str, ...] = ()
        if inner and relays:
            via = tuple(dict.fromkeys(h.value.name for h in relays))
        else:
            inner = cited
        out: list[SourceMention] = []
        names: set[str] = set()
        for h in inner:
            if h.value.name in names:
                continue
            names.add(h.value.name)
            rule = f"cited: {h.alias!r}" + (f" via {', '.join(via)}" if via else "")
            out.append(SourceMention(report.span(h.start, h.end), h.value.name, via, h.value.scale, rule))
        return out


def sources_for(report: Report, sentence: Span) -> tuple[SourceMention, ...]:
    """The sources that govern `sentence`: those cited in it, else those of the previous
    sentences when it carries them ("Toujours selon cette source", "a-t-il ajouté")."""
    own = tuple(m for m in report.sources if sentence.contains(m.span))
    if own or report.language not in ("fr", "en"):
        return own
    carry = source_cues(report.language).carry
    current: tuple[SourceMention, ...] = ()
    for piece in split_lines(report.article.text, report.sentences):
        if piece.start > sentence.start:
            break
        cited = tuple(m for m in report.sources if piece.contains(m.span))
        if cited:
            current = cited
        elif not carry.find(report.article.text, piece.start, piece.end):
            current = ()
    return current
