"""Undo the ways people write identifiers to slip past filters, keeping a map back to the text.

"john dot doe at gmail" is john.doe@gmail; "nine one seven, 123 4567" is 917 123 4567. Each
rewrite returns the new text and, for every character of it, the span of the original text it
came from, so that an identifier found in the rewritten text keeps its span in the original.
The words are those of the six languages we read (en, nl, de, tl, ceb, es).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["DIGIT_WORDS", "Rewritten", "email_text", "phone_text", "rewrite"]


@dataclass(frozen=True, slots=True)
class Rewritten:
    text: str
    starts: Sequence[int]  # original start of each character of `text`
    ends: Sequence[int]  # original end of each character of `text`

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of `text[start:end]`."""
        return self.starts[start], self.ends[end - 1]


def rewrite(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
) -> Rewritten:
    """Replace each match of `pattern` by `replace(match)` (None keeps it as it is)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    # (Most texts need no rewrite: then the maps are ranges, built for free.)
    pos = 0
    for m in pattern.finditer(text):
        new = replace(m)
        if new is None:
            continue
        out.append(text[pos : m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        out.append(new)
        starts.extend([m.start()] * len(new))
        ends.extend([m.end()] * len(new))
        pos = m.end()
    if pos == 0:
        return Rewritten(text, range(len(text)), range(1, len(text) + 1))
    out.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return Rewritten("".join(out), starts, ends)


# -- e-mail -------------------------------------------------------------------------------

_AT_WORDS = r"at|arroba|apenstaartje|klammeraffe|sa"
_DOT_WORDS = r"dot|punto|punt|punkt|tuldok|tuldik|period"
# A spelled "at" or "dot", bracketed or standing between two word characters with spaces;
# the spaces around it go too. "sa" (Tagalog "at") only between an e-mail-like local part
# and a known provider, or it would turn every "sa" into an @.
_EMAIL_WORD = re.compile(
    rf"\s*[\(\[\{{<]\s*(?P<b>{_AT_WORDS}|{_DOT_WORDS})\s*[\)\]\}}>]\s*"
    rf"|(?<=\w)\s+(?P<w>{_AT_WORDS}|{_DOT_WORDS})\s+(?=\w)"
    r"|(?<=\w)\s*@\s*(?=\w)|(?<=\w)\s+\.\s+(?=\w)",
    re.IGNORECASE,
)
_AT = frozenset(_AT_WORDS.split("|"))
_PROVIDERS = re.compile(
    r"gmail|yahoo|ymail|hotmail|outlook|live|icloud|aol|proton(?:mail)?|gmx|web|mail|yandex",
    re.IGNORECASE,
)


def _email_word(m: re.Match[str]) -> str | None:
    word = (m.group("b") or m.group("w") or "").lower()
    if _next_has_at(m) and (word in _AT or "@" in m.group(0)):
        return None  # "mail me at john@x.com": the address is already written out
    if not word:
        return "@" if "@" in m.group(0) else "."
    if word == "sa":
        # Tagalog "at": only before a known provider ("juan sa gmail").
        tail = m.string[m.end() : m.end() + 12]
        return "@" if _PROVIDERS.match(tail) else None
    return "@" if word in _AT else "."


def _next_has_at(m: re.Match[str]) -> bool:
    after = re.match(r"\S*", m.string[m.end() :])
    return after is not None and "@" in after.group(0) and "@" not in m.group(0)


def email_text(text: str) -> Rewritten:
    return rewrite(text, _EMAIL_WORD, _email_word)


# -- digits -------------------------------------------------------------------------------

_DIGIT_WORDS: dict[str, str] = {}
for _digit, _words in enumerate(
    (
        "zero oh nul null cero sero",
        "one een eins uno isa usa",
        "two twee zwei dos dalawa duha",
        "three drie drei tres tatlo tulo",
        "four vier cuatro apat upat",
        "five vijf fünf funf cinco lima",
        "six zes sechs seis anim unom",
        "seven zeven sieben siete pito",
        "eight acht ocho walo",
        "nine negen neun nueve siyam",
    )
):
    for _w in _words.split():
        _DIGIT_WORDS[_w] = str(_digit)
DIGIT_WORDS = _DIGIT_WORD = "|".join(sorted(_DIGIT_WORDS, key=len, reverse=True))
# A run of spelled digits, possibly mixed with written ones: "nine one seven 123 4567".
_TOKEN = rf"(?:\b(?:{_DIGIT_WORD})\b|\d+)"
_DIGIT_RUN = re.compile(rf"\+?{_TOKEN}(?:[\s,.\-/]+{_TOKEN}){{2,}}", re.IGNORECASE)
_TOKENS = re.compile(_TOKEN, re.IGNORECASE)
# Fewer spelled words, or fewer digits in all, and it is a sentence ("usa lima" is a place).
_MIN_SPELLED = 3
_MIN_DIGITS = 7


def _digit_run(m: re.Match[str]) -> str | None:
    tokens = _TOKENS.findall(m.group(0))
    spelled = sum(1 for t in tokens if not t.isdigit())
    digits = "".join(t if t.isdigit() else _DIGIT_WORDS[t.lower()] for t in tokens)
    if spelled < _MIN_SPELLED or len(digits) < _MIN_DIGITS:
        return None
    return ("+" if m.group(0).startswith("+") else "") + digits


def phone_text(text: str) -> Rewritten:
    return rewrite(text, _DIGIT_RUN, _digit_run)
