"""The normaliser: evasion tricks undone, originals kept, spans mapped back."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sweetie.detect.normalise import normalise, original_span


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Can u sh0w on c@m?", "can you show on cam?"),
        ("s h o w me", "show me"),
        ("c.a.m", "cam"),
        ("w3stern un1on", "western union"),
        ("pleeease", "please"),
        ("shоw", "show"),  # Cyrillic о
        ("sh\u200bow", "show"),  # zero-width space
        ("ＳＨＯＷ", "show"),  # fullwidth
        ("Tengo 12 años", "tengo 12 anos"),
        ("Ich bin 12, Straße", "ich bin 12, strasse"),
        ("r u alone", "are you alone"),
        ("  hi \t there ", "hi there"),
        ("gc4sh", "gcash"),
        ("add me on wh@t5app", "add me on whatsapp"),  # "@" with a leet digit: a disguise
        ("mail anna@mail.com", "mail anna@mail.com"),  # "@" without one: an address
    ],
)
def test_evasions_are_undone(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize("raw", ["im 12yo", "f12", "13f", "500php", "5k", "i have 1 sister"])
def test_ages_and_amounts_keep_their_digits(raw: str) -> None:
    assert normalise(raw).text == raw


def test_original_is_kept() -> None:
    n = normalise("Can u SH0W?")
    assert n.original == "Can u SH0W?"


def test_span_maps_back_to_what_was_written() -> None:
    n = normalise("Can u sh0w on c@m?", with_src=True)
    i = n.text.index("show")
    start, end = original_span(n, i, i + 4)
    assert n.original[start:end] == "sh0w"
    i = n.text.index("you")
    start, end = original_span(n, i, i + 3)
    assert n.original[start:end] == "u"


def test_span_through_spaced_letters_and_confusables() -> None:
    raw = "pls s h o w on cаm"  # Cyrillic а
    n = normalise(raw, with_src=True)
    i = n.text.index("show")
    start, end = original_span(n, i, i + 4)
    assert raw[start:end] == "s h o w"
    i = n.text.index("cam")
    start, end = original_span(n, i, i + 3)
    assert raw[start:end] == "cаm"


chat_text = st.text(
    alphabet=st.sampled_from(
        [*list("abcdehilmnorstuwy0134579@$ .-_\t\n"), "\u200b", "о", "а", "é", "ß", "Ｓ", "ﬁ"]
    ),
    max_size=60,
)


@settings(max_examples=400)
@given(chat_text)
def test_fast_and_mapped_paths_agree(raw: str) -> None:
    plain = normalise(raw)
    mapped = normalise(raw, with_src=True)
    assert plain.text == mapped.text
    assert mapped.src is not None and len(mapped.src) == len(mapped.text)
    assert all(0 <= s < max(1, len(raw)) for s in mapped.src)
    assert list(mapped.src) == sorted(mapped.src)  # order is kept


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_any_text_normalises_to_lowercase_single_spaced(raw: str) -> None:
    text = normalise(raw).text
    assert text == text.strip()
    assert "  " not in text
    assert "\u200b" not in text


@settings(max_examples=300)
@given(chat_text)
def test_idempotent_on_ascii_output(raw: str) -> None:
    once = normalise(raw).text
    # A second pass may still join letters a first pass freed, but never re-adds tricks.
    assert normalise(once).text == normalise(normalise(once).text).text
