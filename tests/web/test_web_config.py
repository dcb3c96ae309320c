"""WebConfig from a `[web]` config section: defaults, types, unknown keys, one-line errors."""

from __future__ import annotations

import pytest

from sweetie.events import ConfigError
from sweetie.web import WebConfig


def test_defaults_are_local_and_webhook_off() -> None:
    c = WebConfig.from_mapping({})
    assert (c.host, c.port, c.webhook_url, c.cookie_secure) == ("127.0.0.1", 8000, None, False)
    assert c.max_body_bytes == 5 * 1024 * 1024 and c.max_batch == 10_000


def test_values_are_taken() -> None:
    c = WebConfig.from_mapping(
        {
            "port": 9000,
            "session_ttl": 600,
            "webhook_url": "https://hooks.example/x",
            "webhook_timeout": 2,
            "cookie_secure": True,
        }
    )
    assert c.port == 9000 and c.session_ttl == 600 and c.webhook_timeout == 2.0
    assert c.cookie_secure is True


@pytest.mark.parametrize(
    ("mapping", "needle"),
    [
        ({"prot": 1}, "sweetie.toml [web].prot: unknown setting"),
        ({"port": "80"}, "sweetie.toml [web].port: expected int"),
        ({"port": True}, "sweetie.toml [web].port: expected int"),
        ({"port": 70000}, "sweetie.toml [web].port: 70000 is not a TCP port"),
        ({"session_ttl": 0}, "session_ttl"),
        ({"webhook_url": "ftp://x"}, "sweetie.toml [web].webhook_url"),
    ],
)
def test_bad_values_name_where(mapping: dict[str, object], needle: str) -> None:
    with pytest.raises(ConfigError) as info:
        WebConfig.from_mapping(mapping, "sweetie.toml [web]")
    assert needle in str(info.value) and "\n" not in str(info.value)
