"""Every setting is documented, and no other is accepted.

The keys come from the code: each section's reader declares what it knows in one place (a
`*_KEYS` constant or a settings dataclass's fields). This test fails when

- a key the code accepts has no row in docs/configuration.md (the datasette way: the docs
  and the code cannot drift apart unnoticed);
- a declaration is not what its reader accepts (a declared key refused as unknown);
- an unknown key in any section is not refused with one line naming the file and the key.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from sweetie.cases.referral import RECIPIENT_KEYS, REPORTER_KEYS
from sweetie.cases.retention import RETENTION_KEYS
from sweetie.deter.config import PolicyConfig
from sweetie.events import ConfigError
from sweetie.evidence.config import EvidenceConfig
from sweetie.runtime.config import (
    IDENTIFY_KEYS,
    NETWORK_KEYS,
    PRESENCE_KEYS,
    RUNTIME_KEYS,
    SECTIONS,
    TOP_LEVEL_KEYS,
    load_config,
)
from sweetie.web.config import WebConfig

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "configuration.md"
EXAMPLE = ROOT / "examples" / "sweetie.toml"


def _fields(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


# Section (as the docs head it) -> the keys its reader accepts, as the code declares them.
ACCEPTED: dict[str, tuple[str, ...]] = {
    "top": tuple(TOP_LEVEL_KEYS),
    "networks": tuple(NETWORK_KEYS),
    "presences": tuple(PRESENCE_KEYS),
    "runtime": tuple(RUNTIME_KEYS),
    "policy": _fields(PolicyConfig),
    "evidence": _fields(EvidenceConfig),
    "web": _fields(WebConfig),
    "identify": tuple(IDENTIFY_KEYS),
    "retention": RETENTION_KEYS,
    "referrals.<CC>": RECIPIENT_KEYS,
    "referrals.reporter": REPORTER_KEYS,
}

MINIMAL: dict[str, Any] = {
    "networks": [{"name": "local", "host": "127.0.0.1"}],
    "presences": [{"network": "local", "nick": "mia_11"}],
}


def documented() -> dict[str, set[str]]:
    """Keys in the tables of docs/configuration.md, by the section their heading names."""
    found: dict[str, set[str]] = {}
    current: str | None = None
    for line in DOC.read_text("utf-8").splitlines():
        if line.startswith("#"):
            named = re.findall(r"`\[\[?([^\]`]+)\]\]?`", line)
            current = named[0] if named else ("top" if "Top level" in line else None)
            if current is not None:
                found.setdefault(current, set())
        elif current is not None and line.startswith("| `"):
            key = re.match(r"\| `([^`]+)`", line)
            assert key is not None
            found[current].add(key.group(1))
    return found


def test_every_accepted_key_is_documented() -> None:
    docs = documented()
    missing = [
        f"[{section}] {key}"
        for section, keys in ACCEPTED.items()
        for key in keys
        if key not in docs.get(section, set())
    ]
    assert not missing, f"accepted but not documented in {DOC.name}: {', '.join(missing)}"
    undocumented_sections = [s for s in SECTIONS if s not in docs and s != "referrals"]
    assert not undocumented_sections
    assert "referrals" in DOC.read_text("utf-8")


def test_nothing_is_documented_that_the_code_refuses() -> None:
    docs = documented()
    extra = [
        f"[{section}] {key}"
        for section, keys in docs.items()
        for key in keys - set(ACCEPTED.get(section, ()))
    ]
    assert not extra, f"documented but not accepted: {', '.join(extra)}"


def _with(section: str, key: str, value: Any) -> dict[str, Any]:
    """The minimal config with `key` set in `section`."""
    document: dict[str, Any] = {
        "networks": [dict(MINIMAL["networks"][0])],
        "presences": [dict(MINIMAL["presences"][0])],
    }
    if section == "top":
        document[key] = value
    elif section in ("networks", "presences"):
        document[section][0][key] = value
    elif section == "referrals.<CC>":
        document["referrals"] = {"US": {"name": "NCMEC CyberTipline", key: value}}
    elif section == "referrals.reporter":
        document["referrals"] = {"reporter": {key: value}}
    else:
        document[section] = {key: value}
    return document


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "sweetie.toml"
    path.write_text(_toml(document))
    return path


def _toml(document: dict[str, Any]) -> str:
    """Enough of a TOML writer for these documents (tomllib only reads)."""

    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, str):
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if isinstance(v, list):
            return "[" + ", ".join(value(x) for x in v) + "]"
        return repr(v)

    lines = [f"{k} = {value(v)}" for k, v in document.items() if not isinstance(v, dict | list)]
    for name, table in document.items():
        if isinstance(table, list):
            for row in table:
                lines.append(f"[[{name}]]")
                lines.extend(f"{k} = {value(v)}" for k, v in row.items())
        elif isinstance(table, dict):
            plain = {k: v for k, v in table.items() if not isinstance(v, dict)}
            lines.append(f"[{name}]")
            lines.extend(f"{k} = {value(v)}" for k, v in plain.items())
            for sub, subtable in table.items():
                if isinstance(subtable, dict):
                    lines.append(f"[{name}.{sub}]")
                    lines.extend(f"{k} = {value(v)}" for k, v in subtable.items())
    return "\n".join(lines) + "\n"


UNKNOWN = re.compile(r"unknown (setting|key|section)")
CASES = [(section, key) for section, keys in ACCEPTED.items() for key in keys]


@pytest.mark.parametrize(("section", "key"), CASES, ids=[f"{s}.{k}" for s, k in CASES])
def test_each_declared_key_is_accepted_by_its_reader(
    tmp_path: Path, section: str, key: str
) -> None:
    # Any value: a wrong one may be refused, but never as an unknown key.
    path = _write(tmp_path, _with(section, key, "probe-value"))
    try:
        load_config(path)
    except ConfigError as exc:
        assert not UNKNOWN.search(str(exc)), f"{section}.{key} declared but refused: {exc}"


@pytest.mark.parametrize("section", list(ACCEPTED))
def test_an_unknown_key_is_one_line_naming_file_and_key(tmp_path: Path, section: str) -> None:
    path = _write(tmp_path, _with(section, "no_such_key", 1))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message and "no_such_key" in message, message
    assert UNKNOWN.search(message), message


def test_an_unknown_section_is_refused(tmp_path: Path) -> None:
    document = _with("policy", "cooldown_seconds", 0)
    document["polcy"] = document.pop("policy")
    path = _write(tmp_path, document)
    with pytest.raises(ConfigError, match=r"polcy: unknown section") as info:
        load_config(path)
    assert str(path) in str(info.value)


def test_the_example_config_is_accepted() -> None:
    config = load_config(EXAMPLE)
    assert config.mode == "deterrence"
    assert config.web.enabled and (config.web.host, config.web.port) == ("127.0.0.1", 8000)
    (network,) = config.networks
    assert network.settings.host == "127.0.0.1" and network.settings.port == 6667
    assert [p.nick for p in network.presences] == ["mia_11"]
    assert config.data_dir == EXAMPLE.parent / "../sweetie-data"


def test_the_example_in_the_docs_is_accepted(tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", DOC.read_text("utf-8"), re.S)
    assert blocks
    path = tmp_path / "sweetie.toml"
    path.write_text(blocks[-1])
    tomllib.loads(blocks[-1])
    assert load_config(path).networks
