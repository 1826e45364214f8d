"""The offset-preserving matcher under arbitrary text (Hypothesis) and its overlap rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from eventdesk.actors.aliases import AliasIndex, fold_same_length, split_lines
from eventdesk.records import Span


@given(st.text())
def test_folding_keeps_every_offset(text):
    assert len(fold_same_length(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("abcdéÉ’' -\n\tIS"), max_size=60))
def test_hits_are_real_aliases_at_their_offsets(text):
    index = AliasIndex([("abé", 1), ("ab c", 2), ("c d", 3)], exact=[("IS", 4)])
    hits = index.find(text)
    for h in hits:
        folded = " ".join(fold_same_length(text[h.start : h.end]).split())
        assert folded == h.alias or text[h.start : h.end] == h.alias
        assert h.start == 0 or not text[h.start - 1].isalnum()
        assert h.end == len(text) or not text[h.end].isalnum()
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


def test_longest_overlapping_alias_wins_even_when_it_starts_later():
    index = AliasIndex([("l'observatoire", "short"), ("observatoire syrien des droits de l'homme", "long")])
    (hit,) = index.find("a rapporté l’Observatoire syrien des droits de l’Homme.")
    assert hit.value == "long" and hit.start == 13


@given(st.lists(st.sampled_from(["Un.", "Deux, trois", "\n", " quatre !", "cinq –"]), max_size=8))
def test_split_lines_never_crosses_a_line_break_and_keeps_text(parts):
    text = " ".join(parts)
    spans = split_lines(text, [Span(0, len(text), text)] if text else [])
    for s in spans:
        assert "\n" not in s.text.strip("\n") and s.text == text[s.start : s.end]
