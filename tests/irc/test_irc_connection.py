"""The IRC connection against a real ngircd (and, for SASL, a scripted server)."""

from __future__ import annotations

import asyncio
import base64
import ssl
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from ngircd_server import Client, Ngircd, free_port

from sweetie.connectors.irc import (
    IrcAccount,
    IrcConnection,
    IrcNetwork,
    SendRefused,
    tls_context,
)
from sweetie.events import ChatEvent, Warning

FAST = {"reconnect_initial": 0.1, "reconnect_max": 0.5, "flood_rate": 50.0, "flood_burst": 10}


def network(port: int, **kw: Any) -> IrcNetwork:
    values: dict[str, Any] = {
        "name": "local",
        "host": "127.0.0.1",
        "port": port,
        "rooms": ("#chat",),
        **FAST,
    }
    values.update(kw)
    return IrcNetwork(**values)


def warning(target: str, text: str = "This is a warning from the reviewed catalog.") -> Warning:
    return Warning(
        decision_key="k1",
        network="local",
        target=target,
        text=text,
        language="en",
        jurisdiction="generic",
        variant="both",
        catalog_entry="en/generic/warn_1/both",
    )


async def until(predicate: Callable[[], object], timeout: float = 10.0, what: str = "") -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def with_connection(
    net: IrcNetwork,
    account: IrcAccount,
    body: Callable[[IrcConnection, list[ChatEvent]], Awaitable[None]],
) -> list[ChatEvent]:
    events: list[ChatEvent] = []

    async def on_event(event: ChatEvent) -> None:
        events.append(event)

    conn = IrcConnection(net, account, on_event)
    task = asyncio.create_task(conn.run())
    try:
        await until(
            lambda: bool(conn.joined) or (conn.ready.is_set() and not net.rooms),
            10,
            "the presence to join",
        )
        await body(conn, events)
    finally:
        await conn.stop()
        await asyncio.wait_for(task, 5)
    return events


def test_captures_room_private_notice_and_action_not_ctcp(
    ngircd: Ngircd, clients: Callable[[int, str], Client]
) -> None:
    async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
        alice = await asyncio.to_thread(clients, ngircd.port, "alice")
        await asyncio.to_thread(alice.join, "#chat")
        alice.send("#chat", "hello room")
        alice.send("mia_11", "hi how old are you?")
        alice.notice("mia_11", "a notice")
        alice.action("#chat", "waves")
        alice.ctcp("mia_11", "VERSION")
        alice.ctcp("mia_11", "PING", "12345")
        alice.send("mia_11", "last line")
        await until(lambda: len(events) >= 5, 10, "five captured events")
        await asyncio.sleep(0.3)
        # CTCP requests are neither captured nor answered (hard rule 1: no automated text).
        answers = [r for r in alice.drain() if r.source == "mia_11"]
        assert answers == []

    net = network(ngircd.port)
    events = asyncio.run(with_connection(net, IrcAccount("mia_11", "mia"), body))
    got = [(e.room, e.sender, e.to, e.text) for e in events]
    assert got == [
        ("#chat", "alice", None, "hello room"),
        (None, "alice", "mia_11", "hi how old are you?"),
        (None, "alice", "mia_11", "a notice"),
        ("#chat", "alice", None, "* waves"),
        (None, "alice", "mia_11", "last line"),
    ]
    assert len({e.id for e in events}) == 5
    assert all(e.id.startswith("local:") and e.network == "local" for e in events)
    assert all(e.ts.endswith("Z") and datetime.fromisoformat(e.ts) for e in events)
    assert events[1].conversation == "local/alice+mia_11"
    assert events[0].conversation == "local/#chat"


def test_nick_collision_takes_an_alternate(
    ngircd: Ngircd, clients: Callable[[int, str], Client]
) -> None:
    squatter = clients(ngircd.port, "mia_11")

    async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
        assert conn.nick == "mia_11_"
        bob = await asyncio.to_thread(clients, ngircd.port, "bob")
        bob.send("mia_11_", "hello")
        await until(lambda: events, 10, "a private message")

    events = asyncio.run(with_connection(network(ngircd.port), IrcAccount("mia_11"), body))
    assert (events[0].sender, events[0].to) == ("bob", "mia_11_")
    assert squatter.nick == "mia_11"


