"""Reading event files by format name, as `sweetie scan --format` names them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from sweetie.connectors.chat_jsonl import read_chat_jsonl
from sweetie.connectors.jsonl import StrPath
from sweetie.connectors.pan12 import read_pan12
from sweetie.connectors.skips import SkipReport
from sweetie.events import ChatEvent, ConfigError

Reader = Callable[..., Iterator[ChatEvent]]

READERS: dict[str, Reader] = {
    "chat-jsonl": read_chat_jsonl,
    "pan12": read_pan12,
}
FORMATS = tuple(READERS)


def read_events(
    paths: StrPath | Iterable[StrPath],
    fmt: str = "chat-jsonl",
    *,
    skip_invalid: bool = False,
    report: SkipReport | None = None,
) -> Iterator[ChatEvent]:
    """The events of each file in turn, read as `fmt` ("chat-jsonl" or "pan12").

    An unknown format is a usage error (ConfigError), raised before anything is read.
    """
    reader = READERS.get(fmt)
    if reader is None:
        raise ConfigError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")
    # A single path is itself iterable (a str by character); never iterate it.
    files = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    return _chain(reader, files, skip_invalid, report)


def _chain(
    reader: Reader, files: list[StrPath], skip_invalid: bool, report: SkipReport | None
) -> Iterator[ChatEvent]:
    for path in files:
        yield from reader(path, skip_invalid=skip_invalid, report=report)
