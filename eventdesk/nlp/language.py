"""Language identification, for French and English first (Arabic detected, not yet analysed)."""

from __future__ import annotations

import functools
from typing import Any

from eventdesk.langdata import SUPPORTED_LANGUAGES
from eventdesk.records import Report
from eventdesk.stage import Stage

_MIN_CONFIDENCE = 0.5
_SAMPLE_CHARS = 4000  # identification on the first few thousand characters is enough


@functools.cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.FRENCH, Language.ENGLISH, Language.ARABIC, Language.GERMAN, Language.SPANISH
    ).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when no language is likely enough."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None
    confidences = _detector().compute_language_confidence_values(sample)
    if not confidences or confidences[0].value < _MIN_CONFIDENCE:
        return None
    return confidences[0].language.iso_code_639_1.name.lower()


class LanguageStage(Stage):
    """Sets report.language: the metadata's language when given and supported, else detected."""

    name = "language"
    requires = ("article",)
    assigns = ("language",)

    def __call__(self, report: Report) -> Report:
        from dataclasses import replace

        declared = report.article.language
        language = declared if declared in SUPPORTED_LANGUAGES else detect_language(report.article.text)
        return replace(report, language=language)