def test_reconnects_and_rejoins_after_a_server_restart(
    ngircd: Ngircd, clients: Callable[[int, str], Client]
) -> None:
    async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
        assert conn.sessions == 1
        await asyncio.to_thread(ngircd.restart)
        await until(lambda: conn.sessions == 2 and conn.joined, 15, "reconnect and rejoin")
        carol = await asyncio.to_thread(clients, ngircd.port, "carol")
        await asyncio.to_thread(carol.join, "#chat")
        carol.send("#chat", "after the restart")
        await until(lambda: events, 10, "a room message after the restart")

    events = asyncio.run(with_connection(network(ngircd.port), IrcAccount("mia_11"), body))
    assert events[0].text == "after the restart" and events[0].room == "#chat"


def test_sends_a_warning_and_reports_a_refusal(
    ngircd: Ngircd, clients: Callable[[int, str], Client]
) -> None:
    async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
        dave = await asyncio.to_thread(clients, ngircd.port, "dave")
        await conn.send_warning(warning("dave"))
        got = await asyncio.to_thread(dave.private_from, "mia_11")
        assert got.text == "This is a warning from the reviewed catalog."
        long_text = " ".join(["word"] * 150)  # 749 bytes: more than one IRC line
        await conn.send_warning(warning("dave", long_text))
        first = await asyncio.to_thread(dave.private_from, "mia_11")
        second = await asyncio.to_thread(dave.private_from, "mia_11")
        assert f"{first.text} {second.text}" == long_text
        with pytest.raises(SendRefused, match="401"):
            await conn.send_warning(warning("nobody_here"))
        with pytest.raises(SendRefused):
            await conn.send_warning(warning("#chat"))  # warnings go privately, never to a room
        with pytest.raises(TypeError):
            await conn.send_warning("free text")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await conn.write_warning("free text")  # type: ignore[arg-type]
        # Written back to back, each confirmed on its own: the next is not held up by the
        # last one's answer, and a refusal is matched to its own warning.
        to_nobody = await conn.write_warning(warning("nobody_here"))
        to_dave = await conn.write_warning(warning("dave"))
        again_to_nobody = await conn.write_warning(warning("nobody_here"))
        await to_dave
        for refused in (to_nobody, again_to_nobody):
            with pytest.raises(SendRefused, match="401"):
                await refused
        got = await asyncio.to_thread(dave.private_from, "mia_11")
        assert got.text == "This is a warning from the reviewed catalog."
        # The connection has no way to send free text at all (hard rule 1).
        public = {n for n in dir(conn) if not n.startswith("_") and ("send" in n or "write" in n)}
        assert public == {"send_warning", "write_warning"}

    asyncio.run(with_connection(network(ngircd.port, rooms=()), IrcAccount("mia_11"), body))


# -- TLS -------------------------------------------------------------------------------------


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    import ipaddress

    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o644)  # ngircd drops privileges before reading it
    return cert_path, key_path


def test_tls_context_verifies_by_default() -> None:
    context = tls_context(network(6697, tls=True))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2
    lax = tls_context(network(6697, tls=True, tls_verify=False))
    assert lax.verify_mode == ssl.CERT_NONE


def test_tls_against_ngircd(tmp_path: Path) -> None:
    cert, key = _self_signed(tmp_path)

    tls_port = free_port()
    extra = f"[SSL]\n\tCertFile = {cert}\n\tKeyFile = {key}\n\tPorts = {tls_port}\n"
    server = Ngircd(tmp_path, extra)
    server.start()
    try:
        net = network(tls_port, tls=True, ca_file=str(cert), rooms=())

        async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
            assert conn.ready.is_set()

        asyncio.run(with_connection(net, IrcAccount("mia_tls"), body))
    finally:
        server.stop()


# -- SASL: ngircd has no SASL, so a scripted server plays one (the only fake here) ----------


