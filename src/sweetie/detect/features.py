"""The evidence one party's behaviour gives, as the numbers the combiner weighs.

Each feature is named, so every score can be explained by the contribution of each.
The interactions with `target` carry the core question: does an adult direct cam, payment
or secrecy cues at someone who is or presents as a minor, or offer a minor?
"""

from __future__ import annotations

from sweetie.detect.state import CUE_CAP, REQUEST_CUES, Conversation, Party

FEATURE_NAMES: tuple[str, ...] = (
    "target",  # a minor is present besides the sender, or a child is offered (by or to them)
    "minor_present",
    "sender_minor",
    "sender_adult",
    "requests",  # all request cues together, whoever they are aimed at
    *(f"target*cue:{c}" for c in REQUEST_CUES),
    "toward_minor",
    "target*distinct_requests",
    "discussion",
    "adult_context",
    "classifier",
    "target*classifier",
    "semantic",
    "target*semantic",
    "offered_to",  # someone else in the conversation offers a child: the sender is a customer
)

CLASSIFIER_CLIP = 6.0
_SALE_CUES = ("cam_request", "payment", "remittance")


def offers_child(party: Party) -> bool:
    """Whether this party offers a child: an offer, or a child in their care ("my niece is
    10") together with a show or a price."""
    if party.cue("discussion") < 0:
        return False  # telling the news of such an offer, or reporting one, is not making it
    return party.offer_named or (party.other_minor and any(party.cue(c) > 0 for c in _SALE_CUES))


def offered_to(conversation: Conversation, sender: str) -> bool:
    """Whether someone other than `sender` offers a child in this conversation: whoever
    then asks the price, the child's age or when it can start is the facilitator's
    customer, as much an offender as someone who approaches a child directly."""
    if not conversation.parties:
        return False
    return any(offers_child(p) for nick, p in conversation.parties.items() if nick != sender)


def features(conversation: Conversation, sender: str, party: Party) -> list[float]:
    minor_present = conversation.minor_besides(sender)
    offers = (party.other_minor or party.offer_named) and party.cue("discussion") == 0
    customer = offered_to(conversation, sender)
    target = 1.0 if (minor_present or offers or customer) else 0.0
    cues = [min(party.cue(c), CUE_CAP) / CUE_CAP for c in REQUEST_CUES]
    distinct = sum(1 for c in REQUEST_CUES if party.cue(c) > 0) / len(REQUEST_CUES)
    clf = max(-CLASSIFIER_CLIP, min(CLASSIFIER_CLIP, party.clf_max)) / CLASSIFIER_CLIP
    sem = max(-CLASSIFIER_CLIP, min(CLASSIFIER_CLIP, party.sem_max)) / CLASSIFIER_CLIP
    return [
        target,
        1.0 if minor_present else 0.0,
        1.0 if party.presents_as_minor else 0.0,
        1.0 if party.states_adult else 0.0,
        min(sum(cues), 3.0) / 3.0,
        *(target * c for c in cues),
        min(party.toward_minor, CUE_CAP) / CUE_CAP,
        target * distinct,
        min(-party.cue("discussion"), CUE_CAP) / CUE_CAP,
        min(-party.cue("adult_context"), CUE_CAP) / CUE_CAP,
        clf,
        target * clf,
        sem,
        target * sem,
        1.0 if customer else 0.0,
    ]


_REQUESTS = FEATURE_NAMES.index("requests")


def warn_eligible(x: list[float]) -> bool:
    """Whether these features may lead to a warning at all.

    A warning is an automated act towards a person, and every automated decision must name
    the indicators that led to it (DESIGN.md, rule 5): so the sender must have produced at
    least one request cue that a rule names. Classifier scores alone, however high, ask
    for a human to watch, not for a warning.
    """
    return x[_REQUESTS] > 0.0
