"""The IRC message parser and writer, and the connector's small pure parts."""

from __future__ import annotations

import asyncio
import contextlib
import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sweetie.connectors.irc import (
    Backoff,
    EventIds,
    Message,
    MessageError,
    Prefix,
    TokenBucket,
    casefold,
    parse_ctcp,
    parse_message,
    split_text,
)
from sweetie.connectors.irc.ids import ulid_text
from sweetie.connectors.irc.message import decode_line, escape_tag_value, unescape_tag_value
from sweetie.connectors.irc.sasl import plain_payload_chunks


def test_full_line_with_tags_prefix_params_and_trailing() -> None:
    m = parse_message(
        "@time=2026-03-01T20:14:05.000Z;msgid=abc\\s1;+draft/x :nick!user@host PRIVMSG "
        "#chat :hello there :)\r\n"
    )
    assert m.tags == {"time": "2026-03-01T20:14:05.000Z", "msgid": "abc 1", "+draft/x": ""}
    assert m.prefix == "nick!user@host"
    assert m.command == "PRIVMSG"
    assert m.params == ("#chat", "hello there :)")
    src = m.source
    assert src is not None and (src.nick, src.user, src.host) == ("nick", "user", "host")


@pytest.mark.parametrize(
    ("line", "command", "params"),
    [
        ("PING :irc.example.net", "PING", ("irc.example.net",)),
        ("PING irc.example.net", "PING", ("irc.example.net",)),
        (":srv 001 mia :Welcome to IRC", "001", ("mia", "Welcome to IRC")),
        (
            ":srv 005 mia CHANTYPES=# CASEMAPPING=ascii :are supported",
            "005",
            ("mia", "CHANTYPES=#", "CASEMAPPING=ascii", "are supported"),
        ),
        ("privmsg #a :", "PRIVMSG", ("#a", "")),
        ("PRIVMSG  #a   b  :c  d ", "PRIVMSG", ("#a", "b", "c  d ")),
        (
            "CAP * LS :multi-prefix sasl=PLAIN,EXTERNAL",
            "CAP",
            ("*", "LS", "multi-prefix sasl=PLAIN,EXTERNAL"),
        ),
        ("AUTHENTICATE +", "AUTHENTICATE", ("+",)),
        ("QUIT", "QUIT", ()),
        ("PRIVMSG #a :\x01ACTION waves\x01", "PRIVMSG", ("#a", "\x01ACTION waves\x01")),
        ("PRIVMSG #a :tab\tinside", "PRIVMSG", ("#a", "tab\tinside")),
    ],
)
def test_parse_examples(line: str, command: str, params: tuple[str, ...]) -> None:
    m = parse_message(line)
    assert (m.command, m.params) == (command, params)


@pytest.mark.parametrize(
    "line",
    [
        "",
        "   ",
        ":prefixonly",
        "@a=b",
        "@a=b :pfx",
        ":pfx :trailing",
        "PRIV! MSG",
        "12 x",
        "PRIVMSG #a :x\0y",
        "@=v CMD",
    ],
)
def test_not_messages(line: str) -> None:
    with pytest.raises(MessageError):
        parse_message(line)


def test_server_prefix_is_not_a_user() -> None:
    assert not Prefix("irc.example.net").is_user
    assert Prefix("nick!u@h").is_user and Prefix("nick").is_user


def test_tag_escapes() -> None:
    assert unescape_tag_value(r"a\:b\sc\\d\re\nf") == "a;b c\\d\re\nf"
    assert unescape_tag_value("x\\") == "x"  # a lone trailing backslash is dropped
    assert unescape_tag_value(r"\q") == "q"  # an unknown escape is the character
    assert escape_tag_value("a; b\\") == r"a\:\sb\\"


def test_writing_refuses_injection_and_long_lines() -> None:
    with pytest.raises(MessageError):
        Message("PRIVMSG", ("bob", "hi\r\nQUIT :bye"))
    with pytest.raises(MessageError):
        Message("PRIVMSG", ("two words", "x"))
    with pytest.raises(MessageError):
        Message("PRIVMSG", ("bob", "x" * 600)).to_bytes()
    assert Message("privmsg", ("bob", "hi there")).to_bytes() == b"PRIVMSG bob :hi there\r\n"
    assert Message("PRIVMSG", ("bob", ":)")).to_line() == "PRIVMSG bob ::)"
    assert Message("JOIN", ("#a,#b",)).to_line() == "JOIN #a,#b"


def test_decoding_falls_back_to_latin1() -> None:
    assert decode_line("héllo".encode()) == "héllo"
    assert decode_line("héllo".encode("latin-1")) == "héllo"


def test_ctcp() -> None:
    action = parse_ctcp("\x01ACTION waves hello\x01")
    assert action is not None and (action.command, action.args) == ("ACTION", "waves hello")
    version = parse_ctcp("\x01version")
    assert version is not None and version.command == "VERSION"
    assert parse_ctcp("plain text") is None


