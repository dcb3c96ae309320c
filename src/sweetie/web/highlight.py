"""Indicators shown where they fired: a message's text cut into plain and marked segments."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Segment", "segments"]

_CLASS_SAFE = re.compile(r"[^a-z0-9_-]")


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    category: str | None = None  # None: plain text
    title: str = ""

    @property
    def css_class(self) -> str:
        return "cat-" + _CLASS_SAFE.sub("-", (self.category or "").lower())


def _spans(
    assessments: Iterable[Mapping[str, Any]], highlights: Iterable[Sequence[Any]]
) -> list[tuple[int, int, str, str]]:
    spans: list[tuple[int, int, str, str]] = []
    for assessment in assessments:
        for ind in assessment.get("indicators", ()):
            spans.append(
                (int(ind["start"]), int(ind["end"]), str(ind["category"]), str(ind.get("rule", "")))
            )
    if not spans:  # the service's own spans, when the assessments carry none
        for item in highlights:
            start, end, category = item[0], item[1], item[2]
            spans.append((int(start), int(end), str(category), ""))
    return spans


def segments(
    text: str,
    assessments: Iterable[Mapping[str, Any]] = (),
    highlights: Iterable[Sequence[Any]] = (),
) -> list[Segment]:
    """Plain and marked pieces of `text`, in order. Overlapping spans: the earlier (and, at
    the same start, the longer) one wins, so no character is marked twice."""
    spans = sorted(_spans(assessments, highlights), key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[Segment] = []
    pos = 0
    for start, end, category, rule in spans:
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        title = f"{category}: {rule}" if rule else category
        out.append(Segment(text[start:end], category, title))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
