"""RFC 8785 canonical JSON of log records, with a fast path for the common shapes.

`rfc8785.dumps` costs about 20 µs for a chat event, which alone would cap the log near 50k
entries/s. For records holding only strings with ASCII keys, safe integers, booleans, None,
lists and dicts, the standard library's sorted, compact, non-ASCII-escaping JSON is byte for
byte the RFC 8785 form (same escapes, same key order for ASCII keys), so those take the fast
path; anything else (floats above all, whose ES6 formatting differs) goes to `rfc8785`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from json.encoder import encode_basestring
from typing import Any

import rfc8785

from sweetie.events import ChatEvent, InputError

_MAX_SAFE_INT = 2**53 - 1


def _fast(value: Any) -> bool:
    kind = type(value)
    if kind is str or value is None or kind is bool:
        return True
    if kind is int:
        return bool(-_MAX_SAFE_INT <= value <= _MAX_SAFE_INT)
    if kind is dict:
        for k, v in value.items():
            if type(k) is not str or not k.isascii():
                return False
            if type(v) is not str and v is not None and not _fast(v):
                return False
        return True
    if kind is list or kind is tuple:
        return all(_fast(v) for v in value)
    return False


# Built once: json.dumps with non-default options builds a new encoder on every call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _refuse(value: object) -> object:
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def _c_encoder() -> Callable[[Any], str]:
    """`_ENCODER.encode` without its per-call setup (which builds the C encoder each time,
    half the cost of a small record); the same function where the C encoder is missing.
    No cycle check: `_fast` has walked the value first, and a cycle never gets here."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:
        return _ENCODER.encode
    encoder = make(None, _refuse, encode_basestring, None, ":", ",", True, False, True)
    return lambda value: "".join(encoder(value, 0))


_encode = _c_encoder()


def canonical_bytes(record: Mapping[str, Any]) -> bytes:
    """The RFC 8785 bytes of a record; InputError if it is not representable."""
    value = record if type(record) is dict else dict(record)
    if _fast(value):
        try:
            return _encode(value).encode("utf-8")
        except UnicodeEncodeError:
            pass  # a lone surrogate: let rfc8785 word the error
    try:
        return bytes(rfc8785.dumps(value))
    except (ValueError, TypeError, rfc8785.CanonicalizationError) as exc:
        raise InputError(f"not representable as canonical JSON: {exc}", field="record") from None


def _event_bytes(event: ChatEvent) -> bytes:
    # Written out for the one record the scan path logs per message: a third of the cost of
    # the generic path. Keys in RFC 8785 order; `encode_basestring` escapes as RFC 8785 does.
    # One f-string: half the cost of joining the pieces with +.
    q = encode_basestring
    room, to = event.room, event.to
    return (
        f'{{"conversation":{q(event.conversation)},"id":{q(event.id)}'
        f',"network":{q(event.network)},"room":{"null" if room is None else q(room)}'
        f',"sender":{q(event.sender)},"text":{q(event.text)}'
        f',"to":{"null" if to is None else q(to)},"ts":{q(event.ts)}}}'
    ).encode()


def _event_shape_is_known() -> bool:
    """Whether ChatEvent.to_json still has the fields `_event_bytes` writes."""
    sample = ChatEvent(id="i", ts="t", network="n", room="r", sender="s", text="x", to="o")
    return _event_bytes(sample) == canonical_bytes(sample.to_json())


_EVENT_FAST = _event_shape_is_known()


def chat_event_bytes(event: ChatEvent) -> bytes:
    """`canonical_bytes(event.to_json())`, faster."""
    if _EVENT_FAST:
        try:
            return _event_bytes(event)
        except (UnicodeEncodeError, TypeError):
            pass  # a lone surrogate or a field of the wrong type: the generic path words it
    return canonical_bytes(event.to_json())


def chat_event_bodies(events: Sequence[ChatEvent]) -> list[bytes]:
    """`chat_event_bytes` of each event: the batch at once, without a wrapper call apiece."""
    if _EVENT_FAST:
        try:
            return list(map(_event_bytes, events))
        except (UnicodeEncodeError, TypeError):
            pass  # one odd event: word its error (or encode it) one by one below
    return [chat_event_bytes(e) for e in events]
