"""The PAN 2012 Sexual Predator Identification corpus: its conversation XML and predator list.

The XML is read as a stream with expat, the parser defusedxml builds on, guarded the way
defusedxml guards it: no DTD (so no entity expansion of any kind) and no external
references, which means nothing is ever fetched. Driving expat directly, rather than through
an ElementTree, gives each message the line it starts on, for error messages.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NoReturn
from xml.parsers import expat

from sweetie.connectors.jsonl import (
    LineInvalid,
    StrPath,
    TooLong,
    input_error,
    iter_lines,
    line_invalid,
)
from sweetie.connectors.skips import SkipReason, SkipReport
from sweetie.events import MAX_TEXT_CHARS, ChatEvent, InputError

log = logging.getLogger(__name__)

NETWORK = "pan12"

# PAN12 gives only the time of day. Timestamps are synthesised on this date, moving to the
# next day whenever a conversation's clock goes backwards, so they increase within it.
SYNTHETIC_DATE = date(2012, 1, 1)

_CHUNK = 1 << 16
_TIME = re.compile(r"([01]\d|2[0-3]):([0-5]\d)", re.ASCII)
_FIELDS = ("author", "time", "text")
# What expat reports when the input stops in the middle of the document.
_ENDS_EARLY = {
    expat.errors.XML_ERROR_NO_ELEMENTS,
    expat.errors.XML_ERROR_UNCLOSED_TOKEN,
    expat.errors.XML_ERROR_PARTIAL_CHAR,
}


def read_pan12(
    path: StrPath, *, skip_invalid: bool = False, report: SkipReport | None = None
) -> Iterator[ChatEvent]:
    """The messages of a PAN12 XML file as ChatEvents, in file order, streaming.

    Each message becomes `ChatEvent(id="CONV:LINE", network="pan12", room=None,
    conversation=CONV, sender=AUTHOR, to=None, text=TEXT)`. A message that lacks its
    author, time or line number raises InputError, or with `skip_invalid` is counted in
    `report`. XML that is not well-formed (a truncated file, a control character) always
    raises: expat cannot read on past it.
    """
    source = os.fspath(path)
    own_report = report is None and skip_invalid
    skipped = SkipReport() if report is None else report
    parser = _Pan12Parser(source)
    try:
        with open(path, "rb") as stream:
            while True:
                chunk = stream.read(_CHUNK)
                failure = parser.feed(chunk, final=not chunk)
                for item in parser.take():
                    if isinstance(item, ChatEvent):
                        yield item
                    elif not skip_invalid:
                        raise item.error
                    else:
                        skipped.add(item.reason, item.error)
                if failure is not None:
                    raise failure
                if not chunk:
                    return
    except OSError as exc:
        raise input_error(exc, source) from None
    finally:
        if own_report and skipped:
            log.warning("%s: %s", source, skipped.summary())


def read_predator_ids(path: StrPath) -> frozenset[str]:
    """The author ids of a PAN12 predator list: one a line, blank lines ignored."""
    source = os.fspath(path)
    ids: set[str] = set()
    for number, data in iter_lines(path, max_bytes=1024):
        if isinstance(data, TooLong):
            message = f"{data.size} bytes, too long for an author id"
            raise InputError(message, source=source, line=number)
        try:
            text = data.decode("utf-8").removeprefix("\ufeff").strip()
        except UnicodeDecodeError as exc:
            raise InputError(
                f"invalid UTF-8 at byte {exc.start + 1}", source=source, line=number
            ) from None
        if len(text.split()) != 1:
            raise InputError(f"not one author id: {text!r}", source=source, line=number)
        ids.add(text)
    return frozenset(ids)


@dataclass
class _Message:
    line: int  # where <message> starts in the file
    number: str | None  # its line="" attribute
    values: dict[str, str] = field(default_factory=dict)
    text_length: int = 0


class _Pan12Parser:
    """expat handlers that turn <message> elements into ChatEvents (or LineInvalid)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.expat = parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.buffer_size = _CHUNK
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        parser.StartDoctypeDeclHandler = self._forbid_doctype
        parser.EntityDeclHandler = self._forbid_entity
        parser.UnparsedEntityDeclHandler = self._forbid_entity
        parser.ExternalEntityRefHandler = self._forbid_external
        self.depth = 0  # elements open
        self.conversation: str | None = None
        self.in_conversation = False
        self.day = 0
        self.last_minute = -1
        self.message: _Message | None = None
        self.field: str | None = None
        self.parts: list[str] = []
        self.length = 0
        self.pending: list[ChatEvent | LineInvalid] = []

    def feed(self, chunk: bytes, *, final: bool) -> InputError | None:
        """Parse a chunk; the error that stops parsing, if any, comes after take()."""
        try:
            self.expat.Parse(chunk, final)
        except expat.ExpatError as exc:
            problem = expat.ErrorString(exc.code)
            if final and problem in _ENDS_EARLY:
                message = f"the XML ends early (truncated?): {problem}"
            else:
                message = f"malformed XML: {problem} (column {exc.offset + 1})"
            return InputError(message, source=self.source, line=exc.lineno)
        return None

    def take(self) -> list[ChatEvent | LineInvalid]:
        pending, self.pending = self.pending, []
        return pending

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        depth = self.depth
        self.depth += 1
        if depth == 0:
            if name != "conversations":
                self._fail(f"not PAN12 XML: the root element is <{name}>, not <conversations>")
        elif depth == 1 and name == "conversation":
            self.in_conversation = True
            self.conversation = (attributes.get("id") or "").strip() or None
            self.day = 0
            self.last_minute = -1
        elif depth == 2 and name == "message" and self.in_conversation:
            number = (attributes.get("line") or "").strip() or None
            self.message = _Message(self.expat.CurrentLineNumber, number)
        elif depth == 3 and name in _FIELDS and self.message is not None:
            self.field = name
            self.parts = []
            self.length = 0

    def _characters(self, data: str) -> None:
        # Only text directly inside <author>, <time> or <text> (depth 4) counts.
        if self.field is not None and self.depth == 4:
            self.length += len(data)
            # Past the limit only the count matters: a huge text is never held whole.
            if self.length <= MAX_TEXT_CHARS:
                self.parts.append(data)

    def _end(self, name: str) -> None:
        self.depth -= 1
        depth = self.depth
        if depth == 3 and self.field == name and self.message is not None:
            self.message.values[name] = "".join(self.parts)
            if name == "text":
                self.message.text_length = self.length
            self.field = None
        elif depth == 2 and name == "message" and self.message is not None:
            self.pending.append(self._event(self.message))
            self.message = None
        elif depth == 1 and name == "conversation":
            self.in_conversation = False
            self.conversation = None

    def _event(self, message: _Message) -> ChatEvent | LineInvalid:
        def invalid(reason: SkipReason, text: str, field: str) -> LineInvalid:
            return line_invalid(reason, text, self.source, message.line, field)

        values = message.values
        if self.conversation is None:
            return invalid(SkipReason.MISSING_FIELD, "the conversation has no id", "conversation")
        if message.number is None:
            return invalid(SkipReason.MISSING_FIELD, "missing", "line")
        author = values.get("author", "").strip()
        if not author:
            return invalid(SkipReason.MISSING_FIELD, "missing", "author")
        time = values.get("time", "").strip()
        if not time:
            return invalid(SkipReason.MISSING_FIELD, "missing", "time")
        clock = _TIME.fullmatch(time)
        if clock is None:
            return invalid(SkipReason.BAD_TIMESTAMP, f"not a time HH:MM: {time[:40]!r}", "time")
        if message.text_length > MAX_TEXT_CHARS:
            text = f"{message.text_length} characters, more than {MAX_TEXT_CHARS}"
            return invalid(SkipReason.TOO_LONG, text, "text")
        minute = int(clock[1]) * 60 + int(clock[2])
        if minute < self.last_minute:
            self.day += 1
        self.last_minute = minute
        day = SYNTHETIC_DATE + timedelta(days=self.day)
        try:
            return ChatEvent(
                id=f"{self.conversation}:{message.number}",
                ts=f"{day.isoformat()}T{time}:00Z",
                network=NETWORK,
                room=None,
                sender=author,
                text=values.get("text", ""),
                to=None,
                conversation=self.conversation,
            )
        except ValueError as exc:  # ChatEvent says "field: message"
            name, _, text = str(exc).partition(": ")
            return invalid(SkipReason.BAD_VALUE, text or name, name if text else "message")

    def _fail(self, message: str) -> NoReturn:
        raise InputError(message, source=self.source, line=self.expat.CurrentLineNumber)

    def _forbid_doctype(
        self, name: str, sysid: str | None, pubid: str | None, has_internal_subset: bool
    ) -> None:
        self._fail("a DTD is not allowed in PAN12 XML")

    def _forbid_entity(self, name: str, *args: object) -> None:
        self._fail(f"an entity declaration is not allowed in PAN12 XML: {name!r}")

    def _forbid_external(
        self, context: str, base: str | None, sysid: str | None, pubid: str | None
    ) -> int:
        self._fail("an external reference is not allowed in PAN12 XML")
