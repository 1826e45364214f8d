"""spaCy components of ours, registered with spaCy's own factory mechanism."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

LINE_BREAKS = "eventdesk_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, captions and paragraphs never run into the next
    line (the French parser otherwise merges a headline with the first sentence)."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc
