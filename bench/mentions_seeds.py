"""Actor, source and number mentions found in the five seed reports (read, never copied).

Run: python bench/mentions_seeds.py [--list]
Prints, per seed, how many actor mentions resolve to a canonical name, how many are kept
unnamed, and the sources and casualty figures found; --list prints every mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventdesk.actors.stage import ActorsStage  # noqa: E402
from eventdesk.numbers.stage import NumbersStage  # noqa: E402
from eventdesk.records import Article, Entity, Report, Span  # noqa: E402
from eventdesk.sources.stage import SourcesStage  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"

# Our own reading of each seed: the distinct actors and cited sources an analyst would code
# (canonical names; a state force's period suffix is ignored, the seeds having no date).
IRGC = "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"
SYR, ISR, USA, RUS = (f"Military Forces of {c}" for c in ("Syria", "Israel", "the United States", "Russia"))
EXPECTED: dict[str, tuple[set[str], set[str]]] = {
    "000": ({SYR, "Popular Mobilization Forces", "Free Syrian Army", "Islamic State (Iraq)",
             "Maghawir al-Thawra", USA}, {"Al Akhbar", "Baladi News", "War Media", "Opposition media"}),
    "001": ({SYR, "Islamic State (Syria)", "Hezbollah", IRGC, "SDF: Syrian Democratic Forces", RUS,
             "Al Nusrah Front", "Civilians (Syria)"},
            {"Al Mayadeen", "War Media", "SOHR", "SANA", "Russian media", "Unnamed source"}),
    "002": ({"Popular Mobilization Forces", ISR, "Islamic State (Syria)", SYR, USA,
             "SDF: Syrian Democratic Forces", "Islamic State (Iraq)", "Civilians (Iraq)"},
            {"SANA", "Fars News Agency", "Local source"}),
    "003": ({IRGC, "Unidentified Military Forces", ISR, "Popular Mobilization Forces", "Liwa Zainebiyoun",
             "Liwa Fatemiyoun", "SDF: Syrian Democratic Forces", "Civilians (Syria)", "Islamic State (Syria)",
             USA, RUS}, {"SOHR", "SANA", "Ministry of Defence of Russia"}),
    "004": ({ISR, "Unidentified Military Forces", IRGC, "Hezbollah", "Islamic State (Syria)", USA},
            {"Al Mayadeen", "SOHR", "ImageSat International", "Fox News", "SANA", "Local source"}),
}


def _key(name: str) -> str:
    """'Military Forces of Syria (2000-)' -> 'Military Forces of Syria' (period ignored)."""
    if name.startswith("Military Forces of") and not name.endswith("Corps"):
        return name.rsplit(" (", 1)[0]
    return name


def main() -> None:
    import spacy

    nlp = spacy.load("fr_core_news_md")
    show = "--list" in sys.argv
    found_a = found_s = want_a = want_s = 0
    totals = {"actors": 0, "named": 0, "unnamed": 0, "sources": 0, "chained": 0, "casualties": 0}
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)
        report = Report(
            article=Article(id=path.stem, text=text, origin=str(path)), language="fr", doc=doc,
            sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents),
            entities=tuple(Entity(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents),
        )
        for stage in (ActorsStage(), SourcesStage(), NumbersStage()):
            report = stage(report)
        named = sum(a.name is not None for a in report.actors)
        casualties = [n for n in report.numbers if n.kind != "other"]
        print(f"{path.name}: actors {len(report.actors)} (named {named}, unnamed {len(report.actors) - named}), "
              f"sources {len(report.sources)} (with chain {sum(bool(s.via) for s in report.sources)}), "
              f"casualty figures {len(casualties)}")
        totals["actors"] += len(report.actors)
        totals["named"] += named
        totals["unnamed"] += len(report.actors) - named
        totals["sources"] += len(report.sources)
        totals["chained"] += sum(bool(s.via) for s in report.sources)
        totals["casualties"] += len(casualties)
        want_actors, want_sources = EXPECTED[path.name[:3]]
        got_actors = {_key(a.name) for a in report.actors if a.name}
        got_sources = {s.name for s in report.sources}
        found_a += len(want_actors & got_actors)
        found_s += len(want_sources & got_sources)
        want_a += len(want_actors)
        want_s += len(want_sources)
        print(f"  distinct expected actors found {len(want_actors & got_actors)}/{len(want_actors)}"
              f" missing {sorted(want_actors - got_actors)}; others {sorted(got_actors - want_actors)}")
        print(f"  distinct expected sources found {len(want_sources & got_sources)}/{len(want_sources)}"
              f" missing {sorted(want_sources - got_sources)}; others {sorted(got_sources - want_sources)}")
        if show:
            for a in report.actors:
                print(f"  A {a.span.start:5d} {a.span.text!r:45} -> {a.name} inter={a.inter} [{a.kind}]")
            for s in report.sources:
                print(f"  S {s.span.start:5d} {s.span.text!r:45} -> {s.name} via={s.via} scale={s.scale}")
            for n in report.numbers:
                print(f"  N {n.span.start:5d} {n.span.text!r:45} -> {n.value} {n.kind} ({n.low}..{n.high})")
    print("total mentions:", ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"distinct expected actors found: {found_a}/{want_a}; sources: {found_s}/{want_s}")


if __name__ == "__main__":
    main()
