"""What one IRC network and one account on it (a presence) are configured with."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["IrcAccount", "IrcNetwork"]


def _check_word(name: str, value: str) -> None:
    if not value or any(ch in value for ch in " \r\n\0,"):
        raise ValueError(f"{name}: {value!r} must be one word without spaces or commas")


@dataclass(frozen=True, slots=True)
class IrcAccount:
    """One account on a network: a presence. `profile` is the human-written description
    kept with it (for reviewers); the connector sends nothing of it but the real name."""

    nick: str
    realname: str = ""
    profile: str = ""
    username: str = ""  # the ident; the nick when empty
    sasl_username: str | None = None
    sasl_password: str | None = None

    def __post_init__(self) -> None:
        _check_word("nick", self.nick)
        if self.nick[0] in "#&+!:$@0123456789-":
            raise ValueError(f"nick: {self.nick!r} cannot start with {self.nick[0]!r}")
        if self.username:
            _check_word("username", self.username)
        if any(ch in self.realname for ch in "\r\n\0"):
            raise ValueError("realname: must be one line")
        if (self.sasl_username is None) != (self.sasl_password is None):
            raise ValueError("sasl: give both a user name and a password, or neither")


@dataclass(frozen=True, slots=True)
class IrcNetwork:
    """Where to connect and how politely. Times in seconds."""

    name: str
    host: str
    port: int = 6667
    tls: bool = False
    tls_verify: bool = True
    ca_file: str | None = None
    rooms: tuple[str, ...] = ()
    server_password: str | None = None
    flood_rate: float = 1.0  # lines a second we send, after the burst
    flood_burst: int = 4
    reconnect_initial: float = 1.0
    reconnect_max: float = 60.0
    ping_interval: float = 60.0  # idle this long: we PING the server
    ping_timeout: float = 30.0  # and give it this long to answer before reconnecting
    connect_timeout: float = 15.0
    confirm_timeout: float = 15.0  # how long a sent warning waits for the server's answer

    def __post_init__(self) -> None:
        _check_word("name", self.name)
        _check_word("host", self.host)
        if not 0 < self.port < 65536:
            raise ValueError(f"port: {self.port} is not a TCP port")
        for room in self.rooms:
            _check_word("rooms", room)
        if self.flood_rate <= 0:
            raise ValueError(f"flood_rate: {self.flood_rate} must be > 0")
        if self.flood_burst < 1:
            raise ValueError(f"flood_burst: {self.flood_burst} must be >= 1")
        if not 0 < self.reconnect_initial <= self.reconnect_max:
            raise ValueError("reconnect: need 0 < reconnect_initial <= reconnect_max")
        for name in ("ping_interval", "ping_timeout", "connect_timeout", "confirm_timeout"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name}: must be > 0")
