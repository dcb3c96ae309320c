"""What the detector remembers, per conversation and per party in it.

Memory is the constraint: a deployment tracks a million conversations at once. A
conversation in which no rule ever fired costs one small object; parties are only
tracked from the first rule that fires in their conversation, and hold a fixed handful of
numbers, never the text.
"""

from __future__ import annotations

from sweetie.detect.rules import CATEGORIES
from sweetie.events import Stage

# Categories that say who someone is rather than what they ask for.
AGE_CATEGORIES = ("stated_age", "school")
# Categories that speak against offending: talk about the crime, ordinary adult roles.
COUNTER_CATEGORIES = ("discussion", "adult_context")
# Cue categories a sender produces (the rule categories, declared in rules.py, less the age
# ones); their order is the order of Party.cues.
CUE_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in AGE_CATEGORIES)
REQUEST_CUES: tuple[str, ...] = tuple(c for c in CUE_CATEGORIES if c not in COUNTER_CATEGORIES)
CUE_INDEX = {c: i for i, c in enumerate(CUE_CATEGORIES)}
ADULT_AGE = 18
# A sum of weights beyond this says nothing more: ten "how much?" are not ten offences.
CUE_CAP = 3.0


class Party:
    """One sender in one conversation."""

    __slots__ = (
        "clf_max",
        "cues",
        "lang_weight",
        "language",
        "messages",
        "offer_named",
        "other_minor",
        "own_age",
        "school",
        "score",
        "sem_max",
        "toward_minor",
    )

    def __init__(self) -> None:
        self.own_age: int | None = None
        self.school = False  # talks of school life as a pupil
        self.other_minor = False  # spoke of a child in their care, under 18
        # A rule named an offer of a child (a semantic cue alone does not make a facilitator:
        # it weighs in the score, but the label and escalation need words a rule names).
        self.offer_named = False
        self.cues = [0.0] * len(CUE_CATEGORIES)
        # Weight of request cues produced while someone else present was known to be a minor.
        self.toward_minor = 0.0
        self.clf_max = -10.0
        self.sem_max = -10.0
        self.messages = 0
        self.language = ""
        self.lang_weight = 0.0
        self.score = 0.0

    @property
    def presents_as_minor(self) -> bool:
        if self.own_age is not None:
            return self.own_age < ADULT_AGE
        return self.school

    @property
    def states_adult(self) -> bool:
        return self.own_age is not None and self.own_age >= ADULT_AGE

    def cue(self, category: str) -> float:
        return self.cues[CUE_INDEX[category]]

    @property
    def stage(self) -> Stage:
        c = self.cues
        if c[CUE_INDEX["payment"]] > 0 or c[CUE_INDEX["remittance"]] > 0:
            return Stage.PAYMENT
        if any(c[CUE_INDEX[k]] > 0 for k in ("cam_request", "younger_child", "offer")):
            return Stage.REQUEST
        if any(c[CUE_INDEX[k]] > 0 for k in ("isolation", "secrecy", "private_app")):
            return Stage.ISOLATION
        if c[CUE_INDEX["age_question"]] > 0 or self.messages >= 5:
            return Stage.TRUST
        return Stage.CONTACT

    def active_cues(self) -> tuple[str, ...]:
        found = [c for c, w in zip(CUE_CATEGORIES, self.cues, strict=True) if w != 0.0]
        if self.own_age is not None:
            found.append(f"stated_age:{self.own_age}")
        if self.school:
            found.append("school")
        if self.other_minor:
            found.append("child_in_care")
        return tuple(found)


class Conversation:
    """One conversation: a private chat, or a window of a room."""

    __slots__ = ("age_asked_at", "age_asked_by", "live", "messages", "minor", "parties", "score")

    def __init__(self) -> None:
        self.messages = 0
        # Who last asked someone's age, and when: "11" alone is an age only as an answer.
        self.age_asked_by: str | None = None
        self.age_asked_at = 0
        # Some party has shown a request cue or a stated age; until then, only what
        # speaks against offending (news, a teacher) has been said, and nobody is assessed.
        self.live = False
        self.minor = False  # some party presents as a minor
        # None until a rule first fires here: most conversations never need more.
        self.parties: dict[str, Party] | None = None
        self.score = 0.0

    def party(self, sender: str) -> Party:
        if self.parties is None:
            self.parties = {}
        found = self.parties.get(sender)
        if found is None:
            found = self.parties[sender] = Party()
        return found

    def minor_besides(self, sender: str) -> bool:
        """Whether anyone in the conversation other than `sender` presents as a minor."""
        if not self.parties:
            return False
        return any(p.presents_as_minor for nick, p in self.parties.items() if nick != sender)


class SubjectState:
    """One sender across conversations: their notable conversation scores."""

    __slots__ = ("conversation_scores", "score")

    def __init__(self) -> None:
        self.conversation_scores: dict[str, float] = {}
        self.score = 0.0
