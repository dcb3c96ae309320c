"""The rule-pack loader refuses every malformed pack with one clear line naming where."""

from __future__ import annotations

from pathlib import Path

import pytest

from sweetie.detect.rules import Rule, RuleError, load_pack
from sweetie.detect.yaml_loader import LineDict, LineList, load_yaml
from sweetie.events import InputError, RulePackError

BAD = Path(__file__).parent / "data" / "bad_packs"

# file, line, field (None: a YAML-level error with no field), words the message must contain
CASES = [
    ("duplicate_key.yaml", 8, "rules[0].weight", "duplicate key (first given at line 7)"),
    ("missing_field.yaml", 4, "rules[0].pattern", "missing required key"),
    ("bad_regex.yaml", 7, "rules[0].pattern", "not a valid regular expression"),
    ("lookahead.yaml", 9, "rules[0].pattern", "not valid in RE2"),
    ("unknown_category.yaml", 11, "rules[1].category", "unknown category 'flirting'"),
    ("weight_range.yaml", 7, "rules[0].weight", "outside [-3.0, 3.0]"),
    ("weight_text.yaml", 7, "rules[0].weight", "expected a number, got text"),
    (
        "duplicate_id.yaml",
        10,
        "rules[1].id",
        "duplicate id 'en.secrecy.dont_tell' (first at line 4)",
    ),
    ("wrong_language.yaml", 4, "rules[0].id", "does not start with the pack language 'en'"),
    ("not_a_mapping.yaml", 1, None, "must be a mapping"),
    ("empty.yaml", 1, None, "must be a mapping"),
    ("tab_indented.yaml", 5, None, "invalid YAML"),
    ("unknown_key.yaml", 10, "rules[0].colour", "unknown key"),
    ("empty_match.yaml", 6, "rules[0].pattern", "matches the empty string"),
    ("missing_value_group.yaml", 8, "rules[0].value_group", "'age' is not a named group"),
    ("alias.yaml", 9, None, "aliases"),
    ("examples_not_list.yaml", 9, "rules[0].examples", "expected a list of texts"),
]


@pytest.mark.parametrize(("name", "line", "field", "words"), CASES, ids=[c[0] for c in CASES])
def test_bad_pack_is_one_clear_line(name: str, line: int, field: str | None, words: str) -> None:
    path = BAD / name
    with pytest.raises(RulePackError) as caught:
        load_pack(path)
    error = caught.value
    assert isinstance(error, InputError)
    assert (error.source, error.line, error.field) == (str(path), line, field)
    text = str(error)
    assert "\n" not in text
    where = f"{path}:{line}: " + (f"{field}: " if field else "")
    assert text.startswith(where), text
    assert words in text


def test_every_bad_pack_has_a_case() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == {c[0] for c in CASES}


def test_missing_file_is_a_rule_pack_error(tmp_path: Path) -> None:
    with pytest.raises(RulePackError, match="cannot read"):
        load_pack(tmp_path / "nope.yaml")


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"language: en\nname: caf\xe9\n")
    with pytest.raises(RulePackError) as caught:
        load_pack(path)
    assert caught.value.line == 2
    assert "not UTF-8" in str(caught.value)


def test_a_good_pack_loads_with_lines(tmp_path: Path) -> None:
    path = tmp_path / "en.yaml"
    path.write_text(
        "language: en\n"
        "name: tiny\n"
        "rules:\n"
        "  - id: en.stated_age.im_n\n"
        "    category: stated_age\n"
        "    subject: self\n"
        "    pattern: '\\bim (?P<age>\\d{1,2})\\b'\n"
        "    value_group: age\n"
        "    weight: 1\n"
        "    description: the speaker states their age\n"
        '    examples: ["im 12"]\n',
        encoding="utf-8",
    )
    pack = load_pack(path)
    assert (pack.language, pack.name, pack.source) == ("en", "tiny", str(path))
    (rule,) = pack.rules
    assert rule.line == 4
    assert rule.weight == 1.0 and isinstance(rule.weight, float)
    assert rule.examples == ("im 12",) and rule.counter_examples == ()
    assert (rule.subject, rule.value_group, rule.language) == ("self", "age", "en")


def test_yaml_values_carry_their_lines() -> None:
    data = load_yaml("a: 1\nb:\n  - x\n  - y\n", "t.yaml")
    assert isinstance(data, LineDict)
    assert data.line_of("b") == 2
    assert isinstance(data["b"], LineList)
    assert data["b"].lines == [3, 4]


def rule(**overrides: object) -> Rule:
    fields: dict[str, object] = {
        "id": "en.secrecy.dont_tell",
        "category": "secrecy",
        "language": "en",
        "pattern": r"\bdont tell\b",
        "weight": 1.5,
        "description": "tells the other person not to tell",
        "examples": ("dont tell",),
    }
    fields.update(overrides)
    return Rule(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"id": "secrecy.dont_tell"}, "id"),
        ({"id": "en.payment.dont_tell"}, "id"),
        ({"category": "flirting", "id": "en.flirting.x"}, "category"),
        ({"weight": 3.5}, "weight"),
        ({"weight": float("nan")}, "weight"),
        ({"weight": True}, "weight"),
        ({"examples": ()}, "examples"),
        ({"pattern": r"(a)\1"}, "pattern"),
        ({"pattern": ""}, "pattern"),
        ({"subject": "self"}, "subject"),
        ({"value_group": "age"}, "value_group"),
        ({"category": "stated_age", "id": "en.stated_age.x", "pattern": r"\bim \d+"}, "subject"),
    ],
)
def test_rule_checks_its_invariants(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(RuleError) as caught:
        rule(**overrides)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_rule_is_frozen() -> None:
    r = rule()
    with pytest.raises(AttributeError):
        r.weight = 2.0  # type: ignore[misc]
