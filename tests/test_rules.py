"""The rule lint: every built-in indicator rule is checked against its own examples.

A rule pack is data written by hand; these tests are what keep it honest. Each rule's
examples must match after normalisation and its counter-examples must not, every pack must
cover every category, and every pattern must run in both `re` and RE2.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from sweetie.detect.matcher import RuleMatcher
from sweetie.detect.rules import (
    AGE_WORDS,
    CATEGORIES,
    MAX_WEIGHT,
    Rule,
    RulePack,
    load_builtin_packs,
)

try:
    from sweetie.detect.normalise import normalise

    def normalised(text: str) -> str:
        return normalise(text).text

except ImportError:  # pragma: no cover - stand-in until the normaliser lands

    def normalised(text: str) -> str:
        return text.lower()


PACKS: tuple[RulePack, ...] = load_builtin_packs()
RULES: tuple[Rule, ...] = tuple(rule for pack in PACKS for rule in pack.rules)
NEGATIVE = {"discussion", "adult_context"}
REQUIRED_LANGUAGES = {"en", "nl", "de", "tl", "ceb", "es"}


def by_id(rules: tuple[Rule, ...]) -> list[object]:
    return [pytest.param(rule, id=rule.id) for rule in rules]


def test_the_required_languages_are_shipped() -> None:
    assert {pack.language for pack in PACKS} >= REQUIRED_LANGUAGES


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.language)
def test_pack_file_is_named_for_its_language(pack: RulePack) -> None:
    assert Path(pack.source).name == f"{pack.language}.yaml"


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.language)
def test_every_pack_covers_every_category(pack: RulePack) -> None:
    missing = set(CATEGORIES) - {rule.category for rule in pack.rules}
    assert not missing, f"{pack.source} has no rule for: {sorted(missing)}"


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.language)
def test_every_pack_states_ages_of_self_and_of_others(pack: RulePack) -> None:
    subjects = {rule.subject for rule in pack.rules if rule.category == "stated_age"}
    assert subjects == {"self", "other"}


@pytest.mark.parametrize("pack", PACKS, ids=lambda p: p.language)
def test_pack_size_is_reasonable(pack: RulePack) -> None:
    assert 25 <= len(pack.rules) <= 160


def test_ids_are_unique_across_packs() -> None:
    ids = [rule.id for rule in RULES]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates


@pytest.mark.parametrize("rule", by_id(RULES))
def test_examples_match_after_normalisation(rule: Rule) -> None:
    pattern = re.compile(rule.pattern)
    for example in rule.examples:
        text = normalised(example)
        match = pattern.search(text)
        assert match, f"{rule.id} (line {rule.line}) misses example {example!r} -> {text!r}"
        if rule.value_group is not None:
            assert match.group(rule.value_group), f"{rule.id}: empty value for {example!r}"


@pytest.mark.parametrize("rule", by_id(RULES))
def test_counter_examples_do_not_match(rule: Rule) -> None:
    pattern = re.compile(rule.pattern)
    for counter in rule.counter_examples:
        text = normalised(counter)
        assert not pattern.search(text), (
            f"{rule.id} (line {rule.line}) fires on counter-example {counter!r} -> {text!r}"
        )


@pytest.mark.parametrize("rule", by_id(RULES))
def test_pattern_runs_in_re_and_re2_alike(rule: Rule) -> None:
    compiled = re.compile(rule.pattern)
    options = re2.Options()
    options.log_errors = False
    compiled2 = re2.compile(rule.pattern, options)
    if rule.value_group is not None:
        assert rule.value_group in compiled.groupindex
    for example in rule.examples:
        text = normalised(example)
        assert compiled2.search(text) is not None, f"{rule.id}: RE2 misses {example!r}"
    assert compiled.search("") is None
    assert compiled2.search("") is None


@pytest.mark.parametrize("rule", by_id(RULES))
def test_weight_sign_follows_category(rule: Rule) -> None:
    assert -MAX_WEIGHT <= rule.weight <= MAX_WEIGHT
    if rule.category in NEGATIVE:
        assert rule.weight < 0, f"{rule.id}: {rule.category} speaks against offending"
    else:
        assert rule.weight > 0, f"{rule.id}: {rule.category} is a cue for offending"


@pytest.mark.parametrize("rule", by_id(tuple(r for r in RULES if r.category == "stated_age")))
def test_stated_age_captures_a_number(rule: Rule) -> None:
    pattern = re.compile(rule.pattern)
    for example in rule.examples:
        match = pattern.search(normalised(example))
        assert match is not None
        age = match.group("age")
        assert age.isdigit() or age in AGE_WORDS, age


def test_all_rules_compile_into_one_re2_set() -> None:
    # The matcher runs every rule at once as one RE2 automaton, within its memory budget.
    fired = {
        RULES[i].id for i in RuleMatcher(PACKS).fired(normalised("im 12, are you alone?"))
    }
    assert {"en.stated_age.im_n", "en.isolation.alone"} <= fired


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii"), max_size=80))
def test_no_rule_matches_an_empty_span(text: str) -> None:
    for rule in RULES:
        for match in re.finditer(rule.pattern, text):
            assert match.end() > match.start(), rule.id
