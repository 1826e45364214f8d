"""Which country a report, or one of its sentences, is about.

Used to fill generic actor names ("Civilians (Syria)", "Islamic State (Iraq)") and to code a
state's forces abroad as external (inter 8). Evidence is the text itself: country names and
demonyms ("Syrie", "irakien"), never a guess from elsewhere. A sentence overrides the
report's main country only through a country the actor is split by ("Daech … côté
irakien" -> Islamic State (Iraq)) or a country named as the setting ("en Irak").
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from eventdesk.actors.aliases import Hit, fold_same_length
from eventdesk.actors.dictionary import DATA, country_cues, country_name_cues
from eventdesk.langdata import load_yaml
from eventdesk.records import Span


@functools.cache
def _locatives(language: str) -> tuple[str, ...]:
    return tuple(fold_same_length(w) for w in load_yaml(DATA, "actors.yaml")["locatives"].get(language, []))


@dataclass(frozen=True)
class CountryContext:
    text: str
    language: str
    cues: tuple[Hit[str], ...]
    settings: tuple[Hit[str], ...]  # country names after a locative preposition
    main: str | None  # the country named most often in the report (None on a tie or none)

    @classmethod
    def of(cls, text: str, language: str, exclude: Collection[Span] = ()) -> CountryContext:
        """`exclude`: spans whose country words count half ("avions israéliens" says who
        struck more than where)."""
        cues = tuple(country_cues(language).find(text))
        weights: Counter[str] = Counter()
        for h in cues:
            inside = any(x.start < h.end and h.start < x.end for x in exclude)
            weights[h.value] += 0.5 if inside else 1.0
        folded = fold_same_length(text)
        settings = tuple(
            h for h in country_name_cues(language).find(text)
            if folded[max(0, h.start - 12) : h.start].split()[-1:] in ([w] for w in _locatives(language))
        )
        counts = weights.most_common(2)
        main = None
        if counts and not (len(counts) == 2 and counts[0][1] == counts[1][1]):
            main = counts[0][0]
        return cls(text, language, cues, settings, main)

    def near(self, span: Span, sentence: Span | None, split_by: Collection[str] = ()) -> str | None:
        """The country for an actor mention at `span`: a country of `split_by` cued in the
        sentence, else a setting named in the sentence, else the report's main country."""
        if sentence is not None:
            for pool in ([h for h in self.cues if h.value in split_by], list(self.settings)):
                inside = [
                    h for h in pool
                    if sentence.start <= h.start and h.end <= sentence.end
                    and (h.end <= span.start or h.start >= span.end)
                ]
                if inside:
                    return min(inside, key=lambda h: min(abs(h.start - span.end), abs(span.start - h.end))).value
        return self.main
