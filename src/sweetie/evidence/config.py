"""The evidence log's settings: checkpoint cadence and RFC 3161 timestamping.

The `[evidence]` section of sweetie.toml, read by `EvidenceConfig.from_mapping`:
```toml
[evidence]
checkpoint_every = 10000             # sign a tree head at least every this many entries
checkpoint_interval_seconds = 300.0  # ... and at least this often while entries arrive
tsa_url = "https://tsa.example/tsr"  # optional: timestamp each checkpoint there
tsa_timeout = 20.0                   # seconds to wait for the authority
```
"""

from __future__ import annotations

import math
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sweetie.events import ConfigError

__all__ = ["EvidenceConfig"]


@dataclass(frozen=True, slots=True)
class EvidenceConfig:
    checkpoint_every: int = 10_000
    checkpoint_interval_seconds: float = 300.0
    tsa_url: str | None = None
    tsa_timeout: float = 20.0

    def __post_init__(self) -> None:
        self._check("evidence")

    def _check(self, where: str) -> None:
        every = self.checkpoint_every
        if type(every) is not int or every < 1:
            raise ConfigError(f"{where}: checkpoint_every: not a positive integer: {every!r}")
        for name in ("checkpoint_interval_seconds", "tsa_timeout"):
            value = getattr(self, name)
            if not _positive_number(value):
                raise ConfigError(f"{where}: {name}: not a positive number of seconds: {value!r}")
        url = self.tsa_url
        if url is not None:
            if not isinstance(url, str):
                raise ConfigError(f"{where}: tsa_url: not a URL: {url!r}")
            parts = urllib.parse.urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ConfigError(f"{where}: tsa_url: not an http(s) URL: {url!r}")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any], where: str) -> EvidenceConfig:
        """The settings in `mapping` (the parsed [evidence] table); defaults for the rest.

        `where` names the section in errors, e.g. "sweetie.toml [evidence]": every bad or
        unknown field is a ConfigError of one line naming it.
        """
        if not isinstance(mapping, Mapping):
            raise ConfigError(f"{where}: not a table of settings")
        unknown = sorted(str(k) for k in mapping if k not in _FIELDS)
        if unknown:
            raise ConfigError(
                f"{where}: {unknown[0]}: unknown setting (known: {', '.join(_FIELDS)})"
            )
        values = dict(mapping)
        tsa_url = values.get("tsa_url")
        if tsa_url == "":
            values["tsa_url"] = None  # an empty value switches timestamping off
        for name in ("checkpoint_interval_seconds", "tsa_timeout"):
            # TOML writes 300 as an integer: seconds may be given either way
            value = values.get(name)
            if type(value) is int and _positive_number(value):
                values[name] = float(value)
        config = object.__new__(cls)
        defaults = cls()
        for name in _FIELDS:
            object.__setattr__(config, name, values.get(name, getattr(defaults, name)))
        config._check(where)
        return config


_FIELDS = ("checkpoint_every", "checkpoint_interval_seconds", "tsa_url", "tsa_timeout")


def _positive_number(value: object) -> bool:
    if type(value) not in (int, float):  # not bool, not a string of digits
        return False
    number = float(value)  # type: ignore[arg-type]
    return math.isfinite(number) and number > 0
