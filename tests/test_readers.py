"""The file readers of the connectors part: Chat JSONL, PAN12 XML, labels, skip reports."""

from __future__ import annotations

import json
import logging
import tracemalloc
from datetime import UTC
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sweetie.connectors import (
    MAX_LINE_BYTES,
    ConversationLabel,
    SkipReason,
    SkipReport,
    chat_event_from_json,
    pan12_labels,
    read_chat_jsonl,
    read_events,
    read_labels,
    read_pan12,
    read_predator_ids,
    write_chat_jsonl,
    write_labels,
)
from sweetie.events import MAX_TEXT_CHARS, ChatEvent, ConfigError, InputError, Label

DATA = Path(__file__).parent / "data" / "readers"
TRAFFIC = DATA / "traffic.jsonl"
PAN12 = DATA / "pan12_small.xml"
PREDATORS = DATA / "pan12_predators.txt"

GOOD = {
    "id": "e1",
    "ts": "2026-03-01T20:14:05Z",
    "network": "irc.example.net",
    "room": "#chat",
    "conversation": "c1",
    "sender": "anna",
    "to": None,
    "text": "hello",
}
GOOD_LINE = json.dumps(GOOD).encode()
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def line_with(**changes: object) -> bytes:
    obj = {**GOOD, **changes}
    return json.dumps({k: v for k, v in obj.items() if v is not DROP}).encode()


DROP = object()


def write_lines(path: Path, *lines: bytes) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


def error_of(path: Path, *, skip_invalid: bool = False, report: SkipReport | None = None) -> str:
    with pytest.raises(InputError) as caught:
        list(read_chat_jsonl(path, skip_invalid=skip_invalid, report=report))
    return str(caught.value)


# --- Chat JSONL ---------------------------------------------------------------------------


def test_reads_the_fixture_with_derived_conversations() -> None:
    events = list(read_chat_jsonl(TRAFFIC))
    assert [e.id for e in events] == ["e1", "e2", "e3", "e4"]
    assert events[0].conversation == "c1"
    assert events[1].conversation == "irc.example.net/#chat"
    assert events[2].conversation == "irc.example.net/anna+bob"
    assert events[2].text == "héllo — ça va? 👋"
    assert events[3].room is None and events[3].text == ""


def test_round_trip(tmp_path: Path) -> None:
    events = list(read_chat_jsonl(TRAFFIC))
    out = tmp_path / "out.jsonl"
    assert write_chat_jsonl(out, events) == 4
    assert list(read_chat_jsonl(out)) == events
    assert out.read_bytes().count(b"\n") == 4


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (b'{"id": "e1" "ts": "x"}', "not valid JSON: Expecting ',' delimiter (column 13)"),
        (b'{"id": "e\xff1"}', "invalid UTF-8 at byte 10"),
        (b"[1, 2]", "not a JSON object but array"),
        (b"[" * 100_000, "not valid JSON: nested too deeply"),
        (b'{"id": "a", "id": "b"}', "not valid JSON: duplicate key 'id'"),
        (line_with(sender=DROP), "sender: missing"),
        (line_with(text=5), "text: must be a string, not number"),
        (line_with(id=None), "id: must be a string, not null"),
        (line_with(room=["#a"]), "room: must be a string or null, not array"),
        (line_with(ts="yesterday"), "ts: not an ISO 8601 timestamp with a zone: 'yesterday'"),
        (
            line_with(ts="2026-03-01T20:14:05"),
            "ts: not an ISO 8601 timestamp with a zone: '2026-03-01T20:14:05'",
        ),
        (
            line_with(ts="2026-13-01T20:14:05Z"),
            "ts: not an ISO 8601 timestamp with a zone: '2026-13-01T20:14:05Z'",
        ),
        (line_with(id=""), "id: must not be empty"),
        (line_with(text="\ud800"), "text: lone surrogate at character 1"),
        (
            line_with(text="x" * (MAX_TEXT_CHARS + 1)),
            f"text: {MAX_TEXT_CHARS + 1} characters, more than {MAX_TEXT_CHARS}",
        ),
    ],
)
def test_bad_line_names_file_line_and_field(tmp_path: Path, line: bytes, expected: str) -> None:
    path = write_lines(tmp_path / "traffic.jsonl", GOOD_LINE, b"", line, GOOD_LINE)
    assert error_of(path) == f"{path}:3: {expected}"


