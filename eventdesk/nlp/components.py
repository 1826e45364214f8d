"""spaCy components of ours, registered with spaCy's own factory mechanism."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "eventdesk_line_breaks"
# A sentence may start only after one of these (or a line break).
SENTENCE_FINAL = frozenset(".!?…:;»\"”)")


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Sentence starts the parser must respect: a line break ends a sentence (titles,
    captions and paragraphs never run into the next line), and no sentence starts after a
    word that cannot end one (the French parser otherwise splits "poste-frontière d'Al-Qaïm"
    at its hyphens)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
        elif not SENTENCE_FINAL.intersection(prev.text):
            token.is_sent_start = False
    return doc
