"""The modality of one trigger's clause, from `eventdesk/lang/<code>/modality_cues.yaml`.

Only asserted, reported and alleged statements become events (records.CODED_MODALITIES);
the others become Claims with the reason returned here.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from eventdesk.events import lexicon
from eventdesk.langdata import lang_data
from eventdesk.records import Modality

# Dependency labels of the words that shape a verb's modality (aux, adverbs, markers, copula
# complements), as used by the UD-style French and the ClearNLP-style English spaCy models.
_MODIFIER_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass", "advmod", "mark", "neg", "cop",
                            "xcomp", "acomp", "amod", "case", "obl:mod", "prep", "expl:comp"})
_CLAUSE_LIMITS = frozenset({"acl:relcl", "relcl", "conj", "parataxis", "appos", "advcl"})


@dataclass(frozen=True)
class Cues:
    governs: dict[str, tuple[tuple[str, ...], ...]]
    reported: tuple[tuple[str, ...], ...]
    future_tense: bool
    conditional_mood: bool
    pluperfect: bool
    background_days: int
    pluperfect_recent_days: int
    past_future_endings: tuple[str, ...] = ()
    past_future_stems: tuple[str, ...] = ()
    announced_passive: tuple[tuple[str, ...], ...] = ()


@functools.cache
def load_cues(language: str) -> Cues:
    data = lang_data(language, "modality_cues.yaml")
    governs = {k: tuple(lexicon.pattern_words(w) for w in v.get("governs", ()))
               for k, v in data.items()}
    governs["negative_subject_with"] = tuple(lexicon.pattern_words(w)
                                             for w in data.get("negative_subject", {}).get("with", ()))
    past_future = data["planned"].get("future_in_past", {})
    return Cues(governs, tuple(lexicon.pattern_words(w) for w in data["reported"]["sentence"]),
                bool(data["planned"].get("future_tense")), bool(data["alleged"].get("conditional_mood")),
                bool(data["background"].get("pluperfect")), int(data["background"]["days_before_report"]),
                int(data["background"].get("pluperfect_recent_days", -1)),
                tuple(past_future.get("endings", ())), tuple(past_future.get("stems", ())),
                tuple(lexicon.pattern_words(w) for w in data["planned"].get("announced_passive", ())))


@dataclass(frozen=True)
class ModalityResult:
    modality: Modality
    reason: str
    cue: Any | None = None  # the token that decided it, for evidence


def clause_chain(trigger: Any) -> list[Any]:
    """The trigger and the words governing it up to its clause's limit (relative clause, conj…)."""
    chain = [trigger]
    tok = trigger
    while tok.head.i != tok.i and tok.dep_ not in _CLAUSE_LIMITS:
        tok = tok.head
        chain.append(tok)
    return chain


def _scope(chain: Sequence[Any]) -> list[Any]:
    out = list(chain)
    for tok in chain:
        out.extend(c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c not in out)
    return sorted(out, key=lambda t: t.i)


def _first_cue(kind: str, scope: Sequence[Any], cues: Cues) -> Any | None:
    for words in cues.governs.get(kind, ()):
        for tok in scope:
            if lexicon.word_matches(words[0], tok) and len(words) == 1:
                return tok
        found = [scope[s] for s, _ in lexicon.find(words, scope)] if len(words) > 1 else []
        if found:
            return found[0]
    return None


NEGATIVE_SUBJECT = "negative subject"  # "Nobody was killed": no event, but a toll of zero


def _negative_subject(chain: Sequence[Any], scope: Sequence[Any], cues: Cues) -> Any | None:
    """The word of a negative subject ("Nobody was killed", "Personne n'a été tué"); where the
    language marks the clause too (fr "ne"), only with that mark in the clause."""
    if cues.governs.get("negative_subject_with") and _first_cue("negative_subject_with", scope, cues) is None:
        return None
    for tok in chain:
        for subj in (c for c in tok.children if c.dep_.startswith("nsubj")):
            if (found := _first_cue("negative_subject", list(subj.subtree), cues)) is not None:
                return found
    return None


def _has_morph(scope: Sequence[Any], key: str, value: str) -> Any | None:
    return next((t for t in scope if value in t.morph.get(key)), None)