def test_ten_megabyte_line_is_refused_without_holding_it(tmp_path: Path) -> None:
    path = tmp_path / "traffic.jsonl"
    with path.open("wb") as stream:
        stream.write(GOOD_LINE + b"\n")
        stream.write(b'{"id": "e2", "text": "')
        for _ in range(10):
            stream.write(b"x" * (1 << 20))
        stream.write(b'"}\n')
        stream.write(GOOD_LINE + b"\n")
    size = 10 * (1 << 20) + len(b'{"id": "e2", "text": ""}')
    tracemalloc.start()
    try:
        message = error_of(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (
        message == f"{path}:2: {size} bytes, longer than any valid line (at most {MAX_LINE_BYTES})"
    )
    assert peak < 4 * (1 << 20)
    # Skipping it goes on to the next line.
    report = SkipReport()
    assert len(list(read_chat_jsonl(path, skip_invalid=True, report=report))) == 2
    assert report.counts == {SkipReason.TOO_LONG: 1}


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.jsonl"
    assert error_of(path) == f"{path}: cannot read: No such file or directory"


def test_skip_invalid_counts_and_keeps_every_valid_line(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "traffic.jsonl",
        line_with(id="e1"),
        b"{not json",
        line_with(id="e2"),
        line_with(sender=DROP),
        b"",
        b'{"x": 1,',
        line_with(id="e3"),
        line_with(id="e4", text="ÿ ü"),
    )
    report = SkipReport()
    events = list(read_chat_jsonl(path, skip_invalid=True, report=report))
    assert [e.id for e in events] == ["e1", "e2", "e3", "e4"]
    assert report.total == 3
    assert report.counts == {SkipReason.BAD_JSON: 2, SkipReason.MISSING_FIELD: 1}
    assert [str(e) for e in report.examples] == [
        f"{path}:2: not valid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{path}:4: sender: missing",
        f"{path}:6: not valid JSON: Expecting property name enclosed in double quotes (column 9)",
    ]
    assert report.summary() == (
        f"skipped 3 invalid lines: 2 bad JSON, 1 missing field (first: {path}:2)"
    )


def test_skip_without_report_is_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write_lines(tmp_path / "t.jsonl", b"{", GOOD_LINE)
    with caplog.at_level(logging.WARNING):
        assert len(list(read_chat_jsonl(path, skip_invalid=True))) == 1
    assert f"{path}: skipped 1 invalid line: 1 bad JSON (first: {path}:1)" in caplog.text


def test_skip_report_summary_when_nothing_skipped() -> None:
    assert SkipReport().summary() == "skipped no invalid lines"
    assert not SkipReport()


def test_chat_event_from_json_for_the_api() -> None:
    assert chat_event_from_json(GOOD).id == "e1"
    with pytest.raises(InputError, match=r"^request: ts: missing$"):
        chat_event_from_json({k: v for k, v in GOOD.items() if k != "ts"}, source="request")
    with pytest.raises(InputError, match="not a JSON object but array"):
        chat_event_from_json([])


def test_read_events_dispatches(tmp_path: Path) -> None:
    assert len(list(read_events(TRAFFIC))) == 4
    assert len(list(read_events(str(TRAFFIC), "chat-jsonl"))) == 4
    assert len(list(read_events([TRAFFIC, TRAFFIC], "chat-jsonl"))) == 8
    assert len(list(read_events([PAN12], "pan12"))) == 5
    with pytest.raises(
        ConfigError, match="unknown format 'csv': expected one of chat-jsonl, pan12"
    ):
        read_events([TRAFFIC], "csv")
    report = SkipReport()
    bad = write_lines(tmp_path / "bad.jsonl", b"{", GOOD_LINE)
    assert len(list(read_events([bad, bad], skip_invalid=True, report=report))) == 2
    assert report.total == 2


names = st.text(st.characters(codec="utf-8"), min_size=1, max_size=12)
texts = st.text(st.characters(codec="utf-8"), max_size=60)
timestamps = st.datetimes(
    timezones=st.just(UTC),
).map(lambda d: d.isoformat().replace("+00:00", "Z"))
chat_events = st.builds(
    ChatEvent,
    id=names,
    ts=timestamps,
    network=names,
    room=st.none() | names,
    sender=names,
    text=texts,
    to=st.none() | names,
    conversation=st.just("") | names,
)


@FAST
@given(events=st.lists(chat_events, max_size=8))
def test_property_write_then_read_is_identity(tmp_path: Path, events: list[ChatEvent]) -> None:
    path = tmp_path / "p.jsonl"
    write_chat_jsonl(path, events)
    assert list(read_chat_jsonl(path)) == events


@FAST
@given(lines=st.lists(st.binary(max_size=80) | st.just(GOOD_LINE), max_size=6))
def test_property_arbitrary_bytes_raise_only_input_error(
    tmp_path: Path, lines: list[bytes]
) -> None:
    path = tmp_path / "b.jsonl"
    path.write_bytes(b"\n".join(lines))
    try:
        list(read_chat_jsonl(path))
    except InputError as error:
        assert str(error).startswith(f"{path}:")
    report = SkipReport()
    kept = list(read_chat_jsonl(path, skip_invalid=True, report=report))
    assert all(event.id == "e1" for event in kept)


# --- PAN12 --------------------------------------------------------------------------------


def test_pan12_maps_messages_to_events() -> None:
    events = list(read_pan12(PAN12))
    assert [(e.id, e.ts, e.sender, e.text) for e in events] == [
        ("0a1b2c:1", "2012-01-01T23:58:00Z", "aaaa1111", "hi"),
        ("0a1b2c:2", "2012-01-01T23:59:00Z", "bbbb2222", "hey & welcome"),
        # The clock went back: the next day.
        ("0a1b2c:3", "2012-01-02T00:01:00Z", "aaaa1111", ""),
        ("3d4e5f:1", "2012-01-01T10:00:00Z", "cccc3333", ""),
        ("3d4e5f:2", "2012-01-01T10:02:00Z", "dddd4444", "how was school"),
    ]
    assert all(e.network == "pan12" and e.room is None and e.to is None for e in events)
    assert [e.conversation for e in events] == ["0a1b2c"] * 3 + ["3d4e5f"] * 2


def pan12_error(path: Path, *, skip_invalid: bool = False, report: SkipReport | None = None) -> str:
    with pytest.raises(InputError) as caught:
        list(read_pan12(path, skip_invalid=skip_invalid, report=report))
    return str(caught.value)


def test_pan12_truncated_file() -> None:
    path = DATA / "pan12_truncated.xml"
    assert pan12_error(path) == f"{path}:15: the XML ends early (truncated?): unclosed token"


def test_pan12_bad_character() -> None:
    path = DATA / "pan12_bad_char.xml"
    assert pan12_error(path) == (
        f"{path}:12: malformed XML: not well-formed (invalid token) (column 11)"
    )
    # Not even skip_invalid reads past XML that is not well-formed.
    assert pan12_error(path, skip_invalid=True, report=SkipReport()).startswith(f"{path}:12:")


def test_pan12_refuses_a_dtd_and_so_any_entity_expansion(tmp_path: Path) -> None:
    path = tmp_path / "laughs.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE c [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n'
        "<conversations>&b;</conversations>\n"
    )
    assert pan12_error(path) == f"{path}:2: a DTD is not allowed in PAN12 XML"


