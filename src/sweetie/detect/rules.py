"""Indicator rules and the per-language packs they come in.

A rule is a regular expression over normalised chat text (see `normalise`) that signals
one category of cue. Rules are data: they live in YAML packs, one per language, under
`sweetie/detect/packs/`, and are checked here when loaded so that a bad pack is refused
with `file:line: field: message` before it can run.

Every pattern must compile with both Python's `re` and RE2: the matcher runs all rules at
once as one RE2 automaton (linear time on hostile input), so lookarounds and
backreferences, which RE2 lacks, are refused.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import re2

from sweetie.detect.yaml_loader import LineDict, LineList, load_yaml_bytes, load_yaml_file
from sweetie.events import RulePackError

__all__ = [
    "AGE_WORDS",
    "CATEGORIES",
    "MAX_WEIGHT",
    "SUBJECTS",
    "Rule",
    "RuleError",
    "RulePack",
    "compile_re2",
    "load_builtin_packs",
    "load_pack",
]

CATEGORIES: tuple[str, ...] = (
    "stated_age",  # someone states an age (own or a child's); the detector judges the number
    "school",  # presents as a minor through school life, without an age
    "age_question",
    "cam_request",
    "payment",
    "remittance",
    "secrecy",
    "isolation",
    "private_app",
    "younger_child",
    "offer",  # facilitation: an adult offering a child
    "discussion",  # talk about the crime (news, reports), not doing it: negative
    "adult_context",  # an ordinary adult role (parent, teacher): small negative
)
SUBJECTS: tuple[str, ...] = ("self", "other")
MAX_WEIGHT = 3.0
# Ages children write out in words, in the packs' languages (normalised: no diacritics): a
# stated_age rule may capture one of these instead of digits.
AGE_WORDS = {
    **dict.fromkeys(("eight", "acht", "ocho", "otso"), 8),
    **dict.fromkeys(("nine", "negen", "neun", "nueve", "nuwebe"), 9),
    **dict.fromkeys(("ten", "tien", "zehn", "diez", "dyes", "diyes", "napulo"), 10),
    **dict.fromkeys(("eleven", "elf", "once", "onse"), 11),
    **dict.fromkeys(("twelve", "twaalf", "zwolf", "doce", "dose"), 12),
    **dict.fromkeys(("thirteen", "dertien", "dreizehn", "trece", "trese"), 13),
    **dict.fromkeys(("fourteen", "veertien", "vierzehn", "catorce", "katorse"), 14),
    **dict.fromkeys(("fifteen", "vijftien", "funfzehn", "quince", "kinse"), 15),
}

_LANGUAGE = re.compile(r"[a-z]{2,3}")
_ID = re.compile(r"(?P<lang>[a-z]{2,3})\.(?P<category>[a-z_]+)\.(?P<name>[a-z0-9_]+)")
# A pattern that matches nothing at some position of these matches "" somewhere: it would
# fire on every message.
_EMPTY_PROBES = ("", " ", "a", "ab cd", "12", "a. b? 1")


class RuleError(ValueError):
    """A rule that breaks an invariant; `field` names the offending field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def compile_re2(pattern: str) -> Any:
    """Compile with RE2 the way the matcher will run it; raises RuleError if RE2 refuses."""
    options = re2.Options()
    options.log_errors = False  # we report the error ourselves, on one line
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise RuleError(
            "pattern",
            f"not valid in RE2 ({detail}); lookarounds and backreferences are not allowed",
        ) from None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str  # "<language>.<category>.<name>", unique across all packs
    category: str
    language: str
    pattern: str  # matched against normalised text
    weight: float  # in [-3, 3]; negative for cues that speak against offending
    description: str
    examples: tuple[str, ...]  # raw chat text that must match after normalisation
    counter_examples: tuple[str, ...] = ()  # raw chat text that must not match
    value_group: str | None = None  # named group whose text is the indicator's value
    subject: str | None = None  # stated_age only: whose age, "self" or "other"
    line: int = 0  # where the rule starts in its pack file

    def __post_init__(self) -> None:
        if not _LANGUAGE.fullmatch(self.language):
            raise RuleError("language", f"{self.language!r} is not a 2-3 letter language code")
        if self.category not in CATEGORIES:
            raise RuleError(
                "category", f"unknown category {self.category!r}; one of: {', '.join(CATEGORIES)}"
            )
        parts = _ID.fullmatch(self.id)
        if parts is None:
            raise RuleError(
                "id", f"{self.id!r} is not <language>.<category>.<name> (lowercase, digits, _)"
            )
        if parts["lang"] != self.language:
            raise RuleError(
                "id", f"{self.id!r} does not start with the pack language {self.language!r}"
            )
        if parts["category"] != self.category:
            raise RuleError("id", f"{self.id!r} does not name its category {self.category!r}")
        if isinstance(self.weight, bool) or not isinstance(self.weight, int | float):
            raise RuleError("weight", f"{self.weight!r} is not a number")
        if not (math.isfinite(self.weight) and -MAX_WEIGHT <= self.weight <= MAX_WEIGHT):
            raise RuleError("weight", f"{self.weight} is outside [-{MAX_WEIGHT}, {MAX_WEIGHT}]")
        if not self.description.strip():
            raise RuleError("description", "must not be empty")
        if not self.examples:
            raise RuleError("examples", "needs at least one example")
        compiled = self._check_pattern()
        if self.value_group is not None and self.value_group not in compiled.groupindex:
            raise RuleError(
                "value_group", f"{self.value_group!r} is not a named group of the pattern"
            )
        if self.subject is not None and self.subject not in SUBJECTS:
            raise RuleError("subject", f"{self.subject!r} is not one of: {', '.join(SUBJECTS)}")
        if self.category == "stated_age":
            if self.subject is None:
                raise RuleError("subject", "a stated_age rule must say whose age: self or other")
            if self.value_group is None:
                raise RuleError("value_group", "a stated_age rule must capture the age")
        elif self.subject is not None:
            raise RuleError("subject", "only stated_age rules have a subject")

    def _check_pattern(self) -> re.Pattern[str]:
        if not self.pattern:
            raise RuleError("pattern", "must not be empty")
        try:
            compiled = re.compile(self.pattern)
        except re.error as exc:
            raise RuleError("pattern", f"not a valid regular expression: {exc}") from None
        compile_re2(self.pattern)
        for probe in _EMPTY_PROBES:
            if any(m.start() == m.end() for m in compiled.finditer(probe)):
                raise RuleError("pattern", "matches the empty string")
        return compiled


