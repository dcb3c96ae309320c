"""The web part's settings: the `[web]` section of sweetie.toml, or defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sweetie.events import ConfigError

__all__ = ["WebConfig"]

_FIELDS = {
    "enabled": bool,
    "host": str,
    "port": int,
    "session_ttl": int,
    "webhook_url": str,
    "webhook_timeout": float,
    "cookie_secure": bool,
    "max_body_bytes": int,
    "max_batch": int,
}


@dataclass(frozen=True, slots=True)
class WebConfig:
    # `sweetie run` serves the UI and API too unless this is false (`sweetie serve` always does)
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8000
    session_ttl: int = 8 * 3600  # seconds; a working day, then log in again
    webhook_url: str | None = None  # escalations are POSTed here; off when None
    webhook_timeout: float = 5.0
    # Secure cookies only travel over HTTPS: on behind a TLS proxy, off for a local demo.
    cookie_secure: bool = False
    max_body_bytes: int = 5 * 1024 * 1024
    max_batch: int = 10_000

    def __post_init__(self) -> None:
        if not 0 < self.port < 65536:
            raise ConfigError(f"web.port: {self.port} is not a TCP port")
        if self.session_ttl <= 0:
            raise ConfigError(f"web.session_ttl: {self.session_ttl} must be positive")
        if self.max_body_bytes <= 0 or self.max_batch <= 0:
            raise ConfigError("web.max_body_bytes and web.max_batch must be positive")
        if self.webhook_url is not None and not self.webhook_url.startswith(
            ("http://", "https://")
        ):
            raise ConfigError(f"web.webhook_url: {self.webhook_url!r} is not an http(s) URL")

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any], where: str = "web") -> WebConfig:
        """Build from a config section; unknown keys and wrong types name `where.key`."""
        values: dict[str, Any] = {}
        for key, value in mapping.items():
            kind = _FIELDS.get(key)
            if kind is None:
                raise ConfigError(f"{where}.{key}: unknown setting (known: {', '.join(_FIELDS)})")
            ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
            if kind is float and isinstance(value, int) and not isinstance(value, bool):
                value, ok = float(value), True
            if not ok:
                raise ConfigError(f"{where}.{key}: expected {kind.__name__}, got {value!r}")
            values[key] = value
        try:
            return cls(**values)
        except ConfigError as exc:
            raise ConfigError(str(exc).replace("web.", f"{where}.", 1)) from None
