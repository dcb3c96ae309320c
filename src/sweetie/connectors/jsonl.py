"""JSON Lines input done safely: bounded lines, per-line UTF-8 decoding, one object a line.

Shared by the chat and the labels readers, so both report bad input the same way.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sweetie.connectors.skips import SkipReason
from sweetie.events import MAX_TEXT_CHARS, InputError

StrPath = str | os.PathLike[str]

# The longest line a valid event can take: every text character may be written as a
# \uXXXX\uXXXX escape (12 bytes), plus room for the other fields. Longer lines are refused
# before any decoding, so a 10 GB line costs a bounded amount of memory.
MAX_LINE_BYTES = 12 * MAX_TEXT_CHARS + 16 * 1024

_DRAIN_CHUNK = 1 << 20


class LineInvalid(Exception):
    """One bad input line: why (for a SkipReport) and the error to show."""

    def __init__(self, reason: SkipReason, error: InputError) -> None:
        super().__init__(str(error))
        self.reason = reason
        self.error = error


@dataclass(frozen=True, slots=True)
class TooLong:
    """Stands in for a line over the byte limit, which is never held in memory."""

    size: int


def input_error(exc: OSError, source: str, doing: str = "read") -> InputError:
    return InputError(f"cannot {doing}: {exc.strerror or exc}", source=source)


def iter_lines(
    path: StrPath, max_bytes: int = MAX_LINE_BYTES
) -> Iterator[tuple[int, bytes | TooLong]]:
    """(line number, bytes without the line break) of each non-blank line."""
    source = os.fspath(path)
    try:
        with open(path, "rb") as stream:
            number = 0
            while True:
                data = stream.readline(max_bytes + 1)
                if not data:
                    return
                number += 1
                if len(data) > max_bytes and not (
                    len(data) == max_bytes + 1 and data.endswith(b"\n")
                ):
                    size = len(data)
                    while not data.endswith(b"\n"):
                        data = stream.readline(_DRAIN_CHUNK)
                        if not data:
                            break
                        size += len(data)
                    yield number, TooLong(size - data.endswith(b"\n"))
                    continue
                if data.endswith(b"\n"):
                    data = data[:-1]
                if data.endswith(b"\r"):
                    data = data[:-1]
                if data.strip():
                    yield number, data
    except OSError as exc:
        raise input_error(exc, source) from None


def parse_line(source: str, line: int, data: bytes | TooLong, max_bytes: int) -> JsonLine:
    """Decode one raw line into a JSON object, or raise LineInvalid saying why not."""
    if isinstance(data, TooLong):
        raise line_invalid(
            SkipReason.TOO_LONG,
            f"{data.size} bytes, longer than any valid line (at most {max_bytes})",
            source,
            line,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # 1-based, like the JSON column numbers.
        raise line_invalid(
            SkipReason.INVALID_UTF8, f"invalid UTF-8 at byte {exc.start + 1}", source, line
        ) from None
    if line == 1:
        text = text.removeprefix("\ufeff")
    try:
        obj = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (column {exc.colno})"
        raise line_invalid(SkipReason.BAD_JSON, message, source, line) from None
    except RecursionError:
        message = "not valid JSON: nested too deeply"
        raise line_invalid(SkipReason.BAD_JSON, message, source, line) from None
    except ValueError as exc:  # a duplicate key, or an integer too long to convert
        raise line_invalid(SkipReason.BAD_JSON, f"not valid JSON: {exc}", source, line) from None
    # Valid UTF-8 holds no surrogate; only a \u escape can spell one.
    return JsonLine(source, line, obj, check_surrogates=b"\\u" in data)


def line_invalid(
    reason: SkipReason,
    message: str,
    source: str | None,
    line: int | None,
    field: str | None = None,
) -> LineInvalid:
    return LineInvalid(reason, InputError(message, source=source, line=line, field=field))


class JsonLine:
    """One JSON object with where it came from, and typed access to its fields."""

    __slots__ = ("check_surrogates", "line", "obj", "source")

    def __init__(
        self, source: str | None, line: int | None, obj: object, *, check_surrogates: bool = True
    ) -> None:
        self.source = source
        self.line = line
        self.check_surrogates = check_surrogates
        if not isinstance(obj, dict):
            raise self.invalid(SkipReason.WRONG_TYPE, f"not a JSON object but {json_type(obj)}")
        self.obj: dict[str, Any] = obj

    def invalid(self, reason: SkipReason, message: str, field: str | None = None) -> LineInvalid:
        return line_invalid(reason, message, self.source, self.line, field)

    def required_str(self, name: str) -> str:
        if name not in self.obj:
            raise self.invalid(SkipReason.MISSING_FIELD, "missing", name)
        value = self.obj[name]
        if not isinstance(value, str):
            raise self.invalid(
                SkipReason.WRONG_TYPE, f"must be a string, not {json_type(value)}", name
            )
        return self._checked(name, value)

    def optional_str(self, name: str) -> str | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.invalid(
                SkipReason.WRONG_TYPE, f"must be a string or null, not {json_type(value)}", name
            )
        return self._checked(name, value)

    def str_list(self, name: str) -> list[str] | None:
        value = self.obj.get(name)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.invalid(
                SkipReason.WRONG_TYPE, f"must be a list of strings, not {json_type(value)}", name
            )
        for index, item in enumerate(value, 1):
            if not isinstance(item, str):
                raise self.invalid(
                    SkipReason.WRONG_TYPE,
                    f"item {index} must be a string, not {json_type(item)}",
                    name,
                )
            self._checked(name, item)
        return value

    def _checked(self, name: str, value: str) -> str:
        # JSON can spell a lone UTF-16 surrogate (\ud800); no valid text holds one, and it
        # would break every later UTF-8 encoding of the event (hashing, logging, export).
        if not self.check_surrogates:
            return value
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise self.invalid(
                SkipReason.BAD_VALUE, f"lone surrogate at character {exc.start + 1}", name
            ) from None
        return value


def quote(value: str, limit: int = 60) -> str:
    """A value for an error message: quoted, and short enough for one line."""
    if len(value) > limit:
        return repr(value[:limit]) + "..."
    return repr(value)


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key would make the line mean different things to different
    # readers; for evidence that ambiguity is not acceptable.
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(f"duplicate key {quote(key)}")
            seen.add(key)
    return obj


_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicate_keys)
