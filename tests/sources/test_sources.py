"""The sources stage: cited sources, reporting chains, carry-over, homonyms."""

from __future__ import annotations

import pytest

from eventdesk.records import SourceMention
from eventdesk.sources.stage import SourcesStage, sources_for
from tests.actors.util import build


def cited(text: str, language: str = "fr") -> list[tuple[str, str, tuple[str, ...]]]:
    report = SourcesStage()(build(text, language))
    return [(s.span.text, s.name, s.via) for s in report.sources]


def test_director_of_the_observatory_speaking_to_afp_is_sohr_via_afp():
    text = "« Les combats continuent », a déclaré mardi à l’AFP le directeur de l’Observatoire, joint par téléphone."
    assert cited(text) == [("l’Observatoire", "SOHR", ("AFP",))]


def test_closing_rapporte_names_the_outer_link():
    text = ("L'armée a avancé dans le quartier nord, a rapporté l'Observatoire syrien des droits "
            "de l'homme (OSDH), rapporte l'AFP.")
    assert cited(text) == [("Observatoire syrien des droits de l'homme", "SOHR", ("AFP",))]


def test_single_sources_with_canonical_names_and_scales():
    text = ("Selon l'agence SANA, deux obus sont tombés. D'après Reuters, le convoi a été touché. "
            "Fox News a rapporté que le camp était vide.")
    report = SourcesStage()(build(text))
    assert [(s.name, s.scale) for s in report.sources] == [
        ("SANA", "National"), ("Reuters", "International"), ("Fox News", "International")]


def test_centre_names_of_the_observatory_and_anaphora():
    text = ("Le Centre syrien de surveillance des droits de l’homme a indiqué que trois dépôts avaient brûlé. "
            "Le centre a ajouté que des drones survolaient la zone.")
    assert [(s.span.text, s.name) for s in SourcesStage()(build(text)).sources] == [
        ("Centre syrien de surveillance des droits de l’homme", "SOHR"), ("Le centre", "SOHR")]


def test_le_centre_is_not_a_source_before_the_observatory_is_named():
    assert cited("Le centre a indiqué que la ville était calme.") == []


def test_a_source_on_the_ground_to_sputnik():
    text = "Une source sur le terrain a affirmé mardi à l’agence Sputnik que les combats continuaient."
    report = SourcesStage()(build(text))
    (s,) = report.sources
    assert (s.name, s.via, s.scale) == ("Local source", ("Sputnik",), "Local")


def test_a_named_source_without_a_reporting_cue_is_not_cited():
    assert cited("Reuters et l'AFP ont des bureaux dans la capitale.") == []


def test_the_town_of_al_mayadin_is_not_the_channel():
    text = ("Selon l’OSDH, des camions ont été déplacés vers la ville d’al-Mayadeen. "
            "La chaîne al-Mayadeen a rapporté une explosion.")
    assert [(s.span.text, s.name) for s in SourcesStage()(build(text)).sources] == [
        ("OSDH", "SOHR"), ("al-Mayadeen", "Al Mayadeen")]


def test_english_chains():
    text = ("Two soldiers were killed, the Syrian Observatory for Human Rights told AFP. "
            "According to Reuters, the road was cut.")
    assert cited(text, "en") == [("Syrian Observatory for Human Rights", "SOHR", ("AFP",)),
                                 ("Reuters", "Reuters", ())]


def test_sources_for_carries_over_toujours_selon_cette_source():
    text = ("Selon une source qui s’est confiée pour Al-Mayadeen, les convois passent la nuit. "
            "Toujours selon cette source, les chefs ont fui vers le nord. "
            "La frontière a rouvert lundi.")
    report = SourcesStage()(build(text))
    first, second, third = report.sentences
    assert [s.name for s in sources_for(report, first)] == ["Unnamed source"]
    assert sources_for(report, first)[0].via == ("Al Mayadeen",)
    carried = sources_for(report, second)
    assert [s.name for s in carried] == ["Unnamed source"]
    assert all(isinstance(s, SourceMention) and first.contains(s.span) for s in carried)
    assert sources_for(report, third) == ()


def test_segmenter_cut_in_mid_sentence_does_not_lose_the_source():
    # a segmenter may cut after a dash; the cue is then in the next "sentence"
    text = "Le Centre syrien de surveillance des droits de l’homme (basé à Londres) –\n"
    text = text.replace("\n", " ") + "a indiqué que des avions ont frappé."
    report = build(text)
    cut = text.index("–", 60) + 1
    from dataclasses import replace

    from eventdesk.records import Span
    report = replace(report, sentences=(Span(0, cut, text[:cut]), Span(cut + 1, len(text), text[cut + 1:])))
    assert [s.name for s in SourcesStage()(report).sources] == ["SOHR"]


def test_spans_point_into_the_text():
    text = "Selon l’OSDH, rapporte l’AFP, un dépôt a brûlé."
    for s in SourcesStage()(build(text)).sources:
        assert text[s.span.start : s.span.end] == s.span.text


@pytest.mark.slow
def test_with_the_french_model_lines_are_not_merged():
    from eventdesk.nlp.models import load_model
    from eventdesk.records import Article, Report, Span

    text = ("Les combats ont repris samedi dans le quartier est, a rapporté l’OSDH, rapporte l’AFP.\n"
            "« La ville est presque tombée », a déclaré à l’AFP le directeur de l’Observatoire.\n"
            "Intertitre\n"
            "Selon une source militaire citée par Sputnik, le pont a été détruit.\n"
            "Toujours selon cette source, deux camions ont brûlé.")
    doc = load_model("fr")(text)
    report = Report(article=Article(id="m", text=text, origin="t"), language="fr", doc=doc,
                    sentences=tuple(Span(s.start_char, s.end_char, s.text) for s in doc.sents))
    report = SourcesStage()(report)
    assert [(s.name, s.via) for s in report.sources] == [
        ("SOHR", ("AFP",)), ("SOHR", ("AFP",)), ("Security source", ("Sputnik",))]
    last = Span(text.index("Toujours"), len(text), text[text.index("Toujours"):])
    assert [s.name for s in sources_for(report, last)] == ["Security source"]
