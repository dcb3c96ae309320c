"""The detector on short conversations written for these tests, not drawn from data/.

Each says in a line what a careful moderator would conclude. They check the core
question: an adult directing cam, payment or secrecy cues at someone who is or presents
as a minor, or offering a minor, is flagged; adults among themselves, family, teachers,
teens among themselves and talk *about* these crimes are not. Context cues only.
"""

from __future__ import annotations

import pytest

from sweetie.detect.detector import Detector, DetectorState
from sweetie.events import Assessment, ChatEvent, Label, Level

Line = tuple[str, str]


def run(lines: list[Line], *, room: str | None = None) -> list[Assessment]:
    return replay(lines, room=room)[1]


def replay(lines: list[Line], *, room: str | None = None) -> tuple[DetectorState, list[Assessment]]:
    detector = Detector()
    state = detector.new_state()
    nicks = sorted({s for s, _ in lines})
    found: list[Assessment] = []
    for i, (sender, text) in enumerate(lines):
        other = next((n for n in nicks if n != sender), sender)
        event = ChatEvent(
            id=f"s{i}",
            ts=f"2026-05-01T10:{i // 60:02d}:{i % 60:02d}Z",
            network="test",
            room=room,
            sender=sender,
            to=None if room else other,
            text=text,
            conversation="scenario",
        )
        state, out = detector.step(state, event)
        found.extend(out)
    return state, found


def warned(found: list[Assessment]) -> set[str]:
    return {a.sender for a in found if a.level is Level.WARN}


OFFENDING: dict[str, tuple[list[Line], str]] = {
    "en_direct": (
        [
            ("kid", "hi"),
            ("tom58", "hey sweetie how old r u"),
            ("kid", "11"),
            ("tom58", "are u alone at home?"),
            ("kid", "yes mom is at work"),
            ("tom58", "open your cam for me, i send you 20 dollars"),
            ("tom58", "dont tell your mom ok, our secret"),
        ],
        "tom58",
    ),
    "tl_taglish": (
        [
            ("jan", "hello po"),
            ("gerhard", "hi baby ilang taon ka na"),
            ("jan", "12 po grade 6"),
            ("gerhard", "mag isa ka lang ba sa bahay"),
            ("jan", "opo"),
            ("gerhard", "video call tayo, bigyan kita load 500"),
            ("gerhard", "wag mo sabihin sa mama mo ha"),
        ],
        "gerhard",
    ),
    "facilitation_offer": (
        [
            ("buyer", "hi"),
            ("aunt_l", "hello sir, i have my niece she is 10"),
            ("aunt_l", "she can do show on cam, 2000 php via gcash"),
            ("aunt_l", "private only sir, add me on telegram"),
        ],
        "aunt_l",
    ),
    "nl": (
        [
            ("lisa", "hoi"),
            ("henk", "hoi hoe oud ben je"),
            ("lisa", "ik ben 12"),
            ("henk", "ben je alleen thuis?"),
            ("lisa", "ja"),
            ("henk", "zet je cam aan, ik betaal je 20 euro"),
            ("henk", "niet aan je moeder vertellen he"),
        ],
        "henk",
    ),
}

BENIGN: dict[str, list[Line]] = {
    "adults_video_call": [
        ("ana", "hey are you free tonight"),
        ("ben", "yes, im 34 and off work lol"),
        ("ana", "video call at 8? i'll send you the gcash for dinner after"),
        ("ben", "ok see you on messenger"),
    ],
    "parent_allowance": [
        ("mama", "anak, did you eat?"),
        ("bea", "yes ma, im 12 not a baby haha"),
        ("mama", "i sent your allowance via gcash, 500 for school project"),
        ("mama", "lock the door, are you alone? papa comes home at 6"),
        ("bea", "ok ma thanks"),
    ],
    "teacher_class": [
        ("ms_cruz", "good morning class, please turn on your camera for attendance"),
        ("pupil1", "good morning maam, im in grade 6 section rose"),
        ("ms_cruz", "submit your module on messenger if you have no internet"),
    ],
    "teens": [
        ("kyle13", "im 13 and u"),
        ("mara14", "14, grade 8"),
        ("kyle13", "video call later? we can play roblox"),
        ("mara14", "ok but dont tell anyone i like jake lol"),
    ],
    "news_discussion": [
        (
            "reader",
            "did you see the news, a man was arrested in cebu for paying kids "
            "to do shows on webcam",
        ),
        ("other", "yes, the police said he sent money by western union"),
        ("reader", "good, i hope they report more of them"),
    ],
}


