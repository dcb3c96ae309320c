"""The metrics of `sweetie eval`, on tiny cases worked out by hand."""

from __future__ import annotations

from sweetie.connectors import ConversationLabel
from sweetie.detect.evaluation import evaluate
from sweetie.events import Assessment, ChatEvent, Label, Level, Stage


def ev(conv: str, i: int, sender: str) -> ChatEvent:
    return ChatEvent(
        id=f"{conv}-{i}",
        ts=f"2026-01-01T00:00:{i:02d}Z",
        network="n",
        room=None,
        sender=sender,
        to="x",
        text="…",
        conversation=conv,
    )


def warn(event: ChatEvent, label: Label = Label.SOLICITATION) -> Assessment:
    return Assessment(
        event_id=event.id,
        conversation=event.conversation,
        sender=event.sender,
        subject=f"n/{event.sender}",
        score=0.9,
        conversation_score=0.9,
        subject_score=0.9,
        level=Level.WARN,
        label=label,
        stage=Stage.REQUEST,
        indicators=(),
        cues=(),
    )


def test_metrics_shape_and_values() -> None:
    events = [ev("a", i, "off" if i % 2 else "kid") for i in range(6)]
    events += [ev("b", i, "p" if i % 2 else "q") for i in range(4)]
    events += [ev("c", i, "r") for i in range(4)]
    events += [ev("d", i, "fac") for i in range(4)]
    labels = [
        ConversationLabel("a", Label.SOLICITATION, ("off",), "a-1", "en"),
        ConversationLabel("b", Label.BENIGN, (), None, "en"),
        ConversationLabel("c", Label.BENIGN, (), None, "tl"),
        ConversationLabel("d", Label.FACILITATION, ("fac",), "d-0", "tl"),
    ]
    # a: flagged two messages after the first offence; b: a false warning; d: missed.
    assessments = [warn(events[3]), warn(events[5]), warn(events[7])]
    m = evaluate(labels, events, assessments).to_json()

    assert set(m) >= {
        "conversations",
        "offenders",
        "false_warning_rate",
        "delay",
        "recall_by_language",
    }
    assert m["conversations"]["solicitation"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert m["conversations"]["facilitation"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert m["conversations"]["offending"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert m["false_warning_rate"] == 0.5
    assert m["delay"] == {"median": 2.0, "p90": 2.0}
    assert m["recall_by_language"] == {"en": 1.0, "tl": 0.0}
    # offenders: tp = off; fp = p (in benign b); fn = fac. P 0.5, R 0.5.
    assert m["offenders"]["precision"] == 0.5
    assert m["offenders"]["recall"] == 0.5
    assert m["offenders"]["f05"] == 0.5


def test_nothing_flagged_is_all_zero_not_an_error() -> None:
    events = [ev("a", 0, "x")]
    labels = [ConversationLabel("a", Label.BENIGN, (), None, "en")]
    m = evaluate(labels, events, []).to_json()
    assert m["false_warning_rate"] == 0.0
    assert m["delay"] == {"median": 0.0, "p90": 0.0}
    assert m["recall_by_language"] == {}


def test_a_sale_of_a_child_stays_facilitation_whoever_is_warned_first() -> None:
    events = [ev("f", i, "buyer" if i % 2 else "seller") for i in range(4)]
    labels = [ConversationLabel("f", Label.FACILITATION, ("seller", "buyer"), "f-0", "tl")]
    assessments = [warn(events[1], Label.SOLICITATION), warn(events[2], Label.FACILITATION)]
    m = evaluate(labels, events, assessments).to_json()
    assert m["conversations"]["facilitation"]["recall"] == 1.0
    assert m["conversations"]["solicitation"]["precision"] == 0.0
