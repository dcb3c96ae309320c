"""Normalisation against evasion: the text the indicator rules are matched against.

People who know they are watched write "sh0w", "c@m", "s h o w", "shоw" (Cyrillic о),
"pleeease" or hide zero-width characters inside words. The rules are written once, in
plain lowercase ASCII without diacritics; this module brings every message to that form.

The original text is always kept beside the normalised one, and `src` maps every character
of the normalised text back to the index of the original character it came from, so an
indicator found in the normalised text is reported with its span in what was really said.
Mapping costs time, so it is only built when asked for (after a rule has fired).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import re2

__all__ = ["Normalised", "normalise", "original_span"]


@dataclass(frozen=True, slots=True)
class Normalised:
    original: str
    text: str
    # src[i] is the index in `original` of normalised character i; None when not built.
    src: tuple[int, ...] | None = None


# Visual look-alikes that NFKC leaves alone: Cyrillic and Greek letters that render as
# Latin ones. Transliteration (с→s) would be wrong here: we want what the reader sees (с→c).
_CONFUSABLES = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "ѕ": "s",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ɡ": "g",
    "һ": "h",
    "ո": "n",
    "ս": "u",
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "γ": "y",
    "ω": "w",
    "ϲ": "c",
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
}
# Characters that render as nothing (or as a plain space) and are used to split words.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\u3164\ufe00\ufe01\ufe0e\ufe0f\ufeff\uffa0"
)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """One non-ASCII character to lowercase ASCII-ish letters (may be empty or several)."""
    if ch in _INVISIBLE:
        return ""
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        c = _CONFUSABLES.get(c, c)
        for d in unicodedata.normalize("NFKD", c):
            if unicodedata.combining(d):
                continue
            out.append(_CONFUSABLES.get(d, d))
    folded = "".join(out)
    if folded.isspace() or unicodedata.category(ch) == "Cc":
        return " "
    return folded


_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
# A token that mixes letters with leet digits or symbols, e.g. "sh0w", "c@m", "w3stern".
_LEET_TOKEN = re.compile(r"[a-z0-9@$]*(?:[a-z][013457@$]|[013457@$][a-z])[a-z0-9@$]*")
_NUMBER_WORD = re.compile(r"[0-9]+[a-z]+")
_SINGLE_LEET = re.compile(r"(?<![0-9])[013457@$](?![0-9])")
# Three or more single letters with one separator between each: "s h o w", "c.a.m".
_SPACED = re.compile(r"(?<![a-z0-9])[a-z](?:[ ._\-][a-z]){2,}(?![a-z0-9])")
_SPACED_SEP = re.compile(r"[ ._\-]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_ABBREVIATIONS = {
    "u": "you",
    "r": "are",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "plss": "please",
    "thx": "thanks",
    "tnx": "thanks",
    "msg": "message",
    "b4": "before",
    "cn": "can",
    "wht": "what",
    "yrs": "years",
    "yr": "year",
}
# Only whole words: next to a digit or a leet symbol the letter is part of a disguised token.
_ABBREVIATION = re.compile(r"(?<![a-z0-9'@$])(?:" + "|".join(_ABBREVIATIONS) + r")(?![a-z0-9'@$])")
# Control characters count as space: they render as nothing and only split words.
_SPACE = re.compile(r"[\s\x00-\x1f\x7f]{2,}|[\x00-\x1f\x7f]")
# On a message none of the steps would change, normalising is just lower() (same length, so
# the span map is the identity): the common case, kept cheap. RE2 runs this one check as a
# DFA, several times faster than Python's backtracking engine on the same alternation.
_NEEDS_WORK = re2.compile(
    r"(?:^|[^a-z0-9])[a-z](?:[ ._\-][a-z]){2,}(?:[^a-z0-9]|$)"
    r"|[a-z][013457@$]|[013457@$][a-z]"
    r"|\s\s|[\x00-\x1f\x7f]|^\s|\s$|"
    + "|".join(c * 3 for c in string.ascii_lowercase)
    + r"|(?:^|[^a-z0-9'@$])(?:"
    + "|".join(_ABBREVIATIONS)
    + r")(?:[^a-z0-9'@$]|$)"
)


def _leet_token(match: re.Match[str]) -> str:
    token = match.group()
    letters = sum(c.isalpha() for c in token)
    # "5k", "13f", "12yo", "7th" and "5to" are amounts, ages and ordinals: digits first, then
    # only letters. Disguised words put the digit inside or after letters ("sh0w", "c4m").
    # A long token with "@" and no leet digit is an address or a handle ("anna@mail");
    # with one it is a disguised word ("wh@t5app").
    address = "@" in token and len(token) > 6 and not any(c in "013457" for c in token)
    if letters < 2 or _NUMBER_WORD.fullmatch(token) or address:
        return token
    # Until stable: "0@" reads "oa" once the "0" became a letter beside the "@".
    while True:
        read = _SINGLE_LEET.sub(lambda m: _LEET[m.group()], token)
        if read == token:
            return token
        token = read


# Letters that are words on their own in chat ("r u a minor", Spanish "y", "o"): a run of
# only these is words, not a word spelled out.
_WORDLIKE_LETTERS = frozenset("aeioury")


def _spaced(match: re.Match[str]) -> str:
    text = match.group()
    letters = _SPACED_SEP.sub("", text)
    if set(letters) <= _WORDLIKE_LETTERS:
        return text
    return letters


def _repeats(match: re.Match[str]) -> str:
    return match.group(1)


def _abbreviation(match: re.Match[str]) -> str:
    return _ABBREVIATIONS[match.group()]


def _space(match: re.Match[str]) -> str:
    return " "


# Order matters: leet before repeats ("0$ss"), repeats before abbreviations ("plsss").
_STEPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (_SPACE, _space),
    (_LEET_TOKEN, _leet_token),
    (_REPEATS, _repeats),
    (_SPACED, _spaced),
    (_ABBREVIATION, _abbreviation),
)


def _sub_tracked(
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str],
    text: str,
    src: list[int],
) -> tuple[str, list[int]]:
    pieces: list[str] = []
    new_src: list[int] = []
    pos = 0
    for m in pattern.finditer(text):
        start, end = m.span()
        out = repl(m)
        pieces.append(text[pos:start])
        new_src.extend(src[pos:start])
        pieces.append(out)
        if len(out) == end - start:
            new_src.extend(src[start:end])
        elif out == _SPACED_SEP.sub("", m.group()):
            new_src.extend(src[i] for i in range(start, end) if not _SPACED_SEP.match(text[i]))
        else:
            # Expansions and collapses: every output character points at the match start,
            # so the reported span still covers exactly the original characters matched.
            anchor = src[start] if start < len(src) else (src[-1] if src else 0)
            new_src.extend([anchor] * len(out))
        pos = end
    pieces.append(text[pos:])
    new_src.extend(src[pos:])
    return "".join(pieces), new_src


def normalise(text: str, *, with_src: bool = False) -> Normalised:
    """Bring `text` to the form the rules are written for; see the module docstring."""
    if text.isascii():
        lowered = text.lower()
        if not _NEEDS_WORK.search(lowered):
            if with_src:
                return Normalised(text, lowered, tuple(range(len(lowered))))
            return Normalised(text, lowered)
        folded = lowered
        src = list(range(len(folded))) if with_src else []
    else:
        chars: list[str] = []
        src = []
        for i, ch in enumerate(text):
            out = ch.lower() if ch.isascii() else _fold_char(ch)
            chars.append(out)
            if with_src:
                src.extend([i] * len(out))
        folded = "".join(chars)

    for pattern, repl in _STEPS:
        if with_src:
            folded, src = _sub_tracked(pattern, repl, folded, src)
        else:
            folded = pattern.sub(repl, folded)

    # Strip the ends last so the span map stays aligned.
    lead = len(folded) - len(folded.lstrip())
    stripped = folded.strip()
    if with_src:
        return Normalised(text, stripped, tuple(src[lead : lead + len(stripped)]))
    return Normalised(text, stripped)


def original_span(normalised: Normalised, start: int, end: int) -> tuple[int, int]:
    """The span in the original text of normalised characters start..end."""
    src = normalised.src
    if src is None:
        raise ValueError("normalise() was called without with_src=True")
    if not src or start >= end:
        pos = src[min(start, len(src) - 1)] if src else 0
        return pos, pos
    return src[start], src[end - 1] + 1
