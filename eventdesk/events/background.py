"""Background told as a long stretch or a habit: "have launched dozens of attacks since
November", "hundreds are killed by mobs every year", "mènent depuis février une offensive".

Such a clause sums up or generalises; it is not a new event, and its figures are not an
event's toll. A frame is a "since" phrase or a frequency phrase (data: the `stretch` section
of eventdesk/lang/<code>/modality_cues.yaml) attached to the trigger or to a word governing it.
A "since" phrase counts only when it opens a long stretch: its object is a date the time
stage found at least `min_stretch_days` before the report, a clause ("since the group lost
its territory"), or a noun such as "years" or "the start of the war"; "depuis l'intérieur"
(a place) and "since Monday" (a short stretch of the current news) do not count.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon
from eventdesk.langdata import lang_data
from eventdesk.records import Span, TimeMention


@dataclass(frozen=True)
class Frame:
    cue: Any  # the token that opens the frame (evidence)
    governor: Any  # the word the frame is attached to: it and what it governs are background
    reason: str


@dataclass(frozen=True)
class StretchCues:
    since: tuple[str, ...]
    since_nouns: frozenset[str]
    min_days: int
    habitual: tuple[tuple[str, ...], ...]


@functools.cache
def load(language: str) -> StretchCues:
    d = lang_data(language, "modality_cues.yaml")["stretch"]
    return StretchCues(tuple(lexicon.lower(w) for w in d["since"]), frozenset(lexicon.lower(w) for w in d["since_nouns"]),
                       int(d["min_stretch_days"]), tuple(lexicon.pattern_words(w) for w in d["habitual"]))


def _since_frame(tok: Any, cues: StretchCues, times: Sequence[TimeMention], report_date: dt.date | None) -> Frame | None:
    if tok.dep_ == "mark":  # "since the group lost its last territory": a clause
        clause = tok.head
        return Frame(tok, clause.head if clause.head.i != clause.i else clause, f"'{tok.text} …' clause: a stretch")
    if tok.dep_ == "case":  # fr: "depuis" hangs from its object
        obj, governor = tok.head, tok.head.head
    else:  # en: "since" governs its object
        obj = next((c for c in tok.children if c.dep_ in ("pobj", "obj", "pcomp")), None)
        governor = _verb_of_argument(tok.head)
        if obj is None:
            return None
    if obj.pos_ in ("VERB", "AUX"):
        return Frame(tok, governor, f"'{tok.text} …' clause: a stretch")
    words = [t for t in obj.subtree]
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    dated = [t for t in times if t.span.start < end and start < t.span.end and t.earliest is not None]
    if dated:
        since = min(t.earliest for t in dated if t.earliest is not None)
        if report_date is not None and (report_date - since).days < cues.min_days:
            return None  # "depuis lundi": the current news, not history
        return Frame(tok, governor, f"'{tok.text} {since.isoformat()}': a long stretch")
    if lexicon.lower(obj.lemma_) in cues.since_nouns or lexicon.lower(obj.text) in cues.since_nouns:
        return Frame(tok, governor, f"'{tok.text} {obj.text}': a long stretch")
    return None


def _verb_of_argument(tok: Any) -> Any:
    """A "since" phrase the parser hung on a verb's object or prepositional object ("launched
    missiles at vessels since November") is about the verb; one on an apposition or a subject
    ("the deadliest attack since 2019") stays on its noun."""
    while tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in _ARGUMENT_DEPS and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "ADP" and tok.head.i != tok.i:
            tok = tok.head
    return tok


_ARGUMENT_DEPS = frozenset({"dobj", "obj", "pobj", "conj"})


def frames(doc: Any, sent_start: int, sent_end: int, language: str, times: Sequence[TimeMention] = (),
           report_date: dt.date | None = None) -> list[Frame]:
    """The background frames of the sentence tokens [sent_start, sent_end)."""
    cues = load(language)
    tokens = [doc[i] for i in range(sent_start, sent_end)]
    out = []
    for tok in tokens:
        if lexicon.lower(tok.text) in cues.since:
            frame = _since_frame(tok, cues, times, report_date)
            if frame is not None:
                out.append(frame)
    for words in cues.habitual:
        for s, e in lexicon.find(words, tokens):
            match = tokens[s:e]
            ids = {t.i for t in match}
            root = next((t for t in match if t.head.i not in ids), match[0])
            out.append(Frame(match[0], root.head, f"habitual ('{' '.join(t.text for t in match)}')"))
    return out


def governing(frames_: Sequence[Frame], tok: Any) -> Frame | None:
    """The frame whose governor is `tok` or one of its ancestors within its clause: an
    adverbial or juxtaposed clause ("…, ont manifesté jeudi") is a statement of its own, and
    a "since" phrase of the clause the parser hung it on does not frame it."""
    chain = {tok.i}
    while tok.head.i != tok.i and tok.dep_ not in _OWN_CLAUSE:
        tok = tok.head
        chain.add(tok.i)
    return next((f for f in frames_ if f.governor.i in chain), None)


_OWN_CLAUSE = frozenset({"advcl", "parataxis"})


def in_frame(frames_: Sequence[Frame], doc: Any, span: Span) -> bool:
    """True if the words at `span` (a figure) sit inside a background frame."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    return sp is not None and len(sp) > 0 and governing(frames_, sp.root) is not None