class ScriptedSasl:
    """Just enough of an IRCv3 server for SASL PLAIN: CAP LS/REQ, AUTHENTICATE, 90x."""

    def __init__(self, accept: bool) -> None:
        self.accept = accept
        self.lines: list[str] = []
        self.connections = 0
        self.port = 0

    async def start(self) -> asyncio.Server:
        server = await asyncio.start_server(self._client, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        return server

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1

        def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")

        nick = "*"
        while line := (await reader.readline()).decode().rstrip("\r\n"):
            self.lines.append(line)
            words = line.split(" ")
            if words[0] == "NICK":
                nick = words[1]
            if line.startswith("CAP LS"):
                say(":fake CAP * LS :multi-prefix sasl=PLAIN,EXTERNAL server-time")
            elif line.startswith("CAP REQ"):
                say(f":fake CAP * ACK :{line.split(':', 1)[1]}")
            elif line == "AUTHENTICATE PLAIN":
                say("AUTHENTICATE +")
            elif words[0] == "AUTHENTICATE":
                ok = base64.b64decode(words[1]) == b"\0mia_account\0s3cret"
                if ok and self.accept:
                    say(f":fake 900 {nick} {nick}!u@h mia_account :You are now logged in")
                    say(f":fake 903 {nick} :SASL authentication successful")
                else:
                    say(f":fake 904 {nick} :SASL authentication failed")
            elif line == "CAP END":
                say(f":fake 001 {nick} :Welcome")
                say(f":fake 376 {nick} :End of MOTD")
            elif words[0] == "QUIT":
                say("ERROR :Closing link")
                break
            await writer.drain()
        writer.close()


def _sasl_account() -> IrcAccount:
    return IrcAccount("mia_11", sasl_username="mia_account", sasl_password="s3cret")


def test_sasl_plain_logs_in_before_registration() -> None:
    async def main() -> list[str]:
        fake = ScriptedSasl(accept=True)
        server = await fake.start()
        async with server:
            net = network(fake.port, rooms=())

            async def body(conn: IrcConnection, events: list[ChatEvent]) -> None:
                assert conn.ready.is_set()

            await with_connection(net, _sasl_account(), body)
        return fake.lines

    lines = asyncio.run(main())
    assert lines[:3] == ["CAP LS 302", "NICK mia_11", "USER mia_11 0 * mia_11"]
    assert lines[3:7] == [
        "CAP REQ :server-time sasl",
        "AUTHENTICATE PLAIN",
        "AUTHENTICATE AG1pYV9hY2NvdW50AHMzY3JldA==",
        "CAP END",
    ]


def test_sasl_refused_never_registers_and_backs_off() -> None:
    async def main() -> tuple[ScriptedSasl, IrcConnection]:
        fake = ScriptedSasl(accept=False)
        server = await fake.start()

        async def on_event(event: ChatEvent) -> None:
            raise AssertionError("nothing to capture")

        async with server:
            conn = IrcConnection(network(fake.port, rooms=()), _sasl_account(), on_event)
            task = asyncio.create_task(conn.run())
            await until(lambda: fake.connections >= 2, 10, "a second attempt")
            assert not conn.ready.is_set() and conn.sessions == 0
            await conn.stop()
            await asyncio.wait_for(task, 5)
        return fake, conn

    fake, _ = asyncio.run(main())
    assert "CAP END" not in fake.lines  # never registered without the account


# -- a network with two presences -------------------------------------------------------------


def test_two_presences_capture_a_room_once_and_reply_through_the_right_one(
    ngircd: Ngircd, clients: Callable[[int, str], Client]
) -> None:
    from sweetie.connectors.irc import IrcNetworkConnector

    async def main() -> list[ChatEvent]:
        events: list[ChatEvent] = []

        async def on_event(event: ChatEvent) -> None:
            events.append(event)

        net = network(ngircd.port)
        connector = IrcNetworkConnector(net, [IrcAccount("mia_11"), IrcAccount("ana_12")], on_event)
        connector.start()
        try:
            await until(lambda: all(c.joined for c in connector.connections), 10, "both joined")
            erin = await asyncio.to_thread(clients, ngircd.port, "erin")
            await asyncio.to_thread(erin.join, "#chat")
            erin.send("#chat", "hello both")
            erin.send("ana_12", "hi ana")
            await until(lambda: len(events) >= 2, 10, "two events")
            await connector.send_warning(warning("erin"))
            got = await asyncio.to_thread(erin.private_from, "ana_12")
            assert got.text.startswith("This is a warning")
        finally:
            await connector.stop()
        await asyncio.sleep(0.2)
        return events

    events = asyncio.run(main())
    assert [(e.room, e.to, e.text) for e in events] == [
        ("#chat", None, "hello both"),
        (None, "ana_12", "hi ana"),
    ]