def test_casefold() -> None:
    assert casefold("Mia[11]") == casefold("mia{11}")
    assert casefold("A~") == "a^"
    assert casefold("A~", "strict-rfc1459") == "a~"
    assert casefold("Ä[", "ascii") == "Ä["


# -- round trip ----------------------------------------------------------------------------

_word = st.text(
    st.characters(blacklist_characters=" \r\n\0:", blacklist_categories=("Cs",)), min_size=1
).filter(lambda s: not s.startswith("@"))
_middle = st.text(
    st.characters(blacklist_characters=" \r\n\0", blacklist_categories=("Cs",)), min_size=1
).filter(lambda s: not s.startswith(":"))
_trailing = st.text(st.characters(blacklist_characters="\r\n\0", blacklist_categories=("Cs",)))
_tag_key = st.from_regex(re.compile(r"\+?[a-z][a-z0-9./-]{0,12}"), fullmatch=True)
_tag_value = st.text(st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)))
_command = st.one_of(
    st.from_regex(re.compile(r"[A-Z]{1,10}"), fullmatch=True),
    st.from_regex(re.compile(r"[0-9]{3}"), fullmatch=True),
)


@st.composite
def messages(draw: st.DrawFn) -> Message:
    params = draw(st.lists(_middle, max_size=6))
    if draw(st.booleans()):
        params.append(draw(_trailing))
    return Message(
        draw(_command),
        tuple(params),
        draw(st.none() | _word),
        draw(st.dictionaries(_tag_key, _tag_value, max_size=4)),
    )


@given(messages())
def test_round_trip(message: Message) -> None:
    line = message.to_line()
    assert "\r" not in line and "\n" not in line
    assert parse_message(line) == message
    assert parse_message(line + "\r\n") == message


@given(st.text())
def test_parser_never_crashes(line: str) -> None:
    with contextlib.suppress(MessageError):
        parse_message(line)


# -- splitting, flood control, backoff, SASL, ids --------------------------------------------


@given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=2000), st.integers(4, 400))
def test_split_text_keeps_every_character(text: str, limit: int) -> None:
    lines = split_text(text, limit)
    assert all(len(line.encode()) <= limit for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_split_text_breaks_between_words() -> None:
    assert split_text("aa bb cc", 5) == ["aa bb", "cc"]
    assert split_text("short", 100) == ["short"]


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=1.0, burst=4, clock=lambda: now[0])
    assert [bucket.try_take() for _ in range(4)] == [0.0] * 4
    assert bucket.try_take() == pytest.approx(1.0)
    now[0] = 0.5
    assert bucket.try_take() == pytest.approx(0.5)
    now[0] = 1.0
    assert bucket.try_take() == 0.0


def test_token_bucket_acquire_waits() -> None:
    async def main() -> float:
        bucket = TokenBucket(rate=50.0, burst=2)
        loop = asyncio.get_running_loop()
        started = loop.time()
        for _ in range(7):
            await bucket.acquire()
        return loop.time() - started

    assert asyncio.run(main()) >= 5 / 50 * 0.9


def test_backoff_grows_is_capped_and_resets() -> None:
    backoff = Backoff(1.0, 8.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(8)]
    for i, delay in enumerate(delays):
        ceiling = min(8.0, 2.0**i)
        assert ceiling / 2 <= delay <= ceiling
    backoff.reset()
    assert backoff.next_delay() <= 1.0


def test_sasl_plain_payload() -> None:
    assert plain_payload_chunks("mia", "secret") == ["AG1pYQBzZWNyZXQ="]
    long = plain_payload_chunks("u", "p" * 600)
    assert all(len(c) == 400 for c in long[:-1]) and len(long[-1]) <= 400
    exact = plain_payload_chunks("", "x" * 298)  # 300 bytes -> exactly 400 base64 chars
    assert exact[-1] == "+" and len(exact[0]) == 400


@given(st.integers(0, (1 << 48) - 1), st.integers(0, (1 << 80) - 1))
def test_ulid_text_is_crockford_base32_of_the_time_then_the_random_bits(
    ms: int, rand: int
) -> None:
    crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

    def digits(value: int, length: int) -> str:  # the plain definition, one digit at a time
        return "".join(crockford[(value >> (5 * i)) & 31] for i in reversed(range(length)))

    assert ulid_text(ms, rand) == digits(ms, 10) + digits(rand, 16)


def test_event_ids_are_unique_and_ordered() -> None:
    ids = EventIds()
    made = [ids.ulid() for _ in range(5000)]
    assert len(set(made)) == 5000
    assert made == sorted(made)
    assert ids.event_id("local", "srv-1") == "local:srv-1"
    assert ids.event_id("local", None).startswith("local:")