def _pluperfect(chain: Sequence[Any], language: str) -> Any | None:
    """The auxiliary of a pluperfect verb governing the trigger. Reported speech is exempt:
    after a past reporting verb the pluperfect is only sequence of tenses ("a rapporté que
    des avions avaient attaqué" tells a new event)."""
    verb = next((t for t in chain if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ == "ccomp":
        return None
    for aux in verb.children:
        if not aux.dep_.startswith("aux") or aux.dep_ in ("aux:pass", "auxpass"):
            continue
        if language == "en" and aux.lower_ == "had":
            return aux
        if language != "en" and "Imp" in aux.morph.get("Tense") and aux.lemma_ in ("avoir", "être"):
            return aux
    return None


def _future_in_past(chain: Sequence[Any], cues: Cues) -> Any | None:
    """A conditional verb in reported speech ("ont annoncé qu'elles organiseraient un
    rassemblement"): the verb's form is its future stem plus an imperfect ending, and its clause
    complements another verb. A main-clause conditional ("l'attaque ferait dix morts") is
    hearsay, handled as alleged."""
    for tok in chain:
        if tok.pos_ != "VERB" or not (tok.dep_ == "ccomp" or (tok.dep_ == "conj" and tok.head.dep_ == "ccomp")):
            continue  # "qu'ils feraient grève et manifesteraient": the second verb too
        text, lemma = lexicon.lower(tok.text), lexicon.lower(tok.lemma_)
        stems = {lemma, *cues.past_future_stems} | ({lemma[:-1]} if lemma.endswith("re") else set())
        if any(text == stem + end for stem in stems for end in cues.past_future_endings):
            return tok
    return None


def _announced_passive(chain: Sequence[Any], cues: Cues) -> Any | None:
    """The event as the passive subject of an announcing verb with no past auxiliary ("des
    manifestations sont annoncées"): scheduled. "a été annoncée" (reporting a past fact) is not."""
    for sub, verb in zip(chain, chain[1:]):
        if not sub.dep_.startswith("nsubj"):
            continue
        if not any(lexicon.word_matches(w[0], verb) for w in cues.announced_passive):
            continue
        auxes = [c for c in verb.children if c.dep_.startswith("aux")]
        if any(c.dep_ in ("aux:pass", "auxpass") for c in auxes) and not any(c.dep_ == "aux:tense" for c in auxes):
            return verb
    return None


def _recent(event_date: dt.date | None, report_date: dt.date | None, dated_here: bool, cues: Cues) -> bool:
    """A pluperfect dated in its own sentence a few days before the report ("La veille,
    mercredi, la police avait arrêté …") is the news told out of order, not background."""
    return (dated_here and event_date is not None and report_date is not None
            and 0 <= (report_date - event_date).days <= cues.pluperfect_recent_days)


def classify(doc: Any, trigger: Any, sent_start: int, sent_end: int, language: str,
             event_date: dt.date | None = None, report_date: dt.date | None = None,
             dated_here: bool = False) -> ModalityResult:
    """Modality of the clause headed by token `trigger` in sentence tokens [sent_start, sent_end).

    `dated_here`: the event's date comes from a time expression of this sentence."""
    cues = load_cues(language)
    chain = clause_chain(trigger)
    scope = _scope(chain)
    if (tok := _first_cue("denied", chain, cues)) is not None:
        return ModalityResult("denied", f"denied ('{tok.text}')", tok)
    if (tok := _first_cue("negation", scope, cues)) is not None:
        return ModalityResult("denied", f"negated ('{tok.text}')", tok)
    if (tok := _negative_subject(chain, scope, cues)) is not None:
        return ModalityResult("denied", f"{NEGATIVE_SUBJECT} ('{tok.text}')", tok)
    if (tok := _first_cue("accusation", chain, cues)) is not None:
        return ModalityResult("accusation", f"an accusation ('{tok.text}'), not an observed event", tok)
    if (tok := _first_cue("planned", scope, cues)) is not None:
        return ModalityResult("planned", f"planned or expected ('{tok.text}'), not yet happened", tok)
    if cues.future_tense and (tok := _has_morph(scope, "Tense", "Fut")) is not None:
        return ModalityResult("planned", f"future tense ('{tok.text}')", tok)
    if (tok := _future_in_past(chain, cues)) is not None:
        return ModalityResult("planned", f"future in the past ('{tok.text}'), not yet happened", tok)
    if (tok := _announced_passive(chain, cues)) is not None:
        return ModalityResult("planned", f"announced ('{tok.text}'), not yet held", tok)
    if (tok := _first_cue("hypothetical", scope, cues)) is not None:
        return ModalityResult("hypothetical", f"hypothetical ('{tok.text}')", tok)
    if cues.pluperfect and not _recent(event_date, report_date, dated_here, cues) and (
            tok := _pluperfect(chain, language)) is not None:
        return ModalityResult("background", f"pluperfect ('{tok.text} {tok.head.text}'): background", tok)
    if (tok := _first_cue("background", scope, cues)) is not None:
        return ModalityResult("background", f"background history ('{tok.text}')", tok)
    if event_date and report_date and (report_date - event_date).days > cues.background_days:
        return ModalityResult("background", f"dated {event_date.isoformat()}, long before the "
                              f"report ({report_date.isoformat()})")
    if cues.conditional_mood and (tok := _has_morph(scope, "Mood", "Cnd")) is not None:
        return ModalityResult("alleged", f"conditional mood ('{tok.text}')", tok)
    if (tok := _first_cue("alleged", scope, cues)) is not None:
        return ModalityResult("alleged", f"alleged ('{tok.text}')", tok)
    sentence = [doc[i] for i in range(sent_start, sent_end)]
    if (tok := lexicon.any_present(cues.reported, sentence)) is not None:
        return ModalityResult("reported", f"reported ('{tok.text}')", tok)
    return ModalityResult("asserted", "asserted")
