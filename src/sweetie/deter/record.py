"""What the deter part needs of the evidence log. The evidence part comes after deter in the
import order (DESIGN.md), so deter names only the two calls it makes; the runtime passes the
pipeline's EvidenceLog, which has them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

__all__ = ["DECISION", "EvidenceRecorder"]

DECISION = "decision"  # the kind of a Decision's evidence entry


class EvidenceRecorder(Protocol):
    def append(self, kind: str, record: Mapping[str, Any]) -> int:
        """Buffer an entry; its index in the log."""
        ...

    def flush(self) -> None:
        """Make every buffered entry durable."""
        ...
