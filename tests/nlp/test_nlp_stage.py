import pytest

from eventdesk.nlp.language import LanguageStage
from eventdesk.nlp.stage import NlpStage
from eventdesk.records import Article, Report

TEXT = ("Deuxième bataille\nC'est la deuxième bataille lancée pour prendre la ville de Hajin.\n\n"
        "Les combats se poursuivent, selon l'OSDH.")


@pytest.mark.slow
def test_headlines_do_not_run_into_sentences_and_spans_are_exact():
    report = NlpStage()(LanguageStage()(Report(article=Article(id="1", text=TEXT, origin="t"))))
    assert [s.text for s in report.sentences] == [
        "Deuxième bataille",
        "C'est la deuxième bataille lancée pour prendre la ville de Hajin.",
        "Les combats se poursuivent, selon l'OSDH.",
    ]
    for item in list(report.sentences) + [e.span for e in report.entities]:
        assert TEXT[item.start:item.end] == item.text


def test_unsupported_language_passes_through_without_guessing():
    report = Report(article=Article(id="1", text="نص عربي قصير", origin="t"), language="ar")
    out = NlpStage()(report)
    assert out.sentences == () and out.entities == ()


@pytest.mark.slow
def test_hyphenated_names_never_split_a_sentence():
    text = ("Une frappe de drone a visé mardi soir un véhicule du Hachd al-Chaabi près du poste-frontière "
            "d'Al-Qaïm, dans l'ouest de la province d'Anbar. Les combats ont repris.")
    report = NlpStage()(LanguageStage()(Report(article=Article(id="1", text=text, origin="t"))))
    assert [s.text for s in report.sentences] == [text[: text.index(" Les")], "Les combats ont repris."]
