import pytest

from eventdesk.nlp.language import LanguageStage, detect_language
from eventdesk.records import Article, Report


@pytest.mark.parametrize("text,expected", [
    ("Les forces gouvernementales ont repris le contrôle du quartier après deux jours de combats.", "fr"),
    ("Government forces regained control of the district after two days of fighting.", "en"),
    # names and acronyms shared by both languages must not fool it
    ("L'OSDH a indiqué que Daech avait attaqué Abou Kamal, selon l'AFP.", "fr"),
    ("SOHR said ISIS attacked Abu Kamal, AFP reported.", "en"),
])
def test_detects_french_and_english(text, expected):
    assert detect_language(text) == expected


def test_no_text_no_language():
    assert detect_language("   \n") is None


def test_metadata_language_wins_when_supported_and_detection_otherwise():
    fr_text = "Des manifestants se sont rassemblés devant la préfecture."
    declared = LanguageStage()(Report(article=Article(id="1", text=fr_text, origin="t", language="fr")))
    assert declared.language == "fr"
    wrong_tag = LanguageStage()(Report(article=Article(id="2", text=fr_text, origin="t", language="xx")))
    assert wrong_tag.language == "fr"
