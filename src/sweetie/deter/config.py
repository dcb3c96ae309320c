"""The policy's settings: the `[policy]` section of sweetie.toml, checked when read.

Every threshold of the ladder is configuration, so a deployment can be stricter than the
defaults; a bad value is a one-line ConfigError naming the field, never a traceback.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sweetie.detect.rules import CATEGORIES
from sweetie.events import ConfigError

__all__ = ["MODES", "PolicyConfig"]

MODES = ("platform", "deterrence", "investigation")
# The cue categories (sweetie.detect.rules.CATEGORIES) that make an approach the most severe:
# asking for a younger child. Such a subject goes to human review at once.
DEFAULT_ESCALATE_CUES = ("younger_child",)


@dataclass(frozen=True, slots=True)
class PolicyConfig:
    """How the ladder acts. Defaults suit the `deterrence` mode."""

    # A warn-level assessment counts when its level is WARN (the model's calibrated threshold)
    # and, if this is set, its score is at least this: a deployment can only be stricter.
    warn_threshold: float | None = None
    # After a warning, further warn-level assessments within this many seconds do not move
    # the ladder (the reader gets time to read); they are recorded as SUPPRESSED.
    cooldown_seconds: float = 600.0
    # Warnings per subject in any 24 hours; more are recorded as SUPPRESSED.
    max_warnings_per_day: int = 2
    # In `investigation` mode nothing is sent unless this is true (not to tip off a suspect).
    warn_in_investigation: bool = False
    # A subject who offers a child (label facilitation) goes to human review at once.
    escalate_on_facilitation: bool = True
    # Cue categories that send a subject to human review at once (the highest severity).
    escalate_cues: tuple[str, ...] = DEFAULT_ESCALATE_CUES
    # Optionally, an assessment score that sends a subject to review at once (off by default:
    # calibrated scores of clear solicitation sit near 1 and would skip the warnings).
    escalate_score: float | None = None

    def __post_init__(self) -> None:
        for name in ("warn_threshold", "escalate_score"):
            value = getattr(self, name)
            if value is not None and not 0.0 <= value <= 1.0:
                raise ConfigError(f"{name}: {value} is not between 0 and 1")
        if not math.isfinite(self.cooldown_seconds) or self.cooldown_seconds < 0:
            raise ConfigError(f"cooldown_seconds: {self.cooldown_seconds} must be 0 or more")
        if self.max_warnings_per_day < 0:
            raise ConfigError(f"max_warnings_per_day: {self.max_warnings_per_day} is negative")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any], where: str) -> PolicyConfig:
        """Read `[policy]`; `where` names the section in errors ("sweetie.toml [policy]")."""
        if not isinstance(mapping, Mapping):
            raise ConfigError(f"{where}: must be a table of settings, got {mapping!r}")
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for name, value in mapping.items():
            if name not in known:
                raise ConfigError(f"{where}: {name}: unknown setting (known: {sorted(known)})")
            values[name] = _check(name, value, where)
        try:
            return cls(**values)
        except ConfigError as exc:
            raise ConfigError(f"{where}: {exc}") from None


def _check(name: str, value: Any, where: str) -> Any:
    def bad(expected: str) -> ConfigError:
        return ConfigError(f"{where}: {name}: expected {expected}, got {value!r}")

    if name in ("warn_threshold", "escalate_score", "cooldown_seconds"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise bad("a number")
        return float(value)
    if name == "max_warnings_per_day":
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("a whole number")
        return value
    if name in ("warn_in_investigation", "escalate_on_facilitation"):
        if not isinstance(value, bool):
            raise bad("true or false")
        return value
    if name == "escalate_cues":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise bad("a list of cue categories")
        unknown = sorted(set(value) - set(CATEGORIES))
        if unknown:
            raise bad(f"cue categories of the rule packs (unknown: {', '.join(unknown)})")
        return tuple(value)
    raise bad("a value")  # pragma: no cover - every field is handled above
