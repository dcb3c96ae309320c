"""Handles on other apps: "add me on kik: john_77", "my snap is x", "t.me/x" (kept as text).

A handle is a strong identifier, so the patterns ask for a context that says it is one (an
"add me on", a "my kik is", a colon after the app's name) rather than taking any word after
an app's name ("my line is busy" names no handle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sweetie.identify.found import Found

__all__ = ["APPS", "find_handles"]

# How people write each app's name, and the name we keep.
APPS: dict[str, str] = {
    "skype": "skype",
    "telegram": "telegram",
    "tele": "telegram",
    "tg": "telegram",
    "snapchat": "snapchat",
    "snap": "snapchat",
    "sc": "snapchat",
    "kik": "kik",
    "whatsapp": "whatsapp",
    "whats app": "whatsapp",
    "wa": "whatsapp",
    "viber": "viber",
    "wechat": "wechat",
    "line": "line",
    "instagram": "instagram",
    "insta": "instagram",
    "ig": "instagram",
    "discord": "discord",
    "wickr": "wickr",
    "signal": "signal",
    "session": "session",
    "facebook": "facebook",
    "fb": "facebook",
    "messenger": "facebook",
    "tiktok": "tiktok",
    "hangouts": "hangouts",
    "threema": "threema",
}
# Names that are also ordinary words or too short to trust after "is": need a colon or an
# invitation ("add me on line: x").
_AMBIGUOUS = frozenset({"tele", "tg", "snap", "sc", "wa", "line", "ig", "signal", "session", "fb"})
_APP = "|".join(sorted((re.escape(a).replace(r"\ ", r"\s?") for a in APPS), key=len, reverse=True))
_HANDLE = r"@?(?P<handle>[a-z0-9][\w.\-]{1,31}(?:@[\w\-]+(?:\.[\w\-]+)+)?)"
_COPULA = r"(?:ko\s+ay|id\s+ko|is|ist|es|ay|ko|heet|nako|naku|ni|kay)"
_FIELD = r"(?P<field>\s*(?:id|name|user(?:name)?|handle|acc(?:ount)?|naam|nombre))?"

_WORDS = frozenset({"line", "signal", "session"})  # ordinary nouns: "my line is cheap"
_OWNER = re.compile(r"\b(?:my|mijn|mein|mi)\s+$", re.IGNORECASE)
_PATTERNS = (
    # "kik: john_77", "snap id - john_77", "my skype is john_77", "telegram ko: x"
    re.compile(
        rf"\b(?P<app>{_APP})\b{_FIELD}\s*(?:(?P<sep>[:=]|-(?=\s))|\s(?P<cop>{_COPULA})\b:?)\s*{_HANDLE}",
        re.IGNORECASE,
    ),
    # "add me on telegram john_77", "voeg me toe op kik: x", "adde mich auf snap x",
    # "i-add mo ako sa telegram x", "agrégame en kik x"
    re.compile(
        r"\b(?:add|message|msg|pm|dm|hit|text|find|contact|follow|chat|voeg|adde|add\s?mo"
        r"|i-?add(?:\s?mo)?|agrega|agrégame|agregame|escríbeme|escribeme|schreib|schreibe)"
        r"(?:\s+(?:me|mij|mich|mir|ako|ko|mo|me\s+up|up))*(?:\s+toe)?"
        rf"\s+(?:on|op|auf|en|sa|in|via|por|per|at|bei|@)\s+(?P<app>{_APP})\b"
        rf"(?P<sep>\s*[:=\-]?\s*){_HANDLE}",
        re.IGNORECASE,
    ),
    # "kik me john_77", "snap me: x"
    re.compile(
        r"\b(?P<app>skype|telegram|snapchat|snap|kik|viber|whatsapp|wickr|discord)\s+"
        rf"(?:me|mij|mich|mo\s+ako|ako)\s*(?P<sep>[:=\-]?)\s*{_HANDLE}",
        re.IGNORECASE,
    ),
    # Profile links, as text (hard rule 2: never fetched).
    re.compile(
        r"\b(?:https?://)?(?:www\.)?(?P<app>t\.me|telegram\.me|kik\.me|instagram\.com"
        r"|snapchat\.com/add|tiktok\.com/@?)/(?P<handle>[a-z0-9][\w.\-]{1,31})",
        re.IGNORECASE,
    ),
)
_LINK_APPS = {
    "t.me": "telegram",
    "telegram.me": "telegram",
    "kik.me": "kik",
    "instagram.com": "instagram",
    "snapchat.com/add": "snapchat",
}
# Words that follow an app's name in ordinary talk and are not handles.
_NOT_HANDLES = frozenset(
    [
        "me",
        "my",
        "mine",
        "you",
        "your",
        "u",
        "ur",
        "the",
        "a",
        "an",
        "is",
        "it",
        "its",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "too",
        "also",
        "here",
        "there",
        "busy",
        "down",
        "dead",
        "good",
        "better",
        "bad",
        "free",
        "fine",
        "broken",
        "offline",
        "online",
        "now",
        "later",
        "please",
        "pls",
        "plz",
        "and",
        "or",
        "but",
        "so",
        "then",
        "what",
        "who",
        "why",
        "how",
        "when",
        "where",
        "which",
        "this",
        "that",
        "these",
        "those",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "app",
        "account",
        "acc",
        "id",
        "name",
        "user",
        "username",
        "mij",
        "mich",
        "mir",
        "ich",
        "du",
        "je",
        "jij",
        "mijn",
        "mein",
        "dein",
        "ko",
        "mo",
        "ako",
        "ka",
        "sa",
        "ang",
        "ng",
        "na",
        "po",
        "lang",
        "din",
        "rin",
        "yo",
        "tu",
        "mi",
        "su",
        "es",
        "en",
        "el",
        "la",
        "los",
        "las",
        "de",
        "del",
        "ang",
        "kay",
        "ni",
        "si",
        "nako",
        "ikaw",
        "imo",
        "akong",
    ]
)


def _app_name(raw: str) -> str:
    key = re.sub(r"\s+", " ", raw.lower())
    if key in _LINK_APPS:
        return _LINK_APPS[key]
    if key.startswith("tiktok.com"):
        return "tiktok"
    return APPS.get(key.replace(" ", "")) or APPS.get(key, key)


_HINT = re.compile(rf"\b(?:{_APP})|t\.me/|kik\.me/|\.com/", re.IGNORECASE)
GATES = _PATTERNS  # see sweetie.identify.prefilter; each match holds an app's name


def find_handles(text: str) -> Iterator[Found]:
    if _HINT.search(text) is None:
        return  # no app named: the common case, and cheap
    taken: list[tuple[int, int]] = []
    for i, pattern in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            raw_app = m.group("app")
            handle = m.group("handle").rstrip(".-")
            groups = m.groupdict()
            if (
                i == 0
                and raw_app.lower() in _AMBIGUOUS
                and not (groups.get("sep") or "").strip()
                and not groups.get("field")
                and not (
                    raw_app.lower() not in _WORDS
                    and _OWNER.search(text[max(0, m.start() - 6) : m.start()])
                )
            ):
                continue  # "my line is busy"... but "my snap is x" and "snap id is x" name one
            if handle.lower() in _NOT_HANDLES or len(handle) < 3:
                continue
            digits = sum(c.isdigit() for c in handle)
            if digits == len(handle.replace("-", "").replace(".", "")):
                continue  # a number: the phone patterns read it
            start, end = m.start("handle"), m.start("handle") + len(handle)
            if text[start - 1 : start] == "@":
                start -= 1
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            app = _app_name(raw_app)
            value = f"{app}:{handle.lower()}"
            yield Found("handle", value, start, end, detail={"app": app})
