"""The written-out canonical JSON of a chat event is byte for byte RFC 8785 (rfc8785)."""

from __future__ import annotations

import rfc8785
from hypothesis import given
from hypothesis import strategies as st

from sweetie.events import ChatEvent
from sweetie.evidence.canonical import _event_bytes, chat_event_bodies, chat_event_bytes

# Any unicode a JSON string can hold (no lone surrogates), with the characters whose escaping
# differs between encoders drawn often: controls, quote, backslash, DEL, line/paragraph
# separators, BOM, and characters outside the basic plane.
_SPECIAL = st.sampled_from(
    [chr(c) for c in range(0x20)]
    + ['"', "\\", "/", "\x7f", "\u2028", "\u2029", "\ufeff", "\U0001f600", "\U0010ffff", "é"]
)
_TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), _SPECIAL), max_size=30)
_NON_EMPTY = _TEXT.filter(lambda s: s.strip() != "")


@st.composite
def events(draw: st.DrawFn) -> ChatEvent:
    return ChatEvent(
        id=draw(_NON_EMPTY),
        ts=draw(_NON_EMPTY),
        network=draw(_NON_EMPTY),
        room=draw(st.one_of(st.none(), _NON_EMPTY)),
        sender=draw(_NON_EMPTY),
        text=draw(_TEXT),
        to=draw(st.one_of(st.none(), _NON_EMPTY)),
        conversation=draw(st.one_of(st.just(""), _NON_EMPTY)),
    )


@given(events())
def test_event_bytes_are_rfc8785(event: ChatEvent) -> None:
    expected = bytes(rfc8785.dumps(event.to_json()))
    assert _event_bytes(event) == expected
    assert chat_event_bytes(event) == expected


def test_every_control_character_escapes_as_rfc8785() -> None:
    text = "".join(chr(c) for c in range(0x80)) + "\u2028\u2029\U0001f600"
    event = ChatEvent(id="i", ts="t", network="n", room=None, sender="s", text=text, to=None)
    assert _event_bytes(event) == bytes(rfc8785.dumps(event.to_json()))


@given(st.lists(events(), max_size=5))
def test_event_bodies_of_a_batch(batch: list[ChatEvent]) -> None:
    assert chat_event_bodies(batch) == [chat_event_bytes(e) for e in batch]
