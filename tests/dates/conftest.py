import pytest


@pytest.fixture(scope="session")
def fr_nlp():
    import spacy

    return spacy.load("fr_core_news_md")
