"""The place that governs a trigger: attached to it by a locative word, or named inside its own
subject or object ("le passage Abou Kamal-Qaëm a rouvert"); never a place of origin, a route,
a demonym, or a place name standing for an actor. Location words are data (event_triggers.yaml).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventdesk.events.arguments import AGENT, SUBJ, has_word, own_case, path_to, role_words, root_of
from eventdesk.records import ActorMention, PlaceMention, Span

_PLACE_KINDS = {"populated_place": 0, "admin2": 1, "admin1": 2, "relative": 3, "region": 4, "country": 5}


def pick_place(doc: Any, trigger: Any, anchors: Sequence[Any], places: Sequence[PlaceMention],
               language: str, actors: Sequence[ActorMention] = ()) -> PlaceMention | None:
    """The place governing the event: attached to the trigger by a locative word, not a
    place of origin or a route; ties go to the finer place, then the nearer one.

    A distance phrase ("à 130 km de Boukamal": the places stage gives the landmark, with a
    radius of the distance) locates the event only when it is the event's own location
    phrase: attached to the trigger by a locative, and no other place is ("une base dans la
    région d'Al-Zaqaf, à 130 km de Boukamal" is at Al-Zaqaf, not at Boukamal)."""
    rw = role_words(language)
    limit = anchors[-1]  # a participle clause happens where its head clause does
    if limit.dep_ in ("advcl", "xcomp") and limit.head.i != limit.i:
        anchors = [*anchors, limit.head]
    best: tuple[tuple[int, int, int], PlaceMention] | None = None
    own: list[tuple[tuple[int, int, int], PlaceMention]] = []  # attached by a locative, not a distance phrase
    for pm in places:
        tok = root_of(doc, pm.span)
        if tok is None:
            continue
        path = path_to(tok, anchors) or []
        context = path + [c for t in path for c in t.children if c.dep_ in ("case", "mark")]
        context += [tok.head] if tok.head.pos_ == "ADP" else []
        if has_word(rw.not_location, context[1:] if context else []) or has_word(rw.not_location, [c for c in tok.children if c.dep_ == "case"]):
            continue
        if demonym_use(doc, tok, pm.span):
            continue  # "frappe russe", "UK-based monitor": an origin or nationality is not where it happened
        if any(pm.span.overlaps(a.span) for a in actors) or _in_organisation(pm):
            continue  # "frappes revendiquées par Israël", "la police d'Anbar": a name standing for an actor
        case = own_case(tok)
        context += [c for c in tok.children if c.dep_ == "advmod"]  # "près de Gao": "près" hangs from the name
        located = has_word(rw.location_case, context)
        if case & rw.agent_case or (case & rw.of_case and tok.head.pos_ == "VERB" and not located):
            continue  # "revendiquées par Israël", "tirés d'Israël": an agent or an origin
        if located:
            attach = 0 if path else 1
        elif not path or (len(path) == 1 and path[0].dep_ in SUBJ | AGENT):
            continue  # "Israël a frappé": a place name as the agent is not where it happened
        else:
            attach = 2  # "ont pris Boukamal", "les sites d'Al-Boukamal", "le passage Abou Kamal-Qaëm"
        distance = pm.place is not None and pm.place.kind == "relative"
        if distance and attach != 0:
            continue  # a landmark's distance, not where the event happened
        kind = _PLACE_KINDS.get(pm.place.kind, 6) if pm.place else 7
        key = (kind, attach, abs(tok.i - trigger.i))
        if attach == 0 and not distance:
            own.append((key, pm))
        if best is None or key < best[0]:
            best = (key, pm)
    if best is not None and best[1].place is not None and best[1].place.kind == "relative" and own:
        best = min(own, key=lambda x: x[0])
    return best[1] if best else None


def _in_organisation(pm: PlaceMention) -> bool:
    """The places stage found the name inside an organisation's ("l'Agence d'information du
    Burkina"): it names who speaks or acts, not where something happened."""
    return "part of an organisation name" in (pm.rule or "")


def demonym_use(doc: Any, tok: Any, span: Span) -> bool:
    """A place name used as an adjective: a nationality ("Iranian", "irakienne") or the first
    part of a hyphenated modifier ("UK-based", "Iranian-backed"). A capital after the hyphen
    joins two names ("le passage Abou Kamal-Qaëm", "Syrie-Irak"): not a modifier."""
    if tok.pos_ == "ADJ" or tok.dep_ == "amod":
        return True
    text = doc.text
    return span.end < len(text) - 1 and text[span.end] == "-" and text[span.end + 1].isalpha() \
        and not text[span.end + 1].isupper()


_SURFACE_STOP = frozenset({"VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON"})
_SURFACE_WINDOW = 6  # "près du poste-frontière d'Al-Qaïm": the locative a few words before the name


def surface_place(doc: Any, places: Sequence[PlaceMention], language: str,
                  actors: Sequence[ActorMention] = ()) -> PlaceMention | None:
    """The sentence's place introduced by a locative word in the surface text, for a trigger
    the parse links to no place (a hyphenated name or compound often splits the parse:
    "près du poste-frontière d'Al-Qaïm"). The locative must come within a few words before the
    name, inside the same phrase (no verb, clause word or comma between), with no route or
    origin word ("from", "vers", "road to") between; demonyms, actor names and distance
    landmarks never qualify. Ties go to the finer place, then the first named."""
    rw = role_words(language)
    best: tuple[tuple[int, int], PlaceMention] | None = None
    for pm in places:
        sp = doc.char_span(pm.span.start, pm.span.end, alignment_mode="expand")
        if sp is None or not len(sp) or demonym_use(doc, sp.root, pm.span):
            continue
        if any(pm.span.overlaps(a.span) for a in actors) or _in_organisation(pm) or (
                pm.place is not None and pm.place.kind == "relative"):
            continue
        located = False
        for tok in reversed(doc[max(0, sp.start - _SURFACE_WINDOW):sp.start]):
            if tok.pos_ in _SURFACE_STOP and tok.text != "-":
                break
            if has_word(rw.not_location, [tok]):
                break
            if tok.pos_ in ("ADP", "ADV") and has_word(rw.location_case, [tok]):
                located = True
                break
        if not located:
            continue
        key = (_PLACE_KINDS.get(pm.place.kind, 6) if pm.place else 7, pm.span.start)
        if best is None or key < best[0]:
            best = (key, pm)
    return best[1] if best else None
