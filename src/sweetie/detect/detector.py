"""The detector core: a pure, incremental function `(state, event) -> (state, assessments)`.

Everything that hosts detection (the scan command, the live runtime, the HTTP API, a
distributed engine) feeds events in and routes assessments out; none of them holds
detection logic. The state is keyed by conversation, so a cluster can shard by it.

The state is updated in place and returned, for speed: a caller owns its state and must not
share one between hosts. The function does no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sweetie.detect.aggregate import AGGREGATORS, Aggregator
from sweetie.detect.cues import MINOR
from sweetie.detect.features import features, offered_to, offers_child, warn_eligible
from sweetie.detect.language import guess_language
from sweetie.detect.matcher import RuleMatcher
from sweetie.detect.model import DetectionModel, default_model
from sweetie.detect.rules import AGE_WORDS, RulePack, load_builtin_packs
from sweetie.detect.state import (
    ADULT_AGE,
    CUE_CAP,
    CUE_INDEX,
    REQUEST_CUES,
    Conversation,
    Party,
    SubjectState,
)
from sweetie.events import Assessment, ChatEvent, Indicator, Label, Level

__all__ = ["Detector", "DetectorState", "subject_key"]

# Sees every feature vector the detector scores: how training collects its examples.
FeatureObserver = Callable[[ChatEvent, str, list[float], float], None]

_REQUEST_INDEX = tuple(CUE_INDEX[c] for c in REQUEST_CUES)
_AGE_QUESTION = CUE_INDEX["age_question"]
# A short reply around one number ("11", "11 po", "12 f ph", "13 lang", "werd bald 10",
# "cumplo 12 el mes que viene"): in answer to an age question, whatever the language, that
# is a stated age.
_BARE_AGE = re.compile(r"^[^\d]{0,20}?\b(\d{1,2})\b(?:[ ,./]*[a-z.]{1,10}){0,4}[ !.?]*$")
_ANSWER_WINDOW = 3
# A semantic cue counts for less than a rule of its category: it names a paraphrase, with a
# probability, where a rule names the words.
SEMANTIC_CUE_WEIGHT = 0.7
_ONLY_NUMBER = re.compile(r"^\d{1,2}[ !.]*$")


def subject_key(network: str, nick: str) -> str:
    """A subject is, for now, one nick on one network across conversations."""
    return f"{network}/{nick.casefold()}"


@dataclass
class DetectorState:
    conversations: dict[str, Conversation] = field(default_factory=dict)
    subjects: dict[str, SubjectState] = field(default_factory=dict)
    events: int = 0


class Detector:
    def __init__(
        self,
        model: DetectionModel | None = None,
        packs: Iterable[RulePack] | None = None,
        *,
        aggregator: Aggregator | None = None,
        observer: FeatureObserver | None = None,
        subject_of: Callable[[str, str], str] | None = None,
    ) -> None:
        self.model = model or default_model()
        self.matcher = RuleMatcher(load_builtin_packs() if packs is None else packs)
        self.aggregate = aggregator or AGGREGATORS[self.model.aggregation]
        self.version = self.model.version
        self.observer = observer
        # (network, nick) -> subject id, once the identify part has linked accounts into one
        # subject; unlinked accounts (and the default) stay subject_key(network, nick).
        self.subject_of = subject_of

    def new_state(self) -> DetectorState:
        return DetectorState()

    def step(
        self, state: DetectorState, event: ChatEvent
    ) -> tuple[DetectorState, list[Assessment]]:
        state.events += 1
        conv = state.conversations.get(event.conversation)
        if conv is None:
            conv = state.conversations[event.conversation] = Conversation()
        conv.messages += 1

        norm, hits, indicators = self.matcher.indicators(event.text)
        bare_number = (
            not hits and event.to is not None and _ONLY_NUMBER.match(norm.text) is not None
        )
        if not hits and conv.parties is None and not bare_number:
            return state, []  # the common case: nothing said, nothing known

        sender = event.sender
        if not hits and not bare_number:
            if not conv.live:
                return state, []
            # A room bystander who never said anything notable is not tracked, unless a
            # minor is in the room: then everyone's words are weighed.
            if event.to is None and not conv.minor and sender not in (conv.parties or ()):
                return state, []
        party = conv.party(sender)
        party.messages += 1
        minor_before = conv.minor_besides(sender)
        was_minor = party.presents_as_minor

        # Packs overlap ("gcash" is English and Tagalog): per message, a category counts
        # once, at the strongest weight among the rules of it that fired.
        strongest: dict[int, float] = {}
        # "my niece is available for a show, 12yo": when a message speaks of a child (an
        # age said of someone else, or an offer), a bare "12yo" in it is the child's age.
        of_other = any(h.rule.subject == "other" or h.rule.category == "offer" for h in hits)
        # Someone who offered a child, asked "how old?", answers with the child's age.
        if not of_other and conv.age_asked_by not in (None, sender):
            of_other = party.other_minor or party.offer_named
        for hit in hits:
            rule = hit.rule
            category = rule.category
            if category == "stated_age":
                age = _age(hit.value)
                if age is None:
                    continue
                if rule.subject == "other" or of_other:
                    if age < ADULT_AGE:
                        party.other_minor = True
                else:
                    party.own_age = age
            elif category == "school":
                party.school = True
            else:
                i = CUE_INDEX.get(category)
                if i is None:
                    continue
                w = rule.weight
                if category == "offer" and w > 0:
                    party.offer_named = True
                if i not in strongest or abs(w) > abs(strongest[i]):
                    strongest[i] = w
            if abs(rule.weight) > party.lang_weight:
                party.language, party.lang_weight = rule.language, abs(rule.weight)
        if _AGE_QUESTION in strongest:
            conv.age_asked_by, conv.age_asked_at = sender, conv.messages
        elif party.own_age is None and (
            (
                conv.age_asked_by not in (None, sender)
                and conv.messages - conv.age_asked_at <= _ANSWER_WINDOW
            )
            # In a private chat, a message that is a number and nothing else is an age
            # given before anyone asked (a time or an amount comes with words).
            or bare_number
        ):
            answer = _BARE_AGE.match(norm.text)
            age = _age(answer.group(1)) if answer else None
            if age is not None:
                if party.other_minor or party.offer_named:
                    party.other_minor = party.other_minor or age < ADULT_AGE
                else:
                    party.own_age = age
                conv.age_asked_by = None
        if self.model.cues is not None:
            indicators += self._semantic_cues(event, norm.text, party, strongest, of_other)
        request_weight = 0.0
        for i, w in strongest.items():
            party.cues[i] = max(-CUE_CAP, min(CUE_CAP, party.cues[i] + w))
            if i in _REQUEST_INDEX and w > 0:
                request_weight += w
        if party.presents_as_minor:
            conv.minor = True
        if request_weight or party.own_age is not None or party.school or party.other_minor:
            conv.live = True
        if not conv.live:
            return state, []
        if minor_before and request_weight:
            party.toward_minor = min(CUE_CAP, party.toward_minor + request_weight)

        # The classifier runs only in conversations where a rule has fired: there it
        # catches the paraphrases the rules miss, and elsewhere it would cost the hot path.
        logit = self.model.classifier.logit(norm.text)
        if logit > party.clf_max:
            party.clf_max = logit
        if self.model.semantic is not None:
            logit = self.model.semantic.logit(norm.text)
            if logit > party.sem_max:
                party.sem_max = logit

        language = party.language or guess_language(norm.text)
        out: list[Assessment] = []
        own = self._assess(state, event, conv, sender, party, indicators, language)
        # Reported when it says something: an indicator fired, or the level is not none.
        if indicators or own.level is not Level.NONE:
            out.append(own)
        # Someone just showed they are a minor: what the others said now reads differently.
        if party.presents_as_minor != was_minor and conv.parties:
            for nick, other in conv.parties.items():
                if nick != sender:
                    a = self._assess(state, event, conv, nick, other, (), other.language)
                    if a.level is not Level.NONE:
                        out.append(a)
        return state, out

    def _semantic_cues(
        self,
        event: ChatEvent,
        text: str,
        party: Party,
        strongest: dict[int, float],
        of_other: bool,
    ) -> tuple[Indicator, ...]:
        """The cues the cue model reads in this message that no rule of theirs named."""
        assert self.model.cues is not None
        found: list[Indicator] = []
        for category, p in self.model.cues.cues(text):
            if category == MINOR:
                # A stated age (a rule's, with its number) says more than a paraphrase, and
                # someone who asks ages or makes requests is not a pupil by paraphrase
                # ("you said 11 right?" quotes the child).
                asks = any(party.cues[i] > 0 for i in _REQUEST_INDEX)
                if party.own_age is not None or party.school or of_other or asks:
                    continue
                party.school = True
                weight = 1.0
            else:
                i = CUE_INDEX.get(category)
                if i is None or i in strongest:
                    continue
                weight = round(SEMANTIC_CUE_WEIGHT * p, 4)
                strongest[i] = weight
            found.append(
                Indicator(
                    rule=f"semantic.{category}",
                    category=category if category != MINOR else "school",
                    language=party.language or "und",
                    weight=weight,
                    start=0,
                    end=len(event.text),
                    value=f"{p:.2f}",
                )
            )
        return tuple(found)

    def _assess(
        self,
        state: DetectorState,
        event: ChatEvent,
        conv: Conversation,
        sender: str,
        party: Party,
        indicators: tuple[Indicator, ...],
        language: str,
    ) -> Assessment:
        model = self.model
        x = features(conv, sender, party)
        score = model.probability(x)
        if self.observer is not None:
            self.observer(event, sender, x, score)
        party.score = score
        conv.score = max(p.score for p in conv.parties.values()) if conv.parties else score

        if self.subject_of is None:
            subject = subject_key(event.network, sender)
        else:
            subject = self.subject_of(event.network, sender)
        subj = state.subjects.get(subject)
        if subj is None:
            subj = state.subjects[subject] = SubjectState()
        if score >= model.watch_threshold or event.conversation in subj.conversation_scores:
            subj.conversation_scores[event.conversation] = max(
                score, subj.conversation_scores.get(event.conversation, 0.0)
            )
            subj.score = self.aggregate(subj.conversation_scores.values())

        if score >= model.warn_threshold and warn_eligible(x):
            level = Level.WARN
        elif score >= model.watch_threshold:
            level = Level.WATCH
        else:
            level = Level.NONE
        if level is Level.NONE:
            label = Label.BENIGN
        elif offers_child(party) or offered_to(conv, sender):
            # The seller of a child, or the customer who takes the offer up.
            label = Label.FACILITATION
        else:
            label = Label.SOLICITATION
        return Assessment(
            event_id=event.id,
            conversation=event.conversation,
            sender=sender,
            subject=subject,
            score=score,
            conversation_score=conv.score,
            subject_score=max(subj.score, score),
            level=level,
            label=label,
            stage=party.stage,
            indicators=indicators,
            cues=party.active_cues(),
            explanation=model.explain(x),
            model_version=self.version,
            language=language,
        )


def _age(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit():
        return AGE_WORDS.get(value)
    age = int(value)
    # Outside this range it is a time, an amount or a joke, not an age.
    return age if 5 <= age <= 99 else None
