"""The prefilter skips only lines no finder could read anything in, so extraction is the same.

The reference is extraction as it was before the prefilter: every finder on every text. The
texts: every string in the identify tests and the benchmark traffic, plus generated lines
built from the words the finders look for (and near misses), in mixed case and spacing.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sweetie.identify import demographics, emails, handles, payments, phones
from sweetie.identify.demographics import find_demographics
from sweetie.identify.emails import find_emails
from sweetie.identify.extract import _TRIGGER, find_all, may_disclose
from sweetie.identify.found import Found
from sweetie.identify.handles import find_handles
from sweetie.identify.payments import find_payments, find_remittances, wallet_accounts
from sweetie.identify.phones import find_phones
from sweetie.identify.prefilter import required_pieces

ROOT = Path(__file__).resolve().parents[2]


def reference_find_all(text: str, language: str = "en") -> list[Found]:
    """Every finder on the text (find_all without the prefilter)."""
    money = list(find_remittances(text)) + list(find_payments(text))
    found_emails = list(find_emails(text))
    found_phones = [
        p
        for p in find_phones(text, language=language)
        if not any(p.overlaps(m.start, m.end) for m in money)
        and not any(p.overlaps(e.start, e.end) for e in found_emails)
    ]
    found = money + found_emails + found_phones
    found += wallet_accounts(text, found_emails + found_phones)
    found += find_handles(text)
    numbers = money + found_phones
    found += [
        d for d in find_demographics(text) if not any(d.overlaps(n.start, n.end) for n in numbers)
    ]
    unique: dict[tuple[str, str, int], Found] = {}
    for f in found:
        unique.setdefault((f.kind, f.value, f.start), f)
    return sorted(unique.values(), key=lambda f: (f.start, f.kind))


def _strings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and 0 < len(n.value) < 300
    ]


def corpus() -> list[str]:
    texts: set[str] = set()
    for path in [
        *sorted((ROOT / "tests/identify").glob("*.py")),
        ROOT / "benchmarks/gen_traffic.py",
    ]:
        texts.update(_strings(path))
    return sorted(texts)


def test_every_known_line_extracts_as_without_the_prefilter() -> None:
    texts = corpus()
    assert len(texts) > 200
    skipped = 0
    for text in texts:
        assert find_all(text, language="en") == reference_find_all(text), text
        if not may_disclose(text):
            skipped += 1
            assert reference_find_all(text) == [], text
    assert skipped > 20  # it does skip something


# Words the gates look for, parts of them, and ordinary words around them.
_WORDS = sorted(
    {w for text in corpus() for w in re.findall(r"[\w@$./:'#+\-]+", text.lower()) if len(w) < 25}
    | {
        "at",
        "dot",
        "sa",
        "gmail",
        "from",
        "in",
        "im",
        "i'm",
        "i am",
        "my",
        "is",
        "add",
        "me",
        "on",
        "kik",
        "snap",
        "wa",
        "gcash",
        "mtcn",
        "12",
        "0917",
        "+63",
        "nine",
        "one",
        "seven",
        "yo",
        "y/o",
        "asl",
        "m",
        "f",
        "taga",
        "ako",
        "name",
        "call",
        "ich",
        "bin",
        "ik",
        "ben",
    }
)
_SEPARATORS = st.sampled_from([" ", "  ", ", ", ": ", "\t", " - ", "", ". ", "\n"])


@st.composite
def lines(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8))
    out = words[0]
    for w in words[1:]:
        out += draw(_SEPARATORS) + w
    return draw(st.sampled_from([out, out.upper(), out.title()]))


@settings(max_examples=400)
@given(lines())
def test_generated_lines_extract_as_without_the_prefilter(text: str) -> None:
    assert find_all(text, language="en") == reference_find_all(text)


def test_each_finder_is_skipped_only_where_its_gates_cannot_match() -> None:
    gates = {
        "remittances": payments.REMITTANCE_GATES,
        "payments": payments.GATES,
        "emails": emails.GATES,
        "phones": phones.GATES,
        "handles": handles.GATES,
        "demographics": demographics.GATES,
    }
    for text in corpus():
        run = _TRIGGER.which(text)
        for name, patterns in gates.items():
            if any(p.search(text) for p in patterns):
                assert name in run, (name, text)


def test_required_pieces_keep_word_boundaries_and_spaces() -> None:
    assert required_pieces(re.compile(r"\bfrom\b")) == {"\x01from\x01"}
    assert required_pieces(re.compile(r"\bi\s+am\s+(?:from|in)\b", re.I)) == {
        "\x01i\x02am\x02from\x01",
        "\x01i\x02am\x02in\x01",
    }
    assert required_pieces(re.compile(r"\d")) == {"\x00"}
    assert required_pieces(re.compile(r"\w+")) is None  # nothing literal to require
    assert required_pieces(re.compile(r"a|\w")) is None  # one branch requires nothing


def test_texts_beyond_ascii_are_never_skipped() -> None:
    assert may_disclose("héllo")  # RE2 and Python differ beyond ASCII: not screened
    assert not may_disclose("hello")
