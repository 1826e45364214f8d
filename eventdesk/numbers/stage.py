"""The numbers stage: casualty and count mentions with ACLED's conservative value.

Finds digits ("20"), spelled numbers ("vingt-cinq"), approximate quantities ("une vingtaine",
"des dizaines", "dozens") and vague plurals ("plusieurs"), their bounds ("au moins 4",
"entre 5 et 10" -> 5) and their kind from the words around them ("tués", "la mort de",
"blessés"…). Statements that nobody died ("aucune victime", "no casualties") give killed 0.
Not counts: percentages, distances, durations, dates, years, model names ("TU-22", "F-16").
Vocabulary: eventdesk/lang/<lang>/number_words.yaml (with the fatality rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from eventdesk.actors.aliases import fold_same_length
from eventdesk.numbers.words import NumberWords, number_words
from eventdesk.records import NumberMention, Report
from eventdesk.stage import Stage

_DIGITS = re.compile(r"(?<![\w-])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w])|\d+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_CLAUSE_END = r"[.;:!?()«»\"“”,\n]|\d"  # plus the language's joiners ("et", "and")
_QUOTES = " “”\"«»'’"


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: int
    how: str  # digits, words, approximate, vague, ambiguous


def _bounded(text: str, start: int, end: int) -> bool:
    """True if text[start:end] stands alone (not inside 'TU-22', 'T3', 'km2')."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or after.isalnum():
        return False
    if before == "-" and start >= 2 and text[start - 2].isalpha():  # "F-16", not "12-15"
        return False
    return not (after == "-" and end + 1 < len(text) and text[end + 1].isalpha())


def _split_compound(token: str, words: NumberWords) -> list[str] | None:
    parts, out, i = token.split("-"), [], 0
    while i < len(parts):
        pair = "-".join(parts[i : i + 2])
        if i + 1 < len(parts) and pair in words.units:
            out.append(pair)
            i += 2
        else:
            out.append(parts[i])
            i += 1
    return out


def _candidates(folded: str, words: NumberWords) -> list[_Candidate]:
    found: list[_Candidate] = []
    taken: list[tuple[int, int]] = [(h.start, h.end) for h in words.not_numbers.find(folded)]
    for hit in words.phrases.find(folded):
        found.append(_Candidate(hit.start, hit.end, hit.value[1], hit.value[0]))
        taken.append((hit.start, hit.end))
    for m in _DIGITS.finditer(folded):
        if _bounded(folded, m.start(), m.end()):
            found.append(_Candidate(m.start(), m.end(), int(re.sub(r"\D", "", m.group(0))), "digits"))
    run: list[tuple[int, int, list[str]]] = []

    def flush() -> None:
        while run and run[-1][2] and run[-1][2][-1] in words.joiners:
            run.pop()
        if run:
            toks = [t for _, _, parts in run for t in parts]
            value = words.parse(toks)
            if value is not None:
                how = "ambiguous" if len(toks) == 1 and toks[0] in words.ambiguous else "words"
                found.append(_Candidate(run[0][0], run[-1][1], value, how))
        run.clear()

    for m in _WORD.finditer(folded):
        parts = _split_compound(m.group(0), words)
        numeric = parts is not None and all(p in words.units or p in words.multipliers or p in words.joiners for p in parts)
        inside = any(s <= m.start() < e for s, e in taken)
        contiguous = not run or folded[run[-1][1] : m.start()].strip() == ""
        if numeric and not inside and contiguous and (run or parts[0] not in words.joiners):
            run.append((m.start(), m.end(), parts or []))
        else:
            flush()
            if numeric and not inside and parts and parts[0] not in words.joiners:
                run.append((m.start(), m.end(), parts))
    flush()
    return sorted(found, key=lambda c: c.start)


def _share_coordinated_kinds(found: list[NumberMention], folded: str, words: NumberWords) -> list[NumberMention]:
    """"5 soldats et 10 civils ont été tués": the casualty word after the last count of a
    coordination applies to each count ("5" is killed too)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = folded[a.span.end : b.span.start].split()
        if a.kind == "other" and b.kind != "other" and 2 <= len(gap) <= 4 and gap[-1] in words.joiners:
            out[i] = replace(a, kind=b.kind, rule=a.rule.replace("kind other", f"kind {b.kind} (coordinated)"))
    return out


def _looks_like_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2100


def _ends_with(text: str, phrase: str) -> bool:
    return text.endswith(phrase) and (len(text) == len(phrase) or not text[-len(phrase) - 1].isalnum())


class NumbersStage(Stage):
    name = "numbers"
    requires = ("sentences", "language")
    assigns = ("numbers",)

    def __call__(self, report: Report) -> Report:
        if report.language not in ("fr", "en"):
            return report
        return replace(report, numbers=tuple(self.find(report)))

    def find(self, report: Report) -> list[NumberMention]:
        words = number_words(report.language or "fr")
        text = report.article.text
        folded = fold_same_length(text)
        out: list[NumberMention] = []
        cands = _candidates(folded, words)
        skip: set[int] = set()
        for i, c in enumerate(cands):
            if i in skip or self._not_a_count(folded, c, words):
                continue
            start, low, high, value, rule = c.start, c.value, c.value, c.value, c.how
            if c.how in ("approximate", "vague"):
                high = None
            before = folded[max(0, c.start - 30) : c.start].rstrip()
            before_end = max(0, c.start - 30) + len(before)
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            between = words.range_words["between"]
            gap = folded[c.end : nxt.start].strip() if nxt else None
            with_between = _ends_with(before, between) and gap in (words.range_words["and"], words.range_words["to"])
            if nxt and (with_between or gap in words.alternatives) and nxt.how in ("digits", "words"):
                start = before_end - len(between) if with_between else c.start
                low = value = min(c.value, nxt.value)
                high = max(c.value, nxt.value)
                skip.add(i + 1)
                end = nxt.end
                rule += " range"
            else:
                end = c.end
                for mod in words.at_least:
                    if _ends_with(before, mod):
                        start = before_end - len(mod)
                        high = c.value if mod in words.at_most else None
                        low = c.value if high is None else None
                        rule += f" modifier {mod!r}"
                        break
            kind = self._kind(folded, start, end, words)
            if kind == "other" and (c.how in ("ambiguous", "vague") or (c.how == "digits" and _looks_like_year(folded[c.start : c.end]))):
                continue
            out.append(NumberMention(report.span(start, end), value, low, high, kind, rule + f" kind {kind}"))
        out = _share_coordinated_kinds(out, folded, words)
        for hit in words.zero_killed.find(folded):
            out.append(NumberMention(report.span(hit.start, hit.end), 0, 0, 0, "killed", f"nobody killed: {hit.alias!r}"))
        return sorted(out, key=lambda n: n.span.start)

    @staticmethod
    def _not_a_count(folded: str, c: _Candidate, words: NumberWords) -> bool:
        after = folded[c.end : c.end + 25].lstrip()
        return any(
            after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum() or not w[-1].isalnum())
            for w in words.not_counts_after
        )

    @staticmethod
    def _kind(folded: str, start: int, end: int, words: NumberWords) -> str:
        window = folded[end : end + 60]
        stop = re.search(_CLAUSE_END + "".join(rf"|\b{re.escape(j)}\b" for j in words.joiners), window)
        window = window[: stop.start()] if stop else window
        hits = words.after.find(window)
        if hits and len(window[: hits[0].start].split()) <= 5:
            return hits[0].value
        before = folded[max(0, start - 40) : start].rstrip(_QUOTES)
        for cue, kind in words.before:
            if _ends_with(before, cue):
                return kind
        return "other"