@pytest.mark.parametrize("name", sorted(OFFENDING))
def test_offenders_are_flagged(name: str) -> None:
    lines, offender = OFFENDING[name]
    found = run(lines)
    assert offender in warned(found), name
    assert warned(found) == {offender}
    flagged = next(a for a in found if a.level is Level.WARN)
    assert flagged.label in (Label.SOLICITATION, Label.FACILITATION)
    assert flagged.model_version.startswith("m-")


@pytest.mark.parametrize("name", sorted(BENIGN))
def test_hard_negatives_are_not_flagged(name: str) -> None:
    assert warned(run(BENIGN[name])) == set(), name


def test_facilitation_is_labelled_so() -> None:
    lines, _offender = OFFENDING["facilitation_offer"]
    found = [a for a in run(lines) if a.level is Level.WARN]
    assert found[0].label is Label.FACILITATION


def test_assessment_explains_itself() -> None:
    lines, offender = OFFENDING["en_direct"]
    found = [a for a in run(lines) if a.sender == offender and a.indicators]
    last = found[-1]
    assert last.explanation and "intercept" in last.explanation
    for ind in last.indicators:
        text = lines[int(last.event_id[1:])][1]
        assert 0 <= ind.start < ind.end <= len(text)
        assert ind.category


def test_the_customer_of_a_facilitator_is_warned_as_facilitation() -> None:
    # Whoever takes up an offer of a child (asks the price, the age, pays) offends too, and
    # the conversation is the sale of a child whoever the detector warns first.
    found = run(
        [
            ("seller77", "hi"),
            ("buyer_x", "hello"),
            ("seller77", "my niece is 10, she can do a private cam show if you pay"),
            ("buyer_x", "how much?"),
            ("seller77", "50 usd per show, paypal"),
            ("buyer_x", "ok sent, check paypal"),
        ]
    )
    assert warned(found) == {"seller77", "buyer_x"}
    assert all(a.label is Label.FACILITATION for a in found if a.level is Level.WARN)


def test_a_seller_answering_how_old_gives_the_childs_age() -> None:
    # "11" in answer to "how old?" is the speaker's own age, except from someone who has
    # just offered a child: then it is the child's, and the seller stays an adult.
    found = run(
        [
            ("seller77", "private cam show with my niece, pay by gcash"),
            ("buyer_x", "how old?"),
            ("seller77", "11"),
        ]
    )
    last = [a for a in found if a.sender == "seller77"][-1]
    assert "child_in_care" in last.cues
    assert not any(c.startswith("stated_age:") for c in last.cues)


@pytest.mark.parametrize(
    "text",
    ["im twelve", "tengo doce", "ik ben twaalf", "ich bin zwölf", "dose pa lang ako"],
)
def test_ages_written_in_words_are_ages(text: str) -> None:
    found = run([("kid", text), ("other", "how are you")])
    ages = [c for a in found if a.sender == "kid" for c in a.cues if c.startswith("stated_age:")]
    assert ages == ["stated_age:12"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("wie alt bist du", "werd bald 10"),
        ("cuantos años tienes", "cumplo 12 el mes que viene"),
        ("hoe oud ben je", "ik word binnenkort 11"),
        ("how old are you", "turning 12 next month lol"),
    ],
)
def test_an_answer_around_a_number_is_an_age(question: str, answer: str) -> None:
    state, _ = replay([("adult", question), ("kid", answer)])
    assert state.conversations["scenario"].minor_besides("adult")
