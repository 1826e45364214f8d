"""Countries named as the party that strikes: "Israël a attaqué une cible", "hit by Israel".

ACLED codes a state named as the attacker as its military forces. A country name is only
an actor when the parse makes it the subject (or passive agent) of a strike verb listed in
data/actors.yaml `country_agents`; "la Syrie a signalé" or "en Syrie" stay places.
Needs the spaCy Doc (report.doc); without it this step finds nothing.
"""

from __future__ import annotations

import functools
from typing import Any

from eventdesk.actors.aliases import Hit
from eventdesk.actors.dictionary import DATA, countries
from eventdesk.langdata import load_yaml
from eventdesk.textnorm import fold


@functools.cache
def _agent_words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_yaml(DATA, "actors.yaml")["country_agents"].get(language, {})

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in raw.get(key, []))

    return words("verbs"), words("subject_only"), words("agent_words")


def is_strike_agent(doc: Any, hit: Hit[str], language: str) -> bool:
    """True if the country name at `hit` is the subject or passive agent of a strike verb."""
    if doc is None:
        return False
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or hit.value not in countries() or not countries()[hit.value].military:
        return False
    verbs, subject_only, agent_words = _agent_words(language)
    token = span.root
    if token.dep_ == "nsubj" and fold(token.head.lemma_) in verbs | subject_only:  # not nsubj:pass
        return True
    # passive agent: "menées par Israël" (fr: case child "par"), "hit by Israel" (en: pobj of "by")
    if any(fold(c.text) in agent_words for c in token.children) and fold(token.head.lemma_) in verbs:
        return True
    head = token.head
    return fold(head.text) in agent_words and fold(head.head.lemma_) in verbs
