"""What people state about themselves: age, gender, country, city, first name.

Only statements about the speaker ("i'm 34", "ik kom uit Utrecht", "taga Cebu ako", the
"34/m/uk" of chat rooms), in the six languages we read; a place named in passing ("i love
manila") is not a disclosure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sweetie.identify.found import Found
from sweetie.identify.places import longest_place

__all__ = ["find_demographics"]

_I = r"(?:i'?m|i\s+am|im|ik\s+ben|ich\s+bin|soy|tengo|ako\s+ay|ako\s+kay)"
_NOT_AN_AGE = (
    r"(?!\s*(?:min|mins|minutes|hours|hrs|h\b|km|kg|lbs|am\b|pm\b|usd|eur|php|pesos|k\b|%|cm"
    r"|inch|feet|ft\b|foot|'|\$|€|:|\.\d|,\d|euro|dollars|minuten|uur|stunden|minutos|horas|oras|minuto))"
)
_AGES = (
    # "i'm 34", "im 34 m", "ik ben 34", "ich bin 34", "ako ay 34"
    re.compile(
        rf"\b(?:i'?m|i\s+am|im|ik\s+ben|ich\s+bin|ako\s+ay)\s+(?P<age>\d{{1,2}})\b{_NOT_AN_AGE}",
        re.I,
    ),
    # "34 years old", "34 yo", "34 jaar", "34 jahre alt", "tengo 34 años", "34 anyos", "34 na ako"
    re.compile(
        r"\b(?P<age>\d{1,2})\s*(?:years?\s+old|yrs?\s+old|y/?o\b|y\.o\.|jaar(?:\s+oud)?\b"
        r"|jahre(?:\s+alt)?\b|años|anos\b|anyos|taon\b|na\s+ako\b|na\s+ko\b|ka\s+tuig)",
        re.I,
    ),
    # "age: 34", "edad ko 34", "edad nako 34", "mijn leeftijd is 34", "mein alter ist 34",
    # "mi edad es 34"
    re.compile(
        r"\b(?:age|aged|my\s+age\s+is|edad\s+ko(?:\s+ay)?|edad\s+nako|leeftijd(?:\s+is)?"
        r"|alter(?:\s+ist)?|mi\s+edad\s+es)\s*[:=]?\s*(?P<age>\d{1,2})\b",
        re.I,
    ),
)
# The chat-room "a/s/l": "34/m/uk", "34 m manila", "asl 34 f cebu"
_ASL = re.compile(
    r"(?:^|\basl\W*|\b)(?P<age>\d{2})\s*[/,\s]\s*(?P<sex>m|f|male|female)\s*[/,\s]\s*"
    r"(?P<place>[a-zà-ÿ][\w .\-]{1,30})",
    re.I,
)
_GENDERS = (
    (
        re.compile(
            r"\b(?:i'?m|i\s+am|im)\s+(?:a\s+)?(?P<g>guy|man|male|boy|dude|girl|woman|female|lady)\b",
            re.I,
        ),
        {"guy": "m", "man": "m", "male": "m", "boy": "m", "dude": "m"},
    ),
    (
        re.compile(
            r"\b(?:ik\s+ben\s+een|ich\s+bin\s+eine?|soy\s+(?:una?\s+)?)\s*(?P<g>man|vrouw|jongen|meisje"
            r"|mann|frau|junge|mädchen|hombre|mujer|chico|chica)\b",
            re.I,
        ),
        {"man": "m", "jongen": "m", "mann": "m", "junge": "m", "hombre": "m", "chico": "m"},
    ),
    (
        re.compile(
            r"\b(?:(?P<g>lalaki|babae|babaye)\s+(?:ako|ko)|ako\s+ay\s+(?P<g2>lalaki|babae))\b", re.I
        ),
        {"lalaki": "m"},
    ),
)
# "from X", "i live in X", "ik kom uit X", "ich komme aus X", "soy de X", "taga X ako", ...
_PLACE = re.compile(
    r"(?:\b(?:i'?m|i\s+am|im|am|me|is)\s+(?:from|in)\b|\bi\s+live\s+in\b|\bliving\s+in\b"
    r"|\b(?:guy|man|male|boy|dude|girl|woman|lady|m|f|\d\d)\s+(?:from|in)\b"
    r"|\b(?:jahre|jaar|years?|yrs|yo|años|anyos|taon)\s*,?\s*(?:from|aus|uit|de|taga)\b"
    r"|(?<!anyone\s)(?<!anybody\s)(?<!someone\s)(?<!who\s)(?<!any\s)(?<!guys\s)"
    r"\bfrom\b(?=\s+\S+(?:\s+\S+)?\s+(?:here|po|ako|lang))|^\s*from\b"
    r"|\bik\s+(?:kom|woon)\s+(?:uit|in)\b|\bich\s+(?:komme|wohne|bin)\s+(?:aus|in)\b"
    r"|\bsoy\s+de\b|\bvivo\s+en\b|\bvengo\s+de\b"
    r"|\btaga[\s\-]|\bnakatira\s+(?:ako\s+)?sa\b|\bgikan\s+(?:ko\s+|ako\s+)?sa\b"
    r"|\bnagpuyo\s+(?:ko\s+|ako\s+)?sa\b|\bdito\s+(?:ako\s+)?sa\b)\s*",
    re.I,
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-zà-ÿ][\w.\-]*", re.I)
_NAME = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name's|name's|call\s+me|ik\s+heet|mijn\s+naam\s+is"
    r"|ich\s+heiße|ich\s+heisse|mein\s+name\s+ist|me\s+llamo|mi\s+nombre\s+es|ako\s+si"
    r"|pangalan\s+ko(?:\s+ay)?|akong\s+ngalan(?:\s+kay)?|ngalan\s+nako(?:\s+kay)?)"
    r"\s*[:=]?\s*(?P<name>[a-zà-ÿ][a-zà-ÿ\-']{1,19})\b",
    re.I,
)
_NOT_NAMES = frozenset(
    [
        "a",
        "an",
        "the",
        "not",
        "no",
        "yes",
        "ok",
        "here",
        "there",
        "what",
        "who",
        "baby",
        "babe",
        "honey",
        "daddy",
        "sweetie",
        "sir",
        "po",
        "lang",
        "na",
    ]
)


# Someone else's age ("my niece, 9 yrs old", "any 12 13 yo girls?"): not a disclosure.
_OTHER_BEFORE = re.compile(
    r"\b(?:niece|nephew|daughter|son|sister|brother|cousin|kid|kids|child|children|girls?|boys?"
    r"|any|looking\s+for|want|pamangkin|anak|kapatid|pinsan|umangkon|igsoon|nichte|neffe"
    r"|tochter|sohn|schwester|bruder|nicht|neef|dochter|zoon|zus|broer|sobrina|sobrino|hija"
    r"|hijo|hermana|hermano|naghahanap|gusto|buscando|suche|zoek)\b[^.!?]{0,30}$",
    re.I,
)
_OTHER_AFTER = re.compile(r"^\s*(?:yo|y/o|years?\s+old|yrs?\s+old)?\s*(?:girls|boys|kids)\b", re.I)
# A text none of these match states nothing (see sweetie.identify.prefilter): the a/s/l and
# age patterns only run on a text with a digit.
GATES = (_DIGIT, *(pattern for pattern, _ in _GENDERS), _PLACE, _NAME)


def _age(m: re.Match[str]) -> Found | None:
    age = int(m.group("age"))
    if not 5 <= age <= 99:
        return None  # a time, an amount or a joke
    text = m.string
    if _OTHER_BEFORE.search(text[max(0, m.start() - 60) : m.start()]) or _OTHER_AFTER.match(
        text[m.end("age") :]
    ):
        return None
    return Found("age", str(age), m.start("age"), m.end("age"))


def _place(text: str, start: int) -> Found | None:
    words: list[str] = []
    spans: list[tuple[int, int]] = []
    for w in _WORD.finditer(text, start):
        if len(words) >= 4 or (words and text[spans[-1][1] : w.start()].strip(" ")):
            break  # stop at punctuation: "from uk, you?" names uk only
        words.append(w.group(0).rstrip(".-"))
        spans.append((w.start(), w.start() + len(words[-1])))
    place = longest_place(words)
    if place is None and len(words) > 1 and words[0].casefold() in ("the", "de", "het", "la", "el"):
        words, spans = words[1:], spans[1:]  # "from the uk"
        place = longest_place(words)
    if place is None:
        return None
    kind, name, code, n = place
    value = code if kind == "country" else f"{name}|{code}"
    return Found(kind, value, spans[0][0], spans[n - 1][1], detail={"country": code})


def find_demographics(text: str) -> Iterator[Found]:
    taken: list[tuple[int, int]] = []

    def fresh(f: Found | None) -> Found | None:
        if f is None or any(f.overlaps(s, e) for s, e in taken):
            return None
        taken.append((f.start, f.end))
        return f

    digits = _DIGIT.search(text) is not None
    for m in _ASL.finditer(text) if digits else ():
        if (found := fresh(_age(m))) is not None:
            yield found
            sex = m.group("sex").lower()
            yield Found("gender", "m" if sex.startswith("m") else "f", m.start("sex"), m.end("sex"))
            lead = re.match(r"(?:from|in|de|aus|uit|taga)\s+", m.group("place"), re.I)
            at = m.start("place") + (lead.end() if lead else 0)
            if (place := fresh(_place(text, at))) is not None:
                yield place
    for pattern in _AGES if digits else ():
        for m in pattern.finditer(text):
            if (found := fresh(_age(m))) is not None:
                yield found
    for pattern, male in _GENDERS:
        for m in pattern.finditer(text):
            word = (m.group("g") or m.groupdict().get("g2") or "").lower()
            start = m.start("g") if m.group("g") else m.start("g2")
            found = fresh(Found("gender", male.get(word, "f"), start, start + len(word)))
            if found is not None:
                yield found
    for m in _PLACE.finditer(text):
        if (place := fresh(_place(text, m.end()))) is not None:
            yield place
    for m in _NAME.finditer(text):
        name = m.group("name")
        if name.lower() in _NOT_NAMES:
            continue
        if (
            found := fresh(Found("name", name.lower(), m.start("name"), m.end("name")))
        ) is not None:
            yield found
