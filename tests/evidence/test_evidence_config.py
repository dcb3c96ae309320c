"""The [evidence] settings: parsing, the checkpoint cadence they set, RFC 3161 stamping."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sweetie.events import ConfigError
from sweetie.evidence import EvidenceConfig, EvidenceLog, load_or_create_signing_key
from sweetie.evidence.timestamp import check_token, stored_tokens
from sweetie.store import EvidenceRepository, open_database
from test_timestamp import StubAuthority, authority  # noqa: F401  (the stub TSA fixture)

WHERE = "sweetie.toml [evidence]"
ORIGIN = "sweetie.local/config-test"


def test_defaults_and_a_full_section() -> None:
    assert EvidenceConfig.from_mapping({}, WHERE) == EvidenceConfig()
    config = EvidenceConfig.from_mapping(
        {
            "checkpoint_every": 500,
            "checkpoint_interval_seconds": 60,
            "tsa_url": "https://tsa.example/tsr",
            "tsa_timeout": 5.5,
        },
        WHERE,
    )
    assert config == EvidenceConfig(500, 60.0, "https://tsa.example/tsr", 5.5)
    assert EvidenceConfig.from_mapping({"tsa_url": ""}, WHERE).tsa_url is None


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"checkpoint_every": 0}, "checkpoint_every: not a positive integer: 0"),
        ({"checkpoint_every": 2.5}, "checkpoint_every: not a positive integer: 2.5"),
        ({"checkpoint_every": True}, "checkpoint_every: not a positive integer: True"),
        (
            {"checkpoint_interval_seconds": "300"},
            "checkpoint_interval_seconds: not a positive number of seconds: '300'",
        ),
        (
            {"checkpoint_interval_seconds": -1},
            "checkpoint_interval_seconds: not a positive number of seconds: -1",
        ),
        ({"tsa_timeout": float("inf")}, "tsa_timeout: not a positive number of seconds: inf"),
        ({"tsa_url": "ftp://tsa.example"}, "tsa_url: not an http(s) URL: 'ftp://tsa.example'"),
        ({"tsa_url": 7}, "tsa_url: not a URL: 7"),
        ({"checkpoint_evry": 5}, "checkpoint_evry: unknown setting"),
    ],
)
def test_bad_values_name_the_field(mapping: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        EvidenceConfig.from_mapping(mapping, WHERE)
    text = str(caught.value)
    assert text.startswith(f"{WHERE}: {message}")
    assert "\n" not in text


def test_built_directly_it_checks_too() -> None:
    with pytest.raises(ConfigError, match="checkpoint_every"):
        EvidenceConfig(checkpoint_every=0)


def _clock() -> datetime:
    return datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _sizes(log: EvidenceLog, tmp_path: Path) -> list[int]:
    with open_database(tmp_path) as db, db.transaction() as conn:
        return [c.size for c in EvidenceRepository(conn).checkpoints()]


def test_the_cadence_comes_from_the_config(tmp_path: Path) -> None:
    key = load_or_create_signing_key(tmp_path, ORIGIN)
    config = EvidenceConfig(checkpoint_every=3, checkpoint_interval_seconds=3600)
    with open_database(tmp_path) as db:
        # the config wins over the keyword arguments it replaces
        log = EvidenceLog(db, ORIGIN, key, batch_size=1, checkpoint_every=1000, config=config)
        for n in range(7):
            log.append("note", {"n": n})
        assert _sizes(log, tmp_path) == [3, 6]


def test_each_checkpoint_is_timestamped(
    authority: tuple[StubAuthority, str],  # noqa: F811
    tmp_path: Path,
) -> None:
    stub, url = authority
    stub.mode = "ok"
    key = load_or_create_signing_key(tmp_path, ORIGIN)
    config = EvidenceConfig(checkpoint_every=2, tsa_url=url, tsa_timeout=10)
    with open_database(tmp_path) as db:
        log = EvidenceLog(db, ORIGIN, key, batch_size=1, clock=_clock, config=config)
        before = stub.requests
        for n in range(4):
            log.append("note", {"n": n})
        final = log.checkpoint()  # nothing new since size 4: no new checkpoint, no stamp
        assert stub.requests == before + 2
        assert final.size == 4 and log.unstamped == []
        with db.transaction() as conn:
            notes = {c.size: c.note for c in EvidenceRepository(conn).checkpoints()}
        assert sorted(notes) == [2, 4]
        for size, note in notes.items():
            (token,) = stored_tokens(db, size)
            assert check_token(token, note.encode()).tsa == "CN=Stub TSA"


def test_an_authority_failure_does_not_stop_capture(
    authority: tuple[StubAuthority, str],  # noqa: F811
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    stub, url = authority
    stub.mode = "garbage"
    key = load_or_create_signing_key(tmp_path, ORIGIN)
    config = EvidenceConfig(checkpoint_every=2, tsa_url=url)
    try:
        with open_database(tmp_path) as db, caplog.at_level(logging.WARNING):
            log = EvidenceLog(db, ORIGIN, key, batch_size=1, clock=_clock, config=config)
            for n in range(3):
                log.append("note", {"n": n})
            assert log.durable_size == 3 and log.unstamped == [2]
            assert "checkpoint at size 2 not timestamped" in caplog.text
            stub.mode = "ok"
            log.append("note", {"n": 3})
            assert log.unstamped == [2] and len(stored_tokens(db, 4)) == 1
    finally:
        stub.mode = "ok"