@dataclass(frozen=True)
class RulePack:
    language: str
    name: str
    source: str
    rules: tuple[Rule, ...]


_PACK_KEYS = {"language": str, "name": str, "rules": list}
_RULE_REQUIRED = ("id", "category", "pattern", "weight", "description", "examples")
_RULE_OPTIONAL = ("counter_examples", "value_group", "subject")


def _type_name(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false (quote it if you mean text)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


def _string(value: object, source: str, line: int, field: str) -> str:
    if not isinstance(value, str):
        raise RulePackError(
            f"expected text, got {_type_name(value)}", source=source, line=line, field=field
        )
    if not value.strip():
        raise RulePackError("must not be empty", source=source, line=line, field=field)
    return value


def _strings(value: object, source: str, line: int, field: str) -> tuple[str, ...]:
    if not isinstance(value, LineList):
        raise RulePackError(
            f"expected a list of texts, got {_type_name(value)}",
            source=source,
            line=line,
            field=field,
        )
    return tuple(
        _string(item, source, value.line_of(i), f"{field}[{i}]") for i, item in enumerate(value)
    )


def _rule(raw: object, language: str, source: str, line: int, where: str) -> Rule:
    if not isinstance(raw, LineDict):
        raise RulePackError(
            f"a rule must be a mapping, got {_type_name(raw)}",
            source=source,
            line=line,
            field=where,
        )
    for key in raw:
        if key not in _RULE_REQUIRED and key not in _RULE_OPTIONAL:
            raise RulePackError(
                f"unknown key; expected: {', '.join(_RULE_REQUIRED + _RULE_OPTIONAL)}",
                source=source,
                line=raw.line_of(key),
                field=f"{where}.{key}",
            )
    for key in _RULE_REQUIRED:
        if key not in raw:
            raise RulePackError(
                "missing required key", source=source, line=raw.line, field=f"{where}.{key}"
            )

    def text(key: str) -> str:
        return _string(raw[key], source, raw.line_of(key), f"{where}.{key}")

    def optional_text(key: str) -> str | None:
        return None if raw.get(key) is None else text(key)

    weight = raw["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise RulePackError(
            f"expected a number, got {_type_name(weight)}",
            source=source,
            line=raw.line_of("weight"),
            field=f"{where}.weight",
        )
    counter = raw.get("counter_examples")
    try:
        return Rule(
            id=text("id"),
            category=text("category"),
            language=language,
            pattern=text("pattern"),
            weight=float(weight),
            description=text("description"),
            examples=_strings(
                raw["examples"], source, raw.line_of("examples"), f"{where}.examples"
            ),
            counter_examples=()
            if counter is None
            else _strings(
                counter, source, raw.line_of("counter_examples"), f"{where}.counter_examples"
            ),
            value_group=optional_text("value_group"),
            subject=optional_text("subject"),
            line=raw.line,
        )
    except RuleError as exc:
        key = exc.field if exc.field in raw else "id"
        raise RulePackError(
            exc.message, source=source, line=raw.line_of(key), field=f"{where}.{exc.field}"
        ) from None


def _pack(data: object, source: str) -> RulePack:
    if not isinstance(data, LineDict):
        line = data.line if isinstance(data, LineList) else 1
        raise RulePackError(
            f"a rule pack must be a mapping with language, name and rules, got {_type_name(data)}",
            source=source,
            line=line,
        )
    for key in data:
        if key not in _PACK_KEYS:
            raise RulePackError(
                f"unknown key; expected: {', '.join(_PACK_KEYS)}",
                source=source,
                line=data.line_of(key),
                field=key,
            )
    for key, kind in _PACK_KEYS.items():
        if key not in data:
            raise RulePackError("missing required key", source=source, line=data.line, field=key)
        if not isinstance(data[key], kind):
            expected = "a list of rules" if kind is list else "text"
            raise RulePackError(
                f"expected {expected}, got {_type_name(data[key])}",
                source=source,
                line=data.line_of(key),
                field=key,
            )
    language = _string(data["language"], source, data.line_of("language"), "language")
    if not _LANGUAGE.fullmatch(language):
        raise RulePackError(
            f"{language!r} is not a 2-3 letter lowercase language code",
            source=source,
            line=data.line_of("language"),
            field="language",
        )
    name = _string(data["name"], source, data.line_of("name"), "name")
    raw_rules: LineList = data["rules"]
    if not raw_rules:
        raise RulePackError(
            "a pack needs at least one rule",
            source=source,
            line=data.line_of("rules"),
            field="rules",
        )
    rules: list[Rule] = []
    first_line: dict[str, int] = {}
    for i, raw in enumerate(raw_rules):
        rule = _rule(raw, language, source, raw_rules.line_of(i), f"rules[{i}]")
        if rule.id in first_line:
            line = raw.line_of("id") if isinstance(raw, LineDict) else rule.line
            raise RulePackError(
                f"duplicate id {rule.id!r} (first at line {first_line[rule.id]})",
                source=source,
                line=line,
                field=f"rules[{i}].id",
            )
        first_line[rule.id] = rule.line
        rules.append(rule)
    return RulePack(language=language, name=name, source=source, rules=tuple(rules))


def load_pack(path: Path) -> RulePack:
    """Load and check one pack file; any problem is a one-line RulePackError."""
    return _pack(load_yaml_file(path), str(path))


def _check_across(packs: Iterable[RulePack]) -> None:
    seen_ids: dict[str, RulePack] = {}
    seen_languages: dict[str, RulePack] = {}
    for pack in packs:
        if pack.language in seen_languages:
            raise RulePackError(
                f"a second pack for {pack.language!r} (the first is "
                f"{seen_languages[pack.language].source})",
                source=pack.source,
                field="language",
            )
        seen_languages[pack.language] = pack
        for rule in pack.rules:
            if rule.id in seen_ids:
                raise RulePackError(
                    f"duplicate id {rule.id!r} (also in {seen_ids[rule.id].source})",
                    source=pack.source,
                    line=rule.line,
                    field="id",
                )
            seen_ids[rule.id] = pack


def load_builtin_packs() -> tuple[RulePack, ...]:
    """Every pack shipped in sweetie/detect/packs, in language order."""
    folder = resources.files("sweetie.detect").joinpath("packs")
    packs: list[RulePack] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml") or not entry.is_file():
            continue
        source = f"sweetie/detect/packs/{entry.name}"
        packs.append(_pack(load_yaml_bytes(entry.read_bytes(), source), source))
    packs.sort(key=lambda p: p.language)
    _check_across(packs)
    return tuple(packs)
