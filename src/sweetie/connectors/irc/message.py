"""IRC messages: RFC 1459/2812 framing with IRCv3 message tags, parsed and written.

    message = ["@" tags SPACE] [":" prefix SPACE] command *(SPACE param) [SPACE ":" trailing]

Parsing is lenient where real servers are (runs of spaces, a bare LF, a trailing parameter
that is the only one) and strict where safety needs it: a line we write can never carry a
CR, LF or NUL, so text from a catalog cannot smuggle a second command onto the wire.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "MAX_LINE_BYTES",
    "CtcpMessage",
    "Message",
    "MessageError",
    "Prefix",
    "casefold",
    "escape_tag_value",
    "parse_ctcp",
    "parse_message",
    "unescape_tag_value",
]

# RFC 1459: 512 bytes with CRLF for everything but the tags; IRCv3 adds up to 8191 for tags.
MAX_LINE_BYTES = 512
MAX_TAGS_BYTES = 8191


def _has_forbidden(text: str) -> bool:
    """CR, LF or NUL: three substring tests in C (every captured line comes through here)."""
    return "\r" in text or "\n" in text or "\0" in text


class MessageError(ValueError):
    """A line that is not an IRC message, or a message that cannot be written as one."""


_TAG_UNESCAPE = {":": ";", "s": " ", "\\": "\\", "r": "\r", "n": "\n"}
_TAG_ESCAPE = {";": "\\:", " ": "\\s", "\\": "\\\\", "\r": "\\r", "\n": "\\n"}


def unescape_tag_value(value: str) -> str:
    """IRCv3 tag value unescaping: `\\:` is `;`, `\\s` a space; an unknown escape is the
    character itself and a lone trailing backslash is dropped (as the spec says)."""
    if "\\" not in value:
        return value
    out: list[str] = []
    i = 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            if i + 1 < len(value):
                nxt = value[i + 1]
                out.append(_TAG_UNESCAPE.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def escape_tag_value(value: str) -> str:
    return "".join(_TAG_ESCAPE.get(ch, ch) for ch in value)


def casefold(nick: str, casemapping: str = "rfc1459") -> str:
    """Nick and channel comparison as the server does it (ISUPPORT CASEMAPPING)."""
    lowered = nick.lower() if casemapping != "ascii" else _ascii_lower(nick)
    if casemapping == "rfc1459":
        return lowered.translate(_RFC1459)
    if casemapping == "strict-rfc1459":
        return lowered.translate(_STRICT_RFC1459)
    return lowered


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_RFC1459 = str.maketrans("[]\\~", "{}|^")
_STRICT_RFC1459 = str.maketrans("[]\\", "{}|")


@dataclass(frozen=True, slots=True)
class Prefix:
    """Who sent a message: `nick!user@host` for a user, a server name otherwise."""

    raw: str

    @property
    def nick(self) -> str:
        return self.raw.split("!", 1)[0].split("@", 1)[0]

    @property
    def user(self) -> str | None:
        if "!" not in self.raw:
            return None
        return self.raw.split("!", 1)[1].split("@", 1)[0]

    @property
    def host(self) -> str | None:
        return self.raw.split("@", 1)[1] if "@" in self.raw else None

    @property
    def is_user(self) -> bool:
        """A user's prefix carries `!` or `@`; a server's is a bare name with a dot."""
        return "!" in self.raw or "@" in self.raw or "." not in self.raw


@dataclass(frozen=True, slots=True)
class Message:
    """One IRC message. `params` holds every parameter, the trailing one last."""

    command: str
    params: tuple[str, ...] = ()
    prefix: str | None = None
    tags: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.command or not (self.command.isalpha() or _is_numeric(self.command)):
            raise MessageError(f"command: {self.command!r} is not a command or a numeric")
        if not self.command.isascii():
            raise MessageError(f"command: {self.command!r} is not ASCII")
        object.__setattr__(self, "command", self.command.upper())
        if _has_forbidden("".join((*self.params, self.prefix or "", *self.tags))):
            raise MessageError("a message must not contain CR, LF or NUL")
        for value in self.tags.values():
            if "\0" in value:
                raise MessageError("a tag value must not contain NUL")
        for key in self.tags:
            if not key or any(ch in key for ch in " ;="):
                raise MessageError(f"tag: {key!r} is not a tag name")
        if self.prefix is not None and (not self.prefix or " " in self.prefix):
            raise MessageError(f"prefix: {self.prefix!r} is not a prefix")
        for i, param in enumerate(self.params[:-1]):
            if not param or " " in param or param.startswith(":"):
                raise MessageError(
                    f"param {i}: {param!r} can only be the last (trailing) parameter"
                )

    @property
    def source(self) -> Prefix | None:
        return None if self.prefix is None else Prefix(self.prefix)

    def to_line(self) -> str:
        """The message as one line, without the CRLF."""
        parts: list[str] = []
        if self.tags:
            parts.append(
                "@"
                + ";".join(
                    k if v == "" else f"{k}={escape_tag_value(v)}" for k, v in self.tags.items()
                )
            )
        if self.prefix is not None:
            parts.append(":" + self.prefix)
        parts.append(self.command)
        if self.params:
            *middle, last = self.params
            parts.extend(middle)
            if not last or " " in last or last.startswith(":"):
                last = ":" + last
            parts.append(last)
        return " ".join(parts)

    def to_bytes(self) -> bytes:
        """The line as sent, with CRLF; refuses one longer than the servers accept."""
        data = self.to_line().encode("utf-8") + b"\r\n"
        body = data
        if self.tags:
            tags_end = data.index(b" ") + 1
            if tags_end > MAX_TAGS_BYTES:
                raise MessageError(f"tags: {tags_end} bytes, more than {MAX_TAGS_BYTES}")
            body = data[tags_end:]
        if len(body) > MAX_LINE_BYTES:
            raise MessageError(f"line: {len(body)} bytes, more than {MAX_LINE_BYTES}")
        return data


def _is_numeric(command: str) -> bool:
    return len(command) == 3 and command.isdigit()


def parse_message(line: str) -> Message:
    """One line (CRLF or LF already stripped or not) as a Message; MessageError if it is not
    one. Tags are unescaped; a tag given twice keeps its last value (IRCv3)."""
    line = line.rstrip("\r\n")
    if _has_forbidden(line):
        raise MessageError("a line must not contain CR, LF or NUL")
    rest = line.lstrip(" ")
    tags: dict[str, str] = {}
    if rest.startswith("@"):
        raw_tags, _, rest = rest[1:].partition(" ")
        for item in raw_tags.split(";"):
            if not item:
                continue
            key, _, value = item.partition("=")
            if not key:
                raise MessageError(f"tag: empty name in {raw_tags!r}")
            tags[key] = unescape_tag_value(value)
        rest = rest.lstrip(" ")
    prefix: str | None = None
    if rest.startswith(":"):
        prefix, _, rest = rest[1:].partition(" ")
        if not prefix:
            raise MessageError("prefix: empty")
        rest = rest.lstrip(" ")
    trailing: str | None = None
    head, sep, tail = rest.partition(" :")
    if rest.startswith(":"):
        raise MessageError("command: missing")
    if sep:
        trailing = tail
    words = [w for w in head.split(" ") if w]  # only spaces separate; a tab is text
    if not words:
        raise MessageError("command: missing")
    command, *params = words
    if trailing is not None:
        params.append(trailing)
    try:
        return Message(command, tuple(params), prefix, tags)
    except MessageError:
        raise
    except ValueError as exc:  # pragma: no cover - Message raises MessageError
        raise MessageError(str(exc)) from None


def decode_line(data: bytes) -> str:
    """Bytes off the wire as text: UTF-8, else Latin-1 (older clients), never an error."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


@dataclass(frozen=True, slots=True)
class CtcpMessage:
    """A CTCP request or reply inside a PRIVMSG or NOTICE: `\\x01COMMAND args\\x01`."""

    command: str
    args: str


def parse_ctcp(text: str) -> CtcpMessage | None:
    """The CTCP message `text` carries, or None if it is plain text. The closing `\\x01` is
    optional (some clients leave it off)."""
    if not text.startswith("\x01"):
        return None
    body = text[1:]
    if body.endswith("\x01"):
        body = body[:-1]
    command, _, args = body.partition(" ")
    return CtcpMessage(command.upper(), args)
