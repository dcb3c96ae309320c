"""What a pattern module finds in one text, before it is tied to an event and a sender."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Found"]


@dataclass(frozen=True, slots=True)
class Found:
    kind: str  # an IdentifierKind value
    value: str  # normalised
    start: int  # span in the original text
    end: int
    match: str = ""  # what two disclosures must share to be the same (default: value)
    detail: dict[str, str] = field(default_factory=dict)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end
