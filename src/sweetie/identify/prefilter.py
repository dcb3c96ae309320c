"""Which texts cannot disclose anything: one regex pass, derived from the finders' patterns.

Most chat lines ("hi all", "lol") hold no identifier, and running every finder on them is
what extraction mostly costs. Each finder module lists in `GATES` the patterns at least one
of which must match the original text for it to find anything (its own patterns, or the cheap
hint it already checks first). From each gate this module reads, in the parsed regex, a set of
literal pieces one of which every match must contain ("from", "@", a digit; with the word
boundaries the pattern asks for around them), and joins all of them into one case-insensitive
regex. A text it does not match cannot match any gate, so the finders are skipped for it:
the result is the same, only cheaper. Nothing here is a second list of words to keep in step.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable
from typing import Any

import re2

with warnings.catch_warnings():  # the documented parser, deprecated as a public name only
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as C
    import sre_parse

__all__ = ["Trigger", "required_pieces", "trigger"]

_DIGIT = "\x00"  # stands for \d in a piece
_BOUNDARY = "\x01"  # \b
_SPACES = "\x02"  # \s+ (one or more spaces; where the pattern wants some)
_MAYBE_SPACES = "\x03"  # \s*
_SENTINELS = _DIGIT + _BOUNDARY + _SPACES + _MAYBE_SPACES
_CAP = 64  # most alternative strings followed through a concatenation
# As the ASCII classes they stand for in a pure-ASCII text, for RE2 (whose \s lacks \v and
# \x1c-\x1f, which Python's has): only ASCII texts are screened.
_RE2 = {
    _DIGIT: "[0-9]",
    _BOUNDARY: r"\b",
    _SPACES: r"[\t\n\x0b\x0c\r\x1c-\x1f ]+",
    _MAYBE_SPACES: r"[\t\n\x0b\x0c\r\x1c-\x1f ]*",
}

Pieces = set[str] | None  # None: nothing is required


def _length(piece: str) -> int:
    """How many characters of text a piece needs at least."""
    return (
        len(piece)
        - sum(piece.count(s) for s in _SENTINELS)
        + piece.count(_DIGIT)
        + piece.count(_SPACES)
    )


def _score(pieces: Pieces) -> tuple[int, int, int]:
    if not pieces or any(_length(p) == 0 for p in pieces):
        return (-1, 0, 0)
    shortest = min(_length(p) for p in pieces)
    bounded = min(p.count(_BOUNDARY) for p in pieces)
    return (shortest, bounded, -len(pieces))


def _best(a: Pieces, b: Pieces) -> Pieces:
    return a if _score(a) >= _score(b) else b


def _item(op: Any, av: Any) -> tuple[Pieces, Pieces]:
    """(every string the item matches, when few; pieces one of which any match holds)."""
    if op is C.LITERAL:
        return {chr(av)}, None
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars.add(chr(a))
            elif o is C.CATEGORY and a is C.CATEGORY_DIGIT and len(av) == 1:
                return {_DIGIT}, None
            elif o is C.CATEGORY and a is C.CATEGORY_SPACE and len(av) == 1:
                return {_SPACES}, None
            else:
                return None, None
        return (chars, None) if len(chars) <= 12 else (None, None)
    if op is C.SUBPATTERN:
        return _sequence(av[-1])
    if op is C.BRANCH:
        results = [_sequence(alt) for alt in av[1]]
        exact: Pieces = None
        if all(e is not None for e, _ in results) and sum(len(e or ()) for e, _ in results) <= _CAP:
            exact = set().union(*(e for e, _ in results if e is not None))
        required: set[str] = set()
        for e, r in results:
            best = _best(e, r)
            if _score(best)[0] <= 0:
                return exact, None  # an alternative that needs no literal
            required |= best or set()
        return exact, required
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        e, r = _sequence(sub)
        if e == {_SPACES}:  # \s*, \s+, \s?, \s{2,}: as many spaces as there are
            return ({_SPACES} if low else {_MAYBE_SPACES}), None
        if low == 0:
            return ((e | {""}) if high == 1 and e is not None else None), None
        if low == high == 1:
            return e, r
        return None, _best(e, r)
    if op is C.AT:
        return ({_BOUNDARY} if av is C.AT_BOUNDARY else {""}), None
    if op in (C.ASSERT, C.ASSERT_NOT):
        return {""}, None  # zero-width; what a lookaround asks for is not required here
    return None, None


def _sequence(items: Iterable[tuple[Any, Any]]) -> tuple[Pieces, Pieces]:
    current: set[str] = {""}
    best: Pieces = None
    broken = False
    for op, av in items:
        exact, required = _item(op, av)
        best = _best(best, required)
        if exact is not None and len(current) * len(exact) <= _CAP:
            current = {a + b for a in current for b in exact}
        else:
            # What follows is not adjacent text we know: a \b at the end still holds.
            best = _best(best, current)
            broken = True
            current = exact if exact is not None else {""}
    best = _best(best, current)
    return (None if broken else current), best


def required_pieces(pattern: re.Pattern[str]) -> set[str] | None:
    """Pieces (with _DIGIT and _BOUNDARY marks) one of which every match contains."""
    exact, required = _sequence(sre_parse.parse(pattern.pattern, pattern.flags).data)
    best = _best(exact, required)
    return None if _score(best)[0] <= 0 else best


def _reduced(pieces: set[str]) -> set[str]:
    """The same screen with fewer pieces: a piece holding another (as a run of its atoms)
    matches only where that one does, and "maybe spaces" at either end asks for nothing."""
    stripped = {p.strip(_MAYBE_SPACES) for p in pieces} - {""}
    return {p for p in stripped if not any(q != p and q in p for q in stripped)}


def _re2(piece: str) -> str:
    return "".join(_RE2.get(c) or re.escape(c) for c in piece)


class Trigger:
    """`which(text)`: the names of the gate groups that may match `text` (one RE2 pass);
    a group left out cannot match."""

    def __init__(self, groups: dict[str, set[str] | None]) -> None:
        self.groups = groups
        self._names = [name for name, pieces in groups.items() if pieces]
        self._always = frozenset(name for name, pieces in groups.items() if not pieces)
        self._all = frozenset(groups)
        options = re2.Options()
        options.case_sensitive = False
        self._set: Any = re2.Set.SearchSet(options)
        for i, name in enumerate(self._names):
            pieces = _reduced(groups[name] or set())
            alternatives = sorted({_re2(p) for p in pieces}, key=lambda p: (-len(p), p))
            if self._set.Add("|".join(alternatives)) != i:
                raise ValueError(f"RE2 refused the prefilter of {name}")
        self._set.Compile()
        self._by_index = [frozenset({name}) | self._always for name in self._names]

    def which(self, text: str) -> frozenset[str]:
        if not text.isascii():
            return self._all  # screened only where RE2 and Python agree on \b, \d, \s, case
        found: list[int] | None = self._set.Match(text) if self._names else None
        if not found:
            return self._always
        if len(found) == 1:
            return self._by_index[found[0]]
        return self._always.union(*(self._by_index[i] for i in found))

    def may_match(self, text: str) -> bool:
        return bool(self.which(text))


def trigger(groups: dict[str, Iterable[re.Pattern[str]]]) -> Trigger:
    """A screen per group of gates: it passes every text a gate of the group matches (and
    some more), or every text when some gate of the group requires no literal at all."""
    out: dict[str, set[str] | None] = {}
    for name, gates in groups.items():
        pieces: set[str] | None = set()
        for gate in gates:
            required = required_pieces(gate)
            if required is None or pieces is None:
                pieces = None
                continue
            pieces |= required
        out[name] = pieces
    return Trigger(out)
