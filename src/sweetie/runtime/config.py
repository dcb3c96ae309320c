"""`sweetie.toml`: the live runtime's configuration (DESIGN.md, "Runtime configuration").

    mode = "deterrence"                # platform | deterrence | investigation
    data_dir = "./sweetie-data"        # relative to this file; or database_url = "..."
    [[networks]]                       # name, kind = "irc", host, port, tls, rooms, ...
    [[presences]]                      # network, nick, realname, profile
    [runtime]                          # batch_max, batch_wait_ms, queue_max
    [policy] [evidence] [web] [identify] [retention] [referrals]
                                       # checked here by the parts' own readers, kept raw

docs/configuration.md documents every key; tests/test_configuration_documented.py holds the
two together through the declarations below (and each part's own: `PolicyConfig`'s fields,
`EvidenceConfig`'s, `WebConfig`'s, `RETENTION_KEYS`, `RECIPIENT_KEYS`/`REPORTER_KEYS`).

Secrets need not sit in the file: `password_env` names an environment variable holding the
SASL password, `server_password_env` one holding the server password.

A bad file is one ConfigError line: `file:line: message` for TOML syntax, `file: key.path:
message` for a bad value.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sweetie.cases.referral import Routing
from sweetie.cases.retention import RetentionPolicy
from sweetie.connectors.irc import IrcAccount, IrcNetwork, casefold
from sweetie.deter.config import PolicyConfig
from sweetie.events import ConfigError
from sweetie.evidence.config import EvidenceConfig
from sweetie.web.config import WebConfig

__all__ = [
    "IDENTIFY_KEYS",
    "MODES",
    "NETWORK_KEYS",
    "PRESENCE_KEYS",
    "RUNTIME_KEYS",
    "SECTIONS",
    "TOP_LEVEL_KEYS",
    "NetworkConfig",
    "RuntimeConfig",
    "RuntimeTuning",
    "load_config",
]

MODES = ("platform", "deterrence", "investigation")
KINDS = ("irc",)

TOP_LEVEL_KEYS = {"mode": str, "data_dir": str, "database_url": str}
# Tables and arrays of tables the file may hold; any other is refused (a typo, most likely).
SECTIONS = (
    "networks",
    "presences",
    "runtime",
    "policy",
    "evidence",
    "web",
    "identify",
    "retention",
    "referrals",
)
NETWORK_KEYS = {
    "name": str,
    "kind": str,
    "host": str,
    "port": int,
    "tls": bool,
    "tls_verify": bool,
    "ca_file": str,
    "rooms": list,
    "sasl_username": str,
    "sasl_password": str,
    "password_env": str,
    "server_password_env": str,
    "flood_rate": float,
    "flood_burst": int,
    "reconnect_initial": float,
    "reconnect_max": float,
    "ping_interval": float,
    "ping_timeout": float,
    "connect_timeout": float,
    "confirm_timeout": float,
}
PRESENCE_KEYS = {
    "network": str,
    "nick": str,
    "realname": str,
    "profile": str,
    "username": str,
    "sasl_username": str,
    "sasl_password": str,
    "password_env": str,
}
RUNTIME_KEYS = {"batch_max": int, "batch_wait_ms": float, "queue_max": int}
IDENTIFY_KEYS = {"key_file": str}


@dataclass(frozen=True, slots=True)
class NetworkConfig:
    settings: IrcNetwork
    presences: tuple[IrcAccount, ...]


@dataclass(frozen=True, slots=True)
class RuntimeTuning:
    """How captured events are batched into the pipeline."""

    batch_max: int = 500  # events per batch at most
    batch_wait_ms: float = 5.0  # after the first event, wait at most this for more
    queue_max: int = 100_000  # captured but not yet logged; readers wait when it is full


@dataclass(frozen=True, slots=True)
class RuntimeConfig:
    path: Path
    mode: str
    data_dir: Path
    database_url: str | None
    networks: tuple[NetworkConfig, ...]
    tuning: RuntimeTuning = RuntimeTuning()
    sections: dict[str, Any] = field(default_factory=dict)  # [policy], [evidence], [web], ...
    web: WebConfig = field(default_factory=WebConfig)
    evidence: EvidenceConfig = field(default_factory=EvidenceConfig)


class _Reader:
    """Typed access to one table, naming `where.key` in every error."""

    def __init__(
        self, source: str, where: str, table: Mapping[str, Any], known: Mapping[str, type]
    ):
        self.source = source
        self.where = where
        self.table = table
        for key in table:
            if key not in known:
                raise self.error(key, f"unknown setting (known: {', '.join(sorted(known))})")
        self.known = known

    def error(self, key: str, message: str) -> ConfigError:
        path = f"{self.where}.{key}" if self.where else key
        return ConfigError(f"{self.source}: {path}: {message}")

    def get(self, key: str, default: Any = None, *, required: bool = False) -> Any:
        if key not in self.table:
            if required:
                raise self.error(key, "missing")
            return default
        value = self.table[key]
        kind = self.known[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(key, f"must be {_KIND_NAMES[kind]}, not {value!r}")
        if kind is str and not value:
            raise self.error(key, "must not be empty")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, [])
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value:
                raise self.error(f"{key}[{i}]", f"must be a non-empty string, not {value!r}")
        return tuple(values)

    def secret(self, key: str, env_key: str) -> str | None:
        value: str | None = self.get(key)
        env_name: str | None = self.get(env_key)
        if value is not None and env_name is not None:
            raise self.error(env_key, f"give {key} or {env_key}, not both")
        if env_name is not None:
            value = os.environ.get(env_name)
            if not value:
                raise self.error(env_key, f"environment variable {env_name} is not set")
        return value


_KIND_NAMES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    list: "a list",
}
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def load_config(path: Path, *, need_networks: bool = True) -> RuntimeConfig:
    """Read and check `sweetie.toml`; ConfigError naming file:line or the key otherwise.

    `sweetie serve` reads the same file but connects to no network (`need_networks=False`)."""
    source = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{source}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read ({exc})") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_LINE.search(message)
        if found:
            message = _TOML_LINE.sub("", message).strip()
            raise ConfigError(f"{source}:{found.group(1)}: {message}") from None
        raise ConfigError(f"{source}: {message}") from None
    return _build(path, document, need_networks)


def _build(path: Path, document: dict[str, Any], need_networks: bool = True) -> RuntimeConfig:
    source = str(path)
    for key, value in document.items():
        if key in SECTIONS:
            if key not in ("networks", "presences") and not isinstance(value, dict):
                raise ConfigError(f"{source}: {key}: must be a table ([{key}])")
            continue
        if isinstance(value, dict | list) and key not in TOP_LEVEL_KEYS:
            raise ConfigError(f"{source}: {key}: unknown section (known: {', '.join(SECTIONS)})")
    scalars = {k: v for k, v in document.items() if k not in SECTIONS}
    top = _Reader(source, "", scalars, TOP_LEVEL_KEYS)
    mode = top.get("mode", "deterrence")
    if mode not in MODES:
        raise top.error("mode", f"{mode!r} is not one of {', '.join(MODES)}")
    base = path.parent
    data_dir = Path(top.get("data_dir", "./sweetie-data"))
    if not data_dir.is_absolute():
        data_dir = base / data_dir
    database_url = top.get("database_url")

    networks_raw = _tables(source, document, "networks")
    presences_raw = _tables(source, document, "presences")
    if not networks_raw and need_networks:
        raise ConfigError(f"{source}: networks: no [[networks]] configured")
    by_name: dict[str, tuple[IrcNetwork, list[IrcAccount]]] = {}
    network_sasl: dict[str, tuple[str, str] | None] = {}
    for i, table in enumerate(networks_raw):
        network, sasl = _network(source, f"networks[{i}]", table)
        if network.name in by_name:
            raise ConfigError(f"{source}: networks[{i}].name: {network.name!r} given twice")
        by_name[network.name] = (network, [])
        network_sasl[network.name] = sasl
    for i, table in enumerate(presences_raw):
        where = f"presences[{i}]"
        reader = _Reader(source, where, table, PRESENCE_KEYS)
        name = reader.get("network", required=True)
        if name not in by_name:
            raise reader.error("network", f"no [[networks]] named {name!r}")
        network, accounts = by_name[name]
        account = _account(reader, network_sasl[name])
        if any(casefold(a.nick) == casefold(account.nick) for a in accounts):
            raise reader.error("nick", f"{account.nick!r} is already a presence on {name}")
        accounts.append(account)
    networks = []
    for i, (network, accounts) in enumerate(by_name.values()):
        if not accounts:
            raise ConfigError(
                f"{source}: networks[{i}]: no [[presences]] on network {network.name!r}"
            )
        networks.append(NetworkConfig(network, tuple(accounts)))

    sections = {k: v for k, v in document.items() if isinstance(v, dict) and k not in ("runtime",)}
    tuning = _tuning(source, document.get("runtime", {}))
    web, evidence = _check_sections(path, sections)
    return RuntimeConfig(
        path=path,
        mode=mode,
        data_dir=data_dir,
        database_url=database_url,
        networks=tuple(networks),
        tuning=tuning,
        sections=sections,
        web=web,
        evidence=evidence,
    )


def _check_sections(path: Path, sections: dict[str, Any]) -> tuple[WebConfig, EvidenceConfig]:
    """Each part's section through that part's own reader, now: a bad key fails at start-up
    as one line naming the file and the key, not later in the middle of a run. Relative
    paths in them are taken relative to the file, like data_dir (`sections` is updated)."""
    source = str(path)

    def named(exc: ConfigError) -> ConfigError:
        message = str(exc)
        return ConfigError(message if message.startswith(source) else f"{source}: {message}")

    try:
        PolicyConfig.from_mapping(sections.get("policy", {}), where=f"{source} [policy]")
        evidence = EvidenceConfig.from_mapping(
            sections.get("evidence", {}), where=f"{source} [evidence]"
        )
        web = WebConfig.from_mapping(sections.get("web", {}), where="web")
        RetentionPolicy.from_mapping(sections.get("retention", {}), where=f"{source}: [retention]")
        Routing.from_config(sections.get("referrals"))
    except ConfigError as exc:
        raise named(exc) from None
    if "identify" in sections:
        reader = _Reader(source, "identify", sections["identify"], IDENTIFY_KEYS)
        key_file = reader.get("key_file")
        if key_file is not None and not Path(key_file).is_absolute():
            sections["identify"] = {**sections["identify"], "key_file": str(path.parent / key_file)}
    return web, evidence


def _tables(source: str, document: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = document.get(key, [])
    if not isinstance(value, list) or not all(isinstance(t, dict) for t in value):
        raise ConfigError(f"{source}: {key}: must be an array of tables ([[{key}]])")
    return value


def _network(
    source: str, where: str, table: dict[str, Any]
) -> tuple[IrcNetwork, tuple[str, str] | None]:
    """The network, and its SASL account (the default of its presences), if any."""
    r = _Reader(source, where, table, NETWORK_KEYS)
    name = r.get("name", required=True)
    kind = r.get("kind", "irc")
    if kind not in KINDS:
        raise r.error("kind", f"{kind!r} is not a supported network kind ({', '.join(KINDS)})")
    tls = r.get("tls", False)
    values: dict[str, Any] = {
        "name": name,
        "host": r.get("host", required=True),
        "port": r.get("port", 6697 if tls else 6667),
        "tls": tls,
        "tls_verify": r.get("tls_verify", True),
        "ca_file": r.get("ca_file"),
        "rooms": r.strings("rooms"),
        "server_password": _from_env(r, "server_password_env"),
    }
    for key in _TIMINGS:
        if key in table:
            values[key] = r.get(key)
    sasl = _sasl(r)
    try:
        return IrcNetwork(**values), sasl
    except ValueError as exc:
        raise ConfigError(f"{source}: {where}.{exc}") from None


_TIMINGS = (
    "flood_rate",
    "flood_burst",
    "reconnect_initial",
    "reconnect_max",
    "ping_interval",
    "ping_timeout",
    "connect_timeout",
    "confirm_timeout",
)


def _from_env(r: _Reader, env_key: str) -> str | None:
    env_name: str | None = r.get(env_key)
    if env_name is None:
        return None
    value = os.environ.get(env_name)
    if not value:
        raise r.error(env_key, f"environment variable {env_name} is not set")
    return value


def _sasl(r: _Reader) -> tuple[str, str] | None:
    user: str | None = r.get("sasl_username")
    password = r.secret("sasl_password", "password_env")
    if user is None and password is None:
        return None
    if user is None or password is None:
        raise r.error("sasl_username", "give sasl_username with sasl_password or password_env")
    return user, password


def _account(r: _Reader, default_sasl: tuple[str, str] | None) -> IrcAccount:
    sasl = _sasl(r) or default_sasl
    sasl_user, sasl_password = sasl if sasl else (None, None)
    try:
        return IrcAccount(
            nick=r.get("nick", required=True),
            realname=r.get("realname", ""),
            profile=r.get("profile", ""),
            username=r.get("username", ""),
            sasl_username=sasl_user,
            sasl_password=sasl_password,
        )
    except ValueError as exc:
        raise ConfigError(f"{r.source}: {r.where}.{exc}") from None


def _tuning(source: str, table: object) -> RuntimeTuning:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: runtime: must be a table ([runtime])")
    r = _Reader(source, "runtime", table, RUNTIME_KEYS)
    tuning = RuntimeTuning(
        batch_max=r.get("batch_max", 500),
        batch_wait_ms=r.get("batch_wait_ms", 5.0),
        queue_max=r.get("queue_max", 100_000),
    )
    if tuning.batch_max < 1 or tuning.queue_max < 1 or tuning.batch_wait_ms < 0:
        raise ConfigError(f"{source}: runtime: batch_max and queue_max >= 1, batch_wait_ms >= 0")
    return tuning
