"""Runs every indicator rule of every pack over one normalised message.

Hundreds of rules over every message of tens of thousands of rooms is the hot path. RE2
matches all patterns at once as one automaton (`re2.Set`), which answers "which rules
fire?" in one pass; only the few that fire are then run with Python's `re` for their
spans and captured values. On the usual message nothing fires and that one pass is all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import re2

from sweetie.detect.normalise import Normalised, normalise, original_span
from sweetie.detect.rules import Rule, RulePack
from sweetie.events import Indicator

__all__ = ["Hit", "RuleMatcher"]


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that fired, with its span in the normalised text and its captured value."""

    rule: Rule
    start: int
    end: int
    value: str | None


_SET_MEMORY = 64 << 20


class RuleMatcher:
    def __init__(self, packs: Iterable[RulePack]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rule for pack in packs for rule in pack.rules)
        self.languages: tuple[str, ...] = tuple(sorted({r.language for r in self.rules}))
        self._compiled: tuple[re.Pattern[str], ...] = tuple(
            re.compile(r.pattern) for r in self.rules
        )
        options = re2.Options()
        # All packs in one automaton: RE2's default 8 MB budget is too small once the packs
        # cover the phrasings of six languages. It is a ceiling (the lazy DFA cache included).
        options.max_mem = _SET_MEMORY
        self._set = re2.Set.SearchSet(options)
        for i, rule in enumerate(self.rules):
            if self._set.Add(rule.pattern) != i:
                raise ValueError(f"{rule.id}: RE2 refused the pattern")
        self._set.Compile()

    def fired(self, text: str) -> list[int]:
        """Indices of the rules that match anywhere in normalised `text`."""
        if not text:
            return []
        found = self._set.Match(text)
        return sorted(found) if found else []  # RE2 answers None, not [], for no match

    def hits(self, text: str, fired: Sequence[int] | None = None) -> list[Hit]:
        """Every match of every fired rule, in text order."""
        found: list[Hit] = []
        for i in self.fired(text) if fired is None else fired:
            rule = self.rules[i]
            for m in self._compiled[i].finditer(text):
                if m.end() == m.start():
                    continue
                value = m.group(rule.value_group) if rule.value_group else None
                found.append(Hit(rule, m.start(), m.end(), value))
        found.sort(key=lambda h: (h.start, h.end, h.rule.id))
        return found

    def indicators(self, text: str) -> tuple[Normalised, list[Hit], tuple[Indicator, ...]]:
        """Normalise, match, and express the hits as indicators spanning the original text."""
        norm = normalise(text)
        fired = self.fired(norm.text)
        if not fired:
            return norm, [], ()
        norm = normalise(text, with_src=True)
        hits = self.hits(norm.text, fired)
        return norm, hits, tuple(to_indicator(norm, h) for h in hits)


def to_indicator(norm: Normalised, hit: Hit) -> Indicator:
    start, end = original_span(norm, hit.start, hit.end)
    return Indicator(
        rule=hit.rule.id,
        category=hit.rule.category,
        language=hit.rule.language,
        weight=hit.rule.weight,
        start=start,
        end=end,
        value=hit.value,
    )
