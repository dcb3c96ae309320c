"""Which of the supported languages a message is written in, from its common words.

Used for the language of an assessment (and so of a warning) when no rule of a
language-specific pack has fired. Function words are enough for chat: the detector does
not need more, and this costs one set intersection per language.
"""

from __future__ import annotations

_STOPWORDS: dict[str, frozenset[str]] = {}


def guess_language(normalised_text: str, default: str = "") -> str:
    words = set(normalised_text.split())
    best, best_n = default, 0
    for language, stop in _STOPWORDS.items():
        n = len(words & stop)
        if n > best_n:
            best, best_n = language, n
    return best
