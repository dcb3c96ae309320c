"""Which of the supported languages a message is written in, from its common words.

Used for the language of an assessment (and so of a warning) when no rule of a
language-specific pack has fired. Function words are enough for chat: the detector does
not need more, and this costs one set intersection per language.
"""

from __future__ import annotations

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the you are is and what how where do your have i im my me to for with this that "
        "can want not no yes it at in of".split()
    ),
    "nl": frozenset(
        "de het een ik je jij ben is en wat hoe waar niet met van voor dat die heb ook "
        "maar mijn zijn wil".split()
    ),
    "de": frozenset(
        "der die das ich du bist ist und was wie wo nicht mit von fur dass ein eine hast "
        "auch aber mein sein will".split()
    ),
    "tl": frozenset(
        "ang ng mga ako ka ikaw ko mo sa na ba po naman lang ano saan hindi oo may wala "
        "kita tayo natin siya yung di".split()
    ),
    "ceb": frozenset(
        "ang sa ko ka ikaw imo nako nimo unsa asa dili oo naa wala ba lang kay man bitaw "
        "diri didto ta kita".split()
    ),
    "es": frozenset(
        "el la los las yo tu eres es y que como donde no con de para por una un tengo "
        "quieres pero mi hola".split()
    ),
}


def guess_language(normalised_text: str, default: str = "") -> str:
    words = set(normalised_text.split())
    best, best_n = default, 0
    for language, stop in _STOPWORDS.items():
        n = len(words & stop)
        if n > best_n:
            best, best_n = language, n
    return best
