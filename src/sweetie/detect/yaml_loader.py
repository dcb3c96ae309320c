"""A strict, safe YAML reader for rule packs that remembers where every value was.

Rule packs are data that people edit by hand and send in; a mistake in one must be reported
as `file:line: field: message`, never as a traceback. PyYAML's SafeLoader is extended to
  * refuse duplicate keys (plain YAML silently keeps the last one, hiding an edit),
  * refuse aliases (`*name`), which packs never need and which make nested expansion cheap
    to abuse,
  * build mappings and sequences that carry the line of each key and item.
YAML errors are translated into `RulePackError` here, at the boundary.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from sweetie.events import RulePackError

__all__ = ["LineDict", "LineList", "load_yaml", "load_yaml_bytes", "load_yaml_file"]

# A pack is a few hundred lines; anything near this size is not a rule pack.
MAX_PACK_BYTES = 2_000_000


class LineDict(dict[str, Any]):
    """A YAML mapping with the (1-based) line of the mapping and of each of its keys."""

    __slots__ = ("line", "lines")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: dict[str, int] = {}

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LineList(list[Any]):
    """A YAML sequence with the (1-based) line of the sequence and of each item."""

    __slots__ = ("line", "lines")

    def __init__(self, line: int) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class DuplicateKeyError(ConstructorError):
    def __init__(self, key: str, first_line: int, node: Node) -> None:
        super().__init__(
            None, None, f"duplicate key (first given at line {first_line})", node.start_mark
        )
        self.key = key


class _PackLoader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        # Where construction is, as a field path ("rules[2].weight"), to name a duplicate key.
        self.path: list[str] = []

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise ComposerError(
                None, None, "aliases (*name) are not allowed in rule packs", event.start_mark
            )
        return super().compose_node(parent, index)


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _field(path: list[str], key: str) -> str:
    return "".join([*path, key if not path else f".{key}"])


def _construct_map(loader: _PackLoader, node: Node) -> LineDict:
    assert isinstance(node, MappingNode)
    result = LineDict(_line(node))
    for key_node, value_node in node.value:
        if not isinstance(key_node, ScalarNode):
            raise ConstructorError(None, None, "a key must be a plain string", key_node.start_mark)
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            # `yes:` or `1:` as a key is a typo for a field name, not a field.
            raise ConstructorError(
                None, None, f"key {key_node.value!r} must be a string", key_node.start_mark
            )
        if key in result:
            raise DuplicateKeyError(_field(loader.path, key), result.lines[key], key_node)
        loader.path.append(key if not loader.path else f".{key}")
        result[key] = loader.construct_object(value_node, deep=True)
        loader.path.pop()
        result.lines[key] = _line(key_node)
    return result


def _construct_seq(loader: _PackLoader, node: Node) -> LineList:
    assert isinstance(node, SequenceNode)
    result = LineList(_line(node))
    for index, item in enumerate(node.value):
        loader.path.append(f"[{index}]")
        result.append(loader.construct_object(item, deep=True))
        loader.path.pop()
        result.lines.append(_line(item))
    return result


_PackLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_PackLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def load_yaml(text: str, source: str) -> Any:
    """Parse one YAML document; mappings come back as LineDict, sequences as LineList."""
    loader = _PackLoader(text)
    try:
        return loader.get_single_data()
    except DuplicateKeyError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise RulePackError(
            exc.problem or "duplicate key", source=source, line=line, field=exc.key
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = "; ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise RulePackError(f"invalid YAML: {message}", source=source, line=line) from None
    except yaml.YAMLError as exc:
        raise RulePackError(f"invalid YAML: {exc}", source=source) from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path, source: str | None = None) -> Any:
    """Read and parse a YAML file; every failure is a RulePackError naming the file."""
    name = str(path) if source is None else source
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PACK_BYTES + 1)
    except OSError as exc:
        raise RulePackError(f"cannot read: {exc.strerror or exc}", source=name) from None
    if len(data) > MAX_PACK_BYTES:
        raise RulePackError(f"larger than {MAX_PACK_BYTES} bytes", source=name)
    return load_yaml_bytes(data, name)


def load_yaml_bytes(data: bytes, source: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RulePackError("not UTF-8 text", source=source, line=line) from None
    return load_yaml(text, source)