def test_pan12_wrong_root(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<html><body/></html>")
    assert pan12_error(path) == (
        f"{path}:1: not PAN12 XML: the root element is <html>, not <conversations>"
    )


def conversation_xml(*messages: str) -> str:
    return (
        '<conversations>\n<conversation id="c9">\n'
        + "\n".join(messages)
        + "\n</conversation>\n</conversations>\n"
    )


@pytest.mark.parametrize(
    ("message", "expected", "reason"),
    [
        (
            '<message line="1">\n<time>01:00</time><text>a</text></message>',
            "author: missing",
            SkipReason.MISSING_FIELD,
        ),
        (
            '<message line="1"><author>x</author><time>1 pm</time></message>',
            "time: not a time HH:MM: '1 pm'",
            SkipReason.BAD_TIMESTAMP,
        ),
        (
            "<message><author>x</author><time>01:00</time></message>",
            "line: missing",
            SkipReason.MISSING_FIELD,
        ),
        (
            f'<message line="1"><author>x</author><time>01:00</time>'
            f"<text>{'y' * (MAX_TEXT_CHARS + 5)}</text></message>",
            f"text: {MAX_TEXT_CHARS + 5} characters, more than {MAX_TEXT_CHARS}",
            SkipReason.TOO_LONG,
        ),
    ],
)
def test_pan12_bad_message(tmp_path: Path, message: str, expected: str, reason: SkipReason) -> None:
    good = '<message line="2"><author>z</author><time>02:00</time><text>ok</text></message>'
    path = tmp_path / "conv.xml"
    path.write_text(conversation_xml(message, good))
    assert pan12_error(path) == f"{path}:3: {expected}"
    report = SkipReport()
    events = list(read_pan12(path, skip_invalid=True, report=report))
    assert [e.id for e in events] == ["c9:2"]
    assert report.counts == {reason: 1}


def test_predator_ids_and_labels(tmp_path: Path) -> None:
    assert read_predator_ids(PREDATORS) == {"bbbb2222", "zzzz9999"}
    assert pan12_labels(PAN12, PREDATORS) == [
        ConversationLabel("0a1b2c", Label.SOLICITATION, ("bbbb2222",), None, "en"),
        ConversationLabel("3d4e5f", Label.BENIGN, (), None, "en"),
    ]
    bad = tmp_path / "ids.txt"
    bad.write_bytes(b"abc\nab cd\n")
    with pytest.raises(InputError, match=r"ids.txt:2: not one author id: 'ab cd'$"):
        read_predator_ids(bad)


def pan12_xml(conversations: list[list[tuple[str, str, str]]]) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<conversations>']
    for number, messages in enumerate(conversations):
        parts.append(f'<conversation id="c{number}">')
        for line, (author, time, text) in enumerate(messages, 1):
            parts.append(
                f'<message line="{line}">\n<author>{author}</author>\n<time>{time}</time>\n'
                f"<text>{escape(text)}</text>\n</message>"
            )
        parts.append("</conversation>")
    parts.append("</conversations>\n")
    return "\n".join(parts).encode("utf-8")


xml_texts = st.text(st.characters(exclude_categories=["Cs", "Cc", "Cn"]), max_size=30)
xml_messages = st.tuples(
    st.sampled_from(["aaaa", "bbbb", "cccc"]),
    st.sampled_from(["00:00", "09:15", "23:59"]),
    xml_texts,
)
xml_corpora = st.lists(st.lists(xml_messages, max_size=4), min_size=1, max_size=3)


@FAST
@given(corpus=xml_corpora, data=st.data())
def test_property_pan12_truncation_gives_error_or_prefix(
    tmp_path: Path, corpus: list[list[tuple[str, str, str]]], data: st.DataObject
) -> None:
    whole = pan12_xml(corpus)
    path = tmp_path / "corpus.xml"
    path.write_bytes(whole)
    full = list(read_pan12(path))
    assert [e.text for e in full] == [text for messages in corpus for _, _, text in messages]
    cut = data.draw(st.integers(0, len(whole)))
    path.write_bytes(whole[:cut])
    seen: list[ChatEvent] = []
    try:
        seen.extend(read_pan12(path))
    except InputError as error:
        assert str(error).startswith(f"{path}:")
    assert seen == full[: len(seen)]


# --- Labels -------------------------------------------------------------------------------


def test_read_and_write_labels(tmp_path: Path) -> None:
    labels = read_labels(DATA / "labels.jsonl")
    assert labels[1] == ConversationLabel("c2", Label.SOLICITATION, ("bob",), "e3", "en")
    assert labels[2].language == "und" and labels[2].first_offence is None
    out = tmp_path / "labels.jsonl"
    assert write_labels(out, labels) == 3
    assert read_labels(out) == labels


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            b'{"conversation": "c1", "label": "benign"}',
            "conversation: 'c1' is already labelled on line 1",
        ),
        (
            b'{"conversation": "c2", "label": "maybe"}',
            "label: 'maybe' is not one of solicitation, facilitation, benign",
        ),
        (
            b'{"conversation": "c2", "label": "benign", "offenders": ["x"]}',
            "offenders: a benign conversation has no offenders",
        ),
        (
            b'{"conversation": "c2", "label": "solicitation", "offenders": [3]}',
            "offenders: item 1 must be a string, not number",
        ),
        (b'{"label": "benign"}', "conversation: missing"),
        (
            b'{"conversation": "c2", "label": "benign"',
            "not valid JSON: Expecting ',' delimiter (column 41)",
        ),
    ],
)
def test_bad_labels(tmp_path: Path, line: bytes, expected: str) -> None:
    path = write_lines(
        tmp_path / "labels.jsonl", b'{"conversation": "c1", "label": "benign"}', line
    )
    with pytest.raises(InputError) as caught:
        read_labels(path)
    assert str(caught.value) == f"{path}:2: {expected}"
