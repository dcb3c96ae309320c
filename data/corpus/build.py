"""Build Sweetie's synthetic chat corpus: train, held-out and the demo traffic.

Run from the repository root:

    .venv/bin/python data/corpus/build.py

Standard library only, fixed seed: the same banks always give byte-identical files.

The conversation *shapes* (who says which move, in what order) are generated here; every
word people say comes from the phrase banks, one module per split and language:
data/corpus/train/<lang>.py, train2/, train3/ and train4/ (four independently written
training sets, for variety) and data/corpus/heldout/<lang>.py. The held-out banks were
written separately from the train banks, so a model that learned phrasings by heart does
not get credit on held-out. Intent is conveyed only through context cues (stated minor
age, private cam or "show" request, money or remittance, secrecy, "are you alone", moving
to a private app, asking for a younger sibling, an adult offering a child for a paid show).
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SEED = 20260301
LANGS = ("en", "nl", "de", "tl", "ceb", "es")

# ---------------------------------------------------------------- banks


@dataclass
class Bank:
    split: str
    lang: str
    phrases: dict[str, list[str]]
    slots: dict[str, list[str]]


def _parse_table(text: str, where: str) -> dict[str, list[str]]:
    """`key: a | b | c`, continuation lines start with `|`, `#` comments."""
    table: dict[str, list[str]] = {}
    last: str | None = None
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("|"):
            if last is None:
                sys.exit(f"{where}:{n}: continuation line before any key")
            table[last].extend(v.strip() for v in line[1:].split("|") if v.strip())
            continue
        key, sep, rest = line.partition(":")
        if not sep or not re.fullmatch(r"[a-z_0-9]+", key.strip()):
            sys.exit(f"{where}:{n}: expected 'key: phrase | phrase'")
        last = key.strip()
        table.setdefault(last, []).extend(v.strip() for v in rest.split("|") if v.strip())
    return table


def _load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bank_{path.parent.name}_{path.stem}", path)
    if spec is None or spec.loader is None:
        sys.exit(f"{path}: cannot load")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_bank(split: str, lang: str) -> Bank:
    path = HERE / split / f"{lang}.py"
    module = _load_module(path)
    return Bank(
        split,
        lang,
        _parse_table(module.PHRASES, str(path)),
        _parse_table(module.SLOTS, str(path)),
    )


# ---------------------------------------------------------------- conversation shapes

Step = tuple[str, str]  # (role, phrase key)

SMALLTALK: list[Step] = [
    ("how_are_you", "fine_reply"),
    ("wyd", "wyd_reply"),
    ("where_from", "from_reply"),
    ("weather", "weather_reply"),
    ("food", "food_reply"),
]

# Moves after which a careful moderator is sure of intent, once a minor age is known. Asking
# for a younger sibling is not on its own: it only adds to a request already made.
STRONG = {
    "s_cam",
    "s_money",
    "s_remit",
    "s_secret",
    "rs_approach",
    "f_offer",
    "k_ask_avail",
    "k_from_room",
    "rf_advert",
}


# What each move says, as the detector's cue categories: the labels `sweetie train` fits its
# cue model to (data/train/cues.jsonl). "none" for moves that are no cue (however close their
# words: a teacher's "camera on", a relative's remittance); a move missing here is ambiguous
# (a room approach mixes several cues) and left out of that training.
MOVE_CUES = {
    "s_cam": "cam_request",
    "s_money": "payment",
    "f_price": "payment",
    "k_ask_price": "payment",
    "k_haggle": "payment",
    "s_remit": "remittance",
    "f_remit": "remittance",
    "s_secret": "secrecy",
    "f_secret": "secrecy",
    "s_alone": "isolation",
    "s_app": "private_app",
    "f_app": "private_app",
    "s_sibling": "younger_child",
    "f_offer": "offer",
    "rf_advert": "offer",
    "s_asl": "age_question",
    "s_school": "age_question",
    "k_ask_age": "age_question",
    "c_age": "minor",
    "c_grade": "minor",
    "c_school": "minor",
    "r_young": "minor",
    "s_self_age": "adult",
}
# A customer asking for a child ("is there a kid who can go on cam?") reads, to an embedding,
# like a request for a show from the child themself: taught as an offer, it called direct
# solicitation facilitation. Rules name it; the cue model leaves it out.
UNCUED = {
    "rs_approach",
    "k_from_room",
    "s_from_room",
    "kid_age",
    "k_sent",
    "f_age",
    "k_ask_avail",
}


def smalltalk(rng: random.Random, used: set[str], x: str = "a", y: str = "b") -> list[Step]:
    options = [p for p in SMALLTALK if p[0] not in used] or SMALLTALK
    q, r = rng.choice(options)
    used.add(q)
    if rng.random() < 0.5:
        x, y = y, x
    return [(x, q), (y, r)]


def _script(rng: random.Random, spec: str) -> list[Step]:
    """`a:key b:key? ~ ~?` — `?` makes a step optional, `~` is a small-talk exchange,
    `a:k1/k2` picks one key."""
    steps: list[Step] = []
    used: set[str] = set()
    for tok in spec.split():
        optional = tok.endswith("?")
        tok = tok.rstrip("?")
        if optional and rng.random() < 0.5:
            continue
        if tok == "~":
            steps += smalltalk(rng, used)
            continue
        role, _, keys = tok.partition(":")
        steps.append((role, rng.choice(keys.split("/"))))
    return steps


BENIGN_PRIVATE: dict[str, tuple[int, str]] = {
    # kind: (weight, script). Most are hard negatives sharing vocabulary with offences.
    "friends_vc": (
        5,
        "a:greet b:greet_back ~ a:vc_ask b:vc_ok a:vc_time? b:s_app? a:ok? ~? b:bye?",
    ),
    "payback": (5, "a:greet? ~? a:owe_ask b:ok? b:owe_sent a:owe_thanks ~? b:bye?"),
    "repair": (
        4,
        "a:greet? a:repair_ask b:repair_q a:ok? b:repair_price a:ok b:repair_pay a:thanks? ~?",
    ),
    "gig": (4, "a:greet? a:show_ask b:show_reply a:show_price b:show_pay a:ok ~? b:thanks?"),
    "dating": (
        6,
        "a:greet b:greet_back a:s_asl b:s_self_age a:s_self_age ~ ~? a:vc_ask? b:vc_ok? "
        "a:s_app? b:ok? a:bye?",
    ),
    "seller": (4, "a:greet? a:sell_ask b:sell_price a:ok? a:sell_pay b:sell_ship a:thanks? ~?"),
    "parent": (
        6,
        "a:par_home b:kid_home a:par_alone b:kid_ok a:par_allow? b:thanks? a:par_secret? "
        "b:kid_ok? b:kid_age? a:par_hw? b:kid_ok?",
    ),
    "relatives": (4, "a:greet b:greet_back ~? a:rel_sent b:rel_thanks a:rel_vc b:vc_ok ~? a:bye?"),
    "tutor": (5, "a:tut_class b:stu_ok a:tut_cam b:c_grade? a:tut_hw b:ok a:tut_msg b:thanks"),
    "teens": (
        7,
        "a:greet b:greet_back a:s_asl? b:c_age a:c_age a:teen_game b:teen_game_r ~? "
        "a:vc_ask? b:vc_ok? b:teen_secret? a:teen_secret_r? a:c_school? b:bye?",
    ),
    "news": (3, "a:news_share b:news_react a:news_report? b:worry? a:worry_advice? ~?"),
    "report": (3, "a:rep_mod b:mod_ack a:news_report? b:mod_action a:thanks ~?"),
    "worried": (3, "a:worry b:worry_advice a:ok b:news_report? a:thanks"),
    "smalltalk": (4, "a:greet b:greet_back ~ ~ ~? a:wyd? b:wyd_reply? a:bye?"),
}


def plan_solicitation(rng: random.Random, from_room: bool = False) -> tuple[list[Step], int]:
    """Offender `a`, child persona `c`. Returns the steps and the first-offence index."""
    steps: list[Step] = []
    used: set[str] = set()
    if from_room:
        steps.append(("a", "s_from_room"))
        if rng.random() < 0.7:
            steps.append(("c", "greet_back"))
    elif rng.random() < 0.25:
        steps += [("c", "greet"), ("a", "greet_back")]
    else:
        steps.append(("a", "greet"))
        if rng.random() < 0.85:
            steps.append(("c", "greet_back"))

    speed = rng.choices(["fast", "medium", "slow"], [3, 4, 3])[0]
    trust_n = {"fast": 0, "medium": rng.randint(1, 2), "slow": rng.randint(3, 5)}[speed]
    trust_moves: list[list[Step]] = [
        [("a", "s_school"), ("c", "c_school")],
        [("a", "s_trust"), ("c", "ok")],
        [("a", "s_self_age")],
    ]
    for _ in range(trust_n):
        if rng.random() < 0.45 and trust_moves:
            steps += trust_moves.pop(rng.randrange(len(trust_moves)))
        else:
            steps += smalltalk(rng, used, "a", "c")

    age_block: list[Step]
    mode = rng.choice(["asked", "asked", "volunteered", "grade"])
    if mode == "asked":
        age_block = [("a", "s_asl"), ("c", rng.choice(["c_age", "c_age", "c_grade"]))]
        if rng.random() < 0.25:
            age_block.append(("c", "c_grade" if age_block[1][1] == "c_age" else "c_age"))
    elif mode == "volunteered":
        age_block = [("c", "c_age")]
    else:
        age_block = [("c", "c_grade")]
    if from_room and rng.random() < 0.6:
        age_block = []  # the child already stated the age in the room

    rank = {
        "s_alone": 1.0,
        "s_app": 1.5,
        "s_cam": 2.0,
        "s_money": 2.5,
        "s_remit": 3.0,
        "s_sibling": 3.0,
        "s_secret": 3.5,
        "s_push": 3.2,
    }
    lo, hi = {"fast": (2, 3), "medium": (2, 4), "slow": (3, 6)}[speed]
    cues = rng.sample(sorted(rank), rng.randint(lo, hi))
    if "s_cam" not in cues and "s_money" not in cues:
        cues.append(rng.choice(["s_cam", "s_money"]))
    cues.sort(key=lambda c: rank[c] + rng.uniform(-1.6, 1.6))
    if cues[0] == "s_push":
        cues.append(cues.pop(0))
    reply = {
        "s_alone": "c_alone_reply",
        "s_app": "c_app_reply",
        "s_cam": "c_cam_reply",
        "s_money": "c_money_reply",
        "s_secret": "c_secret_reply",
        "s_sibling": "c_sibling_reply",
    }

    age_after_first_cue = bool(age_block) and rng.random() < (0.4 if speed == "fast" else 0.2)
    if age_block and not age_after_first_cue:
        steps += age_block
    age_at = len(steps) if age_block else 0
    for i, cue in enumerate(cues):
        steps.append(("a", cue))
        if cue in reply and rng.random() < 0.7:
            steps.append(("c", reply[cue]))
        if i == 0 and age_after_first_cue:
            age_at = len(steps)
            steps += age_block
    if not any(role == "a" and key in STRONG for role, key in steps[age_at:]):
        steps.append(("a", rng.choice(["s_cam", "s_money", "s_secret"])))
    ending = rng.random()
    if ending < 0.35:
        steps.append(("c", "c_leave"))
    elif ending < 0.5:
        steps.append(("a", "s_push"))
    first = next(
        i for i in range(age_at, len(steps)) if steps[i][0] == "a" and steps[i][1] in STRONG
    )
    return steps, first


def plan_facilitation(
    rng: random.Random, from_room: bool = False
) -> tuple[list[Step], int, list[str]]:
    """Facilitator `f`, customer `k`. Returns steps, first-offence index, offending roles."""
    steps: list[Step] = []
    used: set[str] = set()
    variant = "room" if from_room else rng.choices(["offer", "ask", "refuse"], [55, 35, 10])[0]
    if variant == "room":
        steps += [("k", "k_from_room"), ("f", "f_offer")]
    elif variant == "ask":
        steps.append(("k", "greet"))
        if rng.random() < 0.7:
            steps.append(("f", "greet_back"))
        if rng.random() < 0.4:
            steps += smalltalk(rng, used, "k", "f")
        steps += [("k", "k_ask_avail"), ("f", "f_offer")]
    else:
        steps.append(("f", "greet"))
        if rng.random() < 0.8:
            steps.append(("k", "greet_back"))
        for _ in range(rng.randint(0, 2)):
            steps += smalltalk(rng, used, "f", "k")
        steps.append(("f", "f_offer"))
    first = next(i for i, s in enumerate(steps) if s[1] in STRONG)

    if variant == "refuse":
        if rng.random() < 0.5:
            steps.append(("f", rng.choice(["f_price", "f_app"])))
        steps.append(("k", "k_refuse"))
        if rng.random() < 0.5:
            steps.append(("f", "f_secret"))
        return steps, first, ["f"]

    blocks: list[list[Step]] = [
        [("k", "k_ask_age"), ("f", "f_age")],
        [("k", "k_ask_price"), ("f", "f_price")],
        [("f", "f_remit")],
        [("f", "f_app")],
        [("f", "f_secret")],
        [("k", "k_when"), ("f", "f_when")],
    ]
    chosen = rng.sample(blocks, rng.randint(2, 5))
    if not any(b[0][1] in ("k_ask_price", "k_ask_age", "k_when") for b in chosen):
        chosen.insert(0, blocks[1])
    for block in chosen:
        steps += block
        if block[0][1] == "k_ask_price" and rng.random() < 0.4:
            steps += [("k", "k_haggle"), ("f", "ok")]
    if rng.random() < 0.4:
        steps.append(("k", "k_sent"))
    return steps, first, ["f", "k"]


# Room windows: regulars r1..rN chat; `c` is a young speaker, `a` an offender, `f` a facilitator.
def plan_room(rng: random.Random, kind: str) -> tuple[list[Step], int | None, int]:
    regulars = [f"r{i}" for i in range(1, rng.randint(3, 5) + 1)]
    steps: list[Step] = []

    def chatter(n: int) -> None:
        for _ in range(n):
            who = rng.choice(regulars)
            if not steps:
                key = "r_greet"
            else:
                key = rng.choices(
                    ["r_greet", "r_chat", "r_chat", "r_chat", "r_react"], [1, 3, 3, 3, 2]
                )[0]
            steps.append((who, key))

    first: int | None = None
    if kind == "chatter":
        chatter(rng.randint(5, 9))
        if rng.random() < 0.6:
            steps.append(("c", rng.choice(["r_young", "c_age"])))
            steps.append((rng.choice(regulars), "r_kid_reply"))
            if rng.random() < 0.5:
                steps.append(("c", "r_chat"))
        chatter(rng.randint(1, 6))
    elif kind == "news":
        chatter(rng.randint(2, 4))
        steps.append((rng.choice(regulars), rng.choice(["news_share", "ngo_msg"])))
        for _ in range(rng.randint(2, 4)):
            steps.append(
                (
                    rng.choice(regulars),
                    rng.choice(["news_react", "news_react", "worry", "worry_advice", "r_mod"]),
                )
            )
        chatter(rng.randint(0, 3))
    elif kind == "solicitation":
        chatter(rng.randint(2, 5))
        steps.append(("c", rng.choice(["r_young", "c_age"])))
        if rng.random() < 0.5:
            steps.append((rng.choice(regulars), "r_kid_reply"))
        chatter(rng.randint(0, 2))
        first = len(steps)
        steps.append(("a", "rs_approach"))
        if rng.random() < 0.6:
            steps.append((rng.choice(regulars), "r_callout"))
        chatter(rng.randint(0, 3))
    elif kind == "facilitation":
        chatter(rng.randint(2, 5))
        first = len(steps)
        steps.append(("f", "rf_advert"))
        if rng.random() < 0.6:
            steps.append((rng.choice(regulars), "r_callout"))
        chatter(rng.randint(1, 4))
    else:
        raise ValueError(kind)
    return steps, first, len(regulars)


# ---------------------------------------------------------------- rendering


@dataclass
class Conv:
    lang: str
    label: str
    kind: str  # "private" | "room"
    nicks: dict[str, str]
    steps: list[Step]
    offender_roles: list[str]
    first: int | None
    network: str
    room: str | None
    start: datetime | None = None
    messages: list[tuple[datetime, str, str | None, str]] = field(default_factory=list)
    cid: str = ""
    event_ids: list[str] = field(default_factory=list)
    rendered: list[tuple[str, str | None, str]] = field(default_factory=list)
    source: str = ""  # the bank set that wrote it
    moves: list[str] = field(default_factory=list)  # the move key of each message


SLOT = re.compile(r"\{(\w+)\}")
PER_SPEAKER = {"age_minor", "age_adult", "city", "grade"}


class Renderer:
    def __init__(self, bank: Bank, rng: random.Random) -> None:
        self.bank = bank
        self.rng = rng

    def compute(self, name: str, ctx: dict[str, str]) -> str:
        rng = self.rng
        if name in self.bank.slots:
            return rng.choice(self.bank.slots[name])
        if name == "age_minor":
            return str(rng.randint(10, 14))
        if name == "age_kid":
            return str(rng.randint(7, 13))
        if name == "age_sib":
            return str(rng.randint(5, 9))
        if name == "age_adult":
            return str(rng.randint(19, 57))
        if name == "grade":
            return str(rng.randint(4, 8))
        if name == "amount":
            return str(rng.randrange(300, 5001, 50))
        if name == "amount_low":
            return str(
                int(int(self.slot("amount", ctx, "")) * rng.choice([0.5, 0.6, 0.7, 0.8])) // 50 * 50
            )
        if name == "usd_low":
            return str(
                max(5, int(int(self.slot("usd", ctx, "")) * rng.choice([0.5, 0.6, 0.7])) // 5 * 5)
            )
        if name == "usd":
            return str(rng.choice([10, 15, 20, 25, 30, 40, 50, 60, 80, 100]))
        if name == "phone":
            return "09" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        if name == "hour":
            return str(rng.randint(6, 11))
        if name == "num":
            return str(rng.randint(2, 9))
        raise SystemExit(f"{self.bank.split}/{self.bank.lang}: no slot {{{name}}}")

    def slot(self, name: str, ctx: dict[str, str], me: str) -> str:
        key = f"{name}@{me}" if name in PER_SPEAKER else name
        if key not in ctx:
            ctx[key] = self.compute(name, ctx)
        return ctx[key]

    def fill(self, text: str, ctx: dict[str, str], me: str, them: str) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name == "me":
                return me
            if name == "them":
                return them
            return self.slot(name, ctx, me)

        for _ in range(3):
            if "{" not in text:
                break
            text = SLOT.sub(sub, text)
        return text

    def phrase(self, key: str, used: dict[str, list[str]]) -> str:
        try:
            options = self.bank.phrases[key]
        except KeyError:
            raise SystemExit(
                f"{self.bank.split}/{self.bank.lang}: no phrases for {key!r}"
            ) from None
        fresh = [p for p in options if p not in used.setdefault(key, [])] or options
        choice = self.rng.choice(fresh)
        used[key].append(choice)
        return choice


# Words an evasive offender disguises; the normaliser is expected to undo every disguise.
CUE_WORDS = [
    "western union",
    "palawan",
    "cebuana",
    "mlhuillier",
    "remitly",
    "paymaya",
    "gcash",
    "paypal",
    "show",
    "cam",
    "webcam",
    "camera",
    "kamera",
    "skype",
    "telegram",
    "whatsapp",
    "kik",
    "snap",
    "viber",
    "messenger",
    "load",
    "secret",
    "sikreto",
    "sekreto",
    "secreto",
    "geheim",
    "alone",
    "private",
    "privado",
    "privat",
    "prive",
    "video",
    "money",
    "pera",
    "kwarta",
    "geld",
    "dinero",
    "pay",
    "bayad",
    "php",
    "sister",
    "kapatid",
    "igsoon",
    "zusje",
    "schwester",
    "hermanita",
]
_CUE_RE = re.compile(
    r"(?<![\w])("
    + "|".join(sorted(map(re.escape, CUE_WORDS), key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)
LEET = {"o": "0", "e": "3", "i": "1", "a": "@", "s": "5", "t": "7"}
CYRILLIC = {
    "o": "\u043e",
    "a": "\u0430",
    "e": "\u0435",
    "c": "\u0441",
    "p": "\u0440",
    "x": "\u0445",
    "y": "\u0443",
    "i": "\u0456",
}
TECHNIQUES = ["leet", "space", "repeat", "cyrillic", "zw", "dots"]


def disguise_word(word: str, how: str, rng: random.Random) -> str:
    if how in ("space", "dots") and not (word.isalpha() and 3 <= len(word) <= 7):
        how = "leet"
    if how == "space":
        return " ".join(word)
    if how == "dots":
        return ".".join(word)
    if how == "zw":
        i = rng.randint(1, max(1, len(word) - 1))
        return word[:i] + "\u200b" + word[i:]
    table = LEET if how == "leet" else CYRILLIC if how == "cyrillic" else None
    if table is None:  # repeat a vowel (or any letter) 3-4 times
        spots = [i for i, ch in enumerate(word) if ch.lower() in "aeiou"] or [len(word) - 1]
        i = rng.choice(spots)
        return word[:i] + word[i] * rng.randint(3, 4) + word[i + 1 :]
    spots = [
        i
        for i, ch in enumerate(word)
        if ch.lower() in table and not (how == "leet" and ch.lower() == "a" and i == 0)
    ]
    if not spots:
        return disguise_word(word, "repeat", rng)
    rng.shuffle(spots)
    picked: list[int] = []
    for i in spots:
        if all(abs(i - j) > 1 for j in picked):
            picked.append(i)
        if len(picked) == (1 if len(word) < 6 else 2):
            break
    chars = list(word)
    for i in picked:
        chars[i] = table[chars[i].lower()]
    return "".join(chars)


def disguise_cues(text: str, techniques: list[str], rng: random.Random) -> str:
    def sub(m: re.Match[str]) -> str:
        if rng.random() < 0.35:
            return m.group(0)
        return " ".join(disguise_word(w, rng.choice(techniques), rng) for w in m.group(0).split())

    return _CUE_RE.sub(sub, text)


def add_noise(text: str, lower: bool, rng: random.Random) -> str:
    if lower:
        text = text.lower().replace("'", "" if rng.random() < 0.5 else "'")
        if text[-1:] in ".?" and rng.random() < 0.4 and not text.endswith(".."):
            text = text[:-1]
    if rng.random() < 0.04:  # one transposition typo in an ordinary word
        words = text.split(" ")
        spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isascii() and w.isalpha()]
        if spots:
            i = rng.choice(spots)
            w = words[i]
            j = rng.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(words)
    return text


def make_nick(bank: Bank, other_banks: list[Bank], rng: random.Random) -> str:
    src = bank if rng.random() < 0.75 else rng.choice(other_banks)
    name = rng.choice(src.slots["nick_name"])
    word = rng.choice(src.slots["nick_word"])
    word2 = rng.choice(bank.slots["nick_word"])
    n2 = rng.randint(1, 99)
    style = rng.randint(0, 8)
    nick = [
        f"{name}{n2}",
        f"{name}_{word}",
        f"{word}{name}",
        f"{word}_{n2}",
        f"{name.capitalize()}{word.capitalize()}",
        f"{word}{word2}",
        f"{name}{rng.randint(1970, 2009)}",
        f"x{name}x",
        f"{name}{word}{rng.randint(1, 9)}",
    ][style]
    return nick[:16]


def render(conv: Conv, bank: Bank, rng: random.Random) -> list[tuple[str, str | None, str]]:
    renderer = Renderer(bank, rng)
    ctx: dict[str, str] = {}
    used: dict[str, list[str]] = {}
    roles = list(conv.nicks)
    lower = {r: rng.random() < 0.65 for r in roles}
    # An evasive offender disguises cue words; now and then an ordinary user writes
    # playful leet or stretched letters too, so a disguise alone never tells the label.
    evaders: dict[str, list[str]] = {}
    for r in conv.offender_roles:
        if rng.random() < 0.3:
            evaders[r] = rng.sample(TECHNIQUES, rng.randint(1, 2))
    playful = rng.choice(roles) if conv.label == "benign" and rng.random() < 0.1 else None
    out: list[tuple[str, str | None, str]] = []
    prev_speaker: str | None = None
    for role, key in conv.steps:
        me = conv.nicks[role]
        if conv.kind == "private":
            other = next(r for r in roles if r != role)
            to: str | None = conv.nicks[other]
            them = to
        else:
            to = None
            if "c" in conv.nicks and (role == "a" or key == "r_kid_reply"):
                them = conv.nicks["c"]
            elif key == "r_callout":
                them = conv.nicks.get("a") or conv.nicks.get("f") or me
            elif prev_speaker and prev_speaker != me and rng.random() < 0.6:
                them = prev_speaker
            else:
                them = conv.nicks[rng.choice([r for r in roles if r != role])]
        text = renderer.fill(renderer.phrase(key, used), ctx, me, them)
        text = add_noise(text, lower[role], rng)
        if role in evaders:
            text = disguise_cues(text, evaders[role], rng)
        elif role == playful and rng.random() < 0.3:
            words = text.split(" ")
            spots = [j for j, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
            if spots:
                j = rng.choice(spots)
                words[j] = disguise_word(words[j], rng.choice(["leet", "repeat", "leet"]), rng)
                text = " ".join(words)
        out.append((me, to, text))
        prev_speaker = me
    return out


# ---------------------------------------------------------------- corpus assembly


@dataclass
class Quota:
    solicitation: int
    solicitation_rooms: int
    facilitation: int
    facilitation_rooms: int
    benign: int
    benign_rooms: int


def _nicks_for(
    roles: list[str], bank: Bank, others: list[Bank], rng: random.Random
) -> dict[str, str]:
    nicks: dict[str, str] = {}
    taken: set[str] = set()
    for r in roles:
        nick = make_nick(bank, others, rng)
        while nick.casefold() in taken:
            nick = make_nick(bank, others, rng)
        taken.add(nick.casefold())
        nicks[r] = nick
    return nicks


def build_language(bank: Bank, others: list[Bank], quota: Quota, rng: random.Random) -> list[Conv]:
    networks = bank.slots["network"]
    rooms = bank.slots["room"]
    convs: list[Conv] = []

    def private(
        label: str,
        steps: list[Step],
        first: int | None,
        offenders: list[str],
        nicks: dict[str, str] | None = None,
        network: str | None = None,
    ) -> Conv:
        roles = list(dict.fromkeys(r for r, _ in steps))
        nicks = nicks or _nicks_for(roles, bank, others, rng)
        return Conv(
            bank.lang,
            label,
            "private",
            {r: nicks[r] for r in roles},
            steps,
            offenders,
            first,
            network or rng.choice(networks),
            None,
        )

    def fits(steps: list[Step]) -> bool:
        return 6 <= len(steps) <= 30

    # Solicitation: room windows with their private continuation, then private ones.
    for i in range(quota.solicitation):
        if i < quota.solicitation_rooms:
            while True:
                rsteps, rfirst, n = plan_room(rng, "solicitation")
                if fits(rsteps):
                    break
            roles = [f"r{j}" for j in range(1, n + 1)] + ["c", "a"]
            nicks = _nicks_for(roles, bank, others, rng)
            room = Conv(
                bank.lang,
                "solicitation",
                "room",
                nicks,
                rsteps,
                ["a"],
                rfirst,
                rng.choice(networks),
                rng.choice(rooms),
            )
            convs.append(room)
            while True:
                steps, first = plan_solicitation(rng, from_room=True)
                if fits(steps):
                    break
            cont = private("solicitation", steps, first, ["a"], nicks, room.network)
            cont.start = None
            convs.append(cont)
            room_cont_pairs.append((room, cont))
            continue
        if i < 2 * quota.solicitation_rooms:
            continue  # the continuations above already count
        while True:
            steps, first = plan_solicitation(rng)
            if fits(steps):
                break
        convs.append(private("solicitation", steps, first, ["a"]))

    for i in range(quota.facilitation):
        if i < quota.facilitation_rooms:
            while True:
                rsteps, rfirst, n = plan_room(rng, "facilitation")
                if fits(rsteps):
                    break
            roles = [f"r{j}" for j in range(1, n + 1)] + ["f", "k"]
            nicks = _nicks_for(roles, bank, others, rng)
            room = Conv(
                bank.lang,
                "facilitation",
                "room",
                {r: nicks[r] for r in roles if r != "k"},
                rsteps,
                ["f"],
                rfirst,
                rng.choice(networks),
                rng.choice(rooms),
            )
            convs.append(room)
            while True:
                steps, first, offenders = plan_facilitation(rng, from_room=True)
                if fits(steps):
                    break
            cont = private("facilitation", steps, first, offenders, nicks, room.network)
            convs.append(cont)
            room_cont_pairs.append((room, cont))
            continue
        if i < 2 * quota.facilitation_rooms:
            continue
        while True:
            steps, first, offenders = plan_facilitation(rng)
            if fits(steps):
                break
        convs.append(private("facilitation", steps, first, offenders))

    kinds = list(BENIGN_PRIVATE)
    weights = [BENIGN_PRIVATE[k][0] for k in kinds]
    for i in range(quota.benign):
        if i < quota.benign_rooms:
            kind = "news" if i % 4 == 3 else "chatter"
            while True:
                rsteps, _, n = plan_room(rng, kind)
                if fits(rsteps):
                    break
            roles = list(dict.fromkeys(r for r, _ in rsteps))
            convs.append(
                Conv(
                    bank.lang,
                    "benign",
                    "room",
                    _nicks_for(roles, bank, others, rng),
                    rsteps,
                    [],
                    None,
                    rng.choice(networks),
                    rng.choice(rooms),
                )
            )
            continue
        kind = rng.choices(kinds, weights)[0]
        while True:
            steps = _script(rng, BENIGN_PRIVATE[kind][1])
            used: set[str] = set()
            # Chat around the point, so that length alone does not tell benign from offending.
            target = max(6, round(rng.triangular(6, 22, 11)))
            while len(steps) < target:
                at = rng.randint(1, len(steps))
                steps[at:at] = smalltalk(rng, used)
            if fits(steps):
                break
        convs.append(private("benign", steps, None, []))
    return convs


room_cont_pairs: list[tuple[Conv, Conv]] = []


def assign_times(convs: list[Conv], base: datetime, days: int, rng: random.Random) -> None:
    conts = {id(c): r for r, c in room_cont_pairs}
    rooms_first = sorted(convs, key=lambda c: id(c) in conts)
    for conv in rooms_first:
        if id(conv) in conts:
            t = conts[id(conv)].messages[-1][0] + timedelta(seconds=rng.randint(20, 300))
        else:
            t = base + timedelta(seconds=rng.randint(0, max(days * 86400, 4 * 3600)))
        conv.start = t
        stamped = []
        for sender, to, text in conv.rendered:
            stamped.append((t, sender, to, text))
            gap = rng.randint(3, 75) if rng.random() < 0.9 else rng.randint(90, 900)
            t += timedelta(seconds=gap)
        conv.messages = stamped


def write_split(
    prefix: str,
    convs: list[Conv],
    events_path: Path,
    labels_path: Path | None,
    rng: random.Random,
    *,
    groups: bool = False,
) -> None:
    order = list(convs)
    rng.shuffle(order)  # conversation ids must not reveal label or language
    for n, conv in enumerate(order, 1):
        conv.cid = f"{prefix}-c{n:04d}"
    rows = []
    for conv in order:
        for idx, (ts, sender, to, text) in enumerate(conv.messages):
            rows.append((ts, conv.cid, idx, conv, sender, to, text))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    for conv in order:
        conv.event_ids = [""] * len(conv.messages)
    lines = []
    for n, (ts, cid, idx, conv, sender, to, text) in enumerate(rows, 1):
        eid = f"{prefix}-{n:06d}"
        conv.event_ids[idx] = eid
        lines.append(
            json.dumps(
                {
                    "id": eid,
                    "ts": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "network": conv.network,
                    "room": conv.room,
                    "conversation": cid,
                    "sender": sender,
                    "to": to,
                    "text": text,
                },
                ensure_ascii=False,
            )
        )
    events_path.parent.mkdir(parents=True, exist_ok=True)
    events_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if labels_path is None:
        return
    label_lines = []
    for conv in sorted(order, key=lambda c: c.cid):
        label_lines.append(
            json.dumps(
                {
                    "conversation": conv.cid,
                    "label": conv.label,
                    "offenders": [conv.nicks[r] for r in conv.offender_roles],
                    "first_offence": conv.event_ids[conv.first] if conv.first is not None else None,
                    "language": conv.lang,
                    # Which bank set wrote it: training folds keep a writer together.
                    **({"group": conv.source} if groups else {}),
                },
                ensure_ascii=False,
            )
        )
    labels_path.parent.mkdir(parents=True, exist_ok=True)
    labels_path.write_text("\n".join(label_lines) + "\n", encoding="utf-8")
    if groups:
        cue_lines = [
            json.dumps({"event": eid, "cue": MOVE_CUES.get(key, "none")})
            for conv in sorted(order, key=lambda c: c.cid)
            for eid, key in zip(conv.event_ids, conv.moves, strict=True)
            if key not in UNCUED
        ]
        cues_path = labels_path.parent / "cues.jsonl"
        cues_path.write_text("\n".join(cue_lines) + "\n", encoding="utf-8")


def build_split(
    sources: list[tuple[str, dict[str, Quota], str]],
    base: datetime,
    time_seed: str,
    days: int = 20,
) -> list[Conv]:
    """Generate one split from one or more bank sets: (bank folder, quotas, seed) each.

    Every source keeps its own random stream, so adding a source leaves the others'
    conversations as they were; the times of all of them are drawn together."""
    convs: list[Conv] = []
    for split, quotas, seed in sources:
        banks = {lang: load_bank(split, lang) for lang in LANGS}
        for lang in LANGS:
            rng = random.Random(f"{SEED}:{seed}:{lang}")
            others = [banks[x] for x in LANGS if x != lang]
            built = build_language(banks[lang], others, quotas[lang], rng)
            for conv in built:
                conv.rendered = render(conv, banks[lang], rng)
                conv.source = split
                conv.moves = [key for _, key in conv.steps]
            convs += built
    assign_times(convs, base, days, random.Random(f"{SEED}:{time_seed}:time"))
    return convs


def counts_table(splits: dict[str, list[Conv]]) -> str:
    head = "| split | language | solicitation | facilitation | benign | total | messages |"
    lines = [head, "|---|---|---:|---:|---:|---:|---:|"]
    for name, convs in splits.items():
        for lang in [*LANGS, "all"]:
            sel = [c for c in convs if lang in ("all", c.lang)]
            n = {
                lab: sum(c.label == lab for c in sel)
                for lab in ("solicitation", "facilitation", "benign")
            }
            msgs = sum(len(c.messages) for c in sel)
            tag = f"**{lang}**" if lang == "all" else lang
            lines.append(
                f"| {name} | {tag} | {n['solicitation']} | {n['facilitation']} | "
                f"{n['benign']} | {len(sel)} | {msgs} |"
            )
    return "\n".join(lines)


def update_readme(table: str) -> None:
    path = ROOT / "data" / "README.md"
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    start, end = "<!-- counts:start -->", "<!-- counts:end -->"
    if start in text and end in text:
        before, rest = text.split(start, 1)
        _, after = rest.split(end, 1)
        path.write_text(f"{before}{start}\n{table}\n{end}{after}", encoding="utf-8")


def check_disjoint(train: list[Conv], heldout: list[Conv]) -> None:
    seen = {t for c in train for _, _, _, t in c.messages if len(t) > 25}
    clash = sorted({t for c in heldout for _, _, _, t in c.messages if len(t) > 25 and t in seen})
    if clash:
        sys.exit("held-out repeats train phrasing:\n  " + "\n  ".join(clash[:20]))


# The held-out and demo ids were fixed when train had this many conversations and shared
# one id-shuffling stream with them; replaying that shuffle keeps them byte-identical.
FIRST_TRAIN_SIZE = 540


def main() -> None:
    train_q = {lang: Quota(27, 3, 11, 1, 52, 8) for lang in LANGS}
    held_q = {lang: Quota(13, 1, 5, 1, 24, 4) for lang in LANGS}
    room_cont_pairs.clear()
    # Four independently written bank sets feed train, so no single phrasing dominates.
    train = build_split(
        [
            ("train", train_q, "train"),
            ("train2", train_q, "train2"),
            ("train3", train_q, "train3"),
            ("train4", train_q, "train4"),
        ],
        datetime(2026, 3, 1, tzinfo=UTC),
        "train",
    )
    room_cont_pairs.clear()
    heldout = build_split(
        [("heldout", held_q, "heldout")], datetime(2026, 4, 1, tzinfo=UTC), "heldout"
    )
    check_disjoint(train, heldout)
    # Demo: ~60 conversations of held-out-style traffic, mostly benign, 12 offending.
    demo_q = {
        "en": Quota(2, 1, 1, 0, 12, 2),
        "tl": Quota(2, 0, 1, 0, 9, 1),
        "ceb": Quota(1, 0, 1, 0, 6, 0),
        "nl": Quota(1, 0, 0, 0, 7, 1),
        "de": Quota(1, 0, 1, 0, 7, 0),
        "es": Quota(1, 0, 0, 0, 7, 0),
    }
    room_cont_pairs.clear()
    # The demo is one evening of traffic, so replays read like a live night in the rooms.
    demo = build_split(
        [("heldout", demo_q, "demo")], datetime(2026, 5, 1, 18, tzinfo=UTC), "demo", days=0
    )

    write_split(
        "tr",
        train,
        ROOT / "data/train/events.jsonl",
        ROOT / "data/train/labels.jsonl",
        random.Random(f"{SEED}:write:train"),
        groups=True,
    )
    rng = random.Random(f"{SEED}:write")
    rng.shuffle([None] * FIRST_TRAIN_SIZE)
    write_split(
        "ho", heldout, ROOT / "data/heldout/events.jsonl", ROOT / "data/heldout/labels.jsonl", rng
    )
    write_split(
        "demo",
        demo,
        ROOT / "src/sweetie/data/demo_traffic.jsonl",
        ROOT / "data/demo/labels.jsonl",
        rng,
    )
    table = counts_table({"train": train, "heldout": heldout, "demo": demo})
    update_readme(table)
    print(table)


if __name__ == "__main__":
    main()
