"""Every error Sweetie raises on purpose, in one tree.

    SweetieError                  base; never shown as a traceback by the CLI
    ├── InputError                bad input: names where (file:line, field); exit 2
    │   ├── RulePackError         a malformed indicator rule pack
    │   └── ModelFileError        a model file that cannot be loaded
    ├── ConfigError               bad configuration or usage; exit 2
    └── VerificationError         the evidence log or a bundle does not verify; exit 1

Third-party exceptions (YAML, XML, JSON, SQLAlchemy) are translated into these at the
boundary where they happen, so callers only ever catch ours.
"""

from __future__ import annotations


class SweetieError(Exception):
    """Base of every deliberate Sweetie error."""

    exit_code = 2


class InputError(SweetieError):
    """Bad input, with where it is: `file:line: field: message`."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.field = field
        super().__init__(self.one_line())

    @property
    def where(self) -> str:
        parts: list[str] = []
        if self.source is not None:
            parts.append(self.source if self.line is None else f"{self.source}:{self.line}")
        if self.field is not None:
            parts.append(self.field)
        return ": ".join(parts)

    def one_line(self) -> str:
        where = self.where
        text = f"{where}: {self.message}" if where else self.message
        # One line, always: a message that quotes input must not break a log line.
        return " ".join(text.split())


class RulePackError(InputError):
    """A malformed indicator rule pack."""


class ModelFileError(InputError):
    """A model file that is missing, corrupt or of an unknown version."""


class ConfigError(SweetieError):
    """Bad configuration or bad usage."""


class VerificationError(SweetieError):
    """The evidence log or an exported bundle does not verify."""

    exit_code = 1
