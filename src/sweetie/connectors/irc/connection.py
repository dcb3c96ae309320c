"""One account (a presence) on one IRC network, on asyncio streams.

It registers (CAP, SASL PLAIN, NICK/USER, another nick on a collision), joins the rooms,
answers PINGs, captures what is said in its rooms and to it privately as ChatEvents, and
comes back with exponential backoff after the server drops it or restarts, rejoining its
rooms. What it sends of its own accord is protocol only; the one text it sends on request
is a `Warning` (hard rule 1): there is no method that sends free text.

CTCP requests (VERSION, PING, ...) are neither answered nor captured: an answer would be
automated text that is not a warning. `/me` (CTCP ACTION) is chat and is captured as
"* text".
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import ssl
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from sweetie.connectors.chat_jsonl import is_timestamp
from sweetie.connectors.irc.backoff import Backoff
from sweetie.connectors.irc.flood import TokenBucket
from sweetie.connectors.irc.ids import EventIds
from sweetie.connectors.irc.message import (
    MAX_LINE_BYTES,
    MAX_TAGS_BYTES,
    Message,
    MessageError,
    casefold,
    decode_line,
    parse_ctcp,
    parse_message,
)
from sweetie.connectors.irc.sasl import plain_payload_chunks
from sweetie.connectors.irc.settings import IrcAccount, IrcNetwork
from sweetie.events import ChatEvent, Warning

__all__ = ["IrcConnection", "NotConnected", "SendRefused", "split_text", "tls_context"]

OnEvent = Callable[[ChatEvent], Awaitable[None]]

# Numerics that say a message we sent was not delivered, naming the target in params[1].
_SEND_ERRORS = frozenset({"401", "403", "404", "406", "407", "411", "412", "486", "492", "716"})
_NICK_TAKEN = frozenset({"432", "433", "436", "437"})
_JOIN_ERRORS = frozenset({"403", "405", "471", "473", "474", "475", "477"})
_WANTED_CAPS = ("server-time", "message-tags")
# What the server adds before our text when it relays it: ":nick!user@host ", host <= 64.
_RELAY_OVERHEAD = 1 + 1 + 10 + 1 + 64 + 1
_READ_LIMIT = MAX_TAGS_BYTES + MAX_LINE_BYTES + 2
STABLE_SECONDS = 30.0  # a session this long resets the reconnect backoff
JOIN_FALLBACK_SECONDS = 5.0


class NotConnected(Exception):
    """The connection is down (or dropped before the server confirmed a send): try later."""


class SendRefused(Exception):
    """The server refused a warning, or it cannot be sent at all (e.g. no such nick)."""


class _SessionFailed(Exception):
    """This connection attempt cannot succeed (e.g. SASL refused); back off and retry."""


def tls_context(network: IrcNetwork) -> ssl.SSLContext:
    """The client TLS context: the system's CAs (or `ca_file`), hostname checked, TLS 1.2+.
    `tls_verify = false` is for a test server with a self-signed certificate only."""
    context = ssl.create_default_context(cafile=network.ca_file)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if not network.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def split_text(text: str, max_bytes: int) -> list[str]:
    """`text` as lines of at most `max_bytes` UTF-8 bytes, broken between words where it can
    be (a word longer than a line is broken between characters)."""
    if max_bytes < 4:
        raise ValueError("max_bytes: too small for one character")
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = word if not current else f"{current} {word}"
        if len(candidate.encode()) <= max_bytes:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while len(word.encode()) > max_bytes:
            cut = max_bytes
            while len(word[:cut].encode()) > max_bytes:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


def _utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")[:-6] + "Z"


class IrcConnection:
    """See the module docstring. `run()` until `stop()`; `send_warning()` in between."""

    def __init__(
        self,
        network: IrcNetwork,
        account: IrcAccount,
        on_event: OnEvent,
        *,
        capture_rooms: bool = True,
        ids: EventIds | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        self.network = network
        self.account = account
        self.nick = account.nick
        self._on_event = on_event
        self._capture_rooms = capture_rooms
        self._ids = ids or EventIds()
        self._log = logger or logging.getLogger(f"sweetie.irc.{network.name}.{account.nick}")
        self._bucket = TokenBucket(network.flood_rate, network.flood_burst)
        self._backoff = Backoff(network.reconnect_initial, network.reconnect_max)
        self._stop = asyncio.Event()
        self.ready = asyncio.Event()  # registered: sends may go out
        self.joined: set[str] = set()  # casefolded rooms we are in
        self.sessions = 0  # successful registrations, for tests and the log
        self._writer: asyncio.StreamWriter | None = None
        # PING token of a warning -> (its answer: the errors about its target, the target).
        self._pongs: dict[str, tuple[asyncio.Future[list[str]], str]] = {}
        self._tokens = itertools.count(1)
        self._send_errors: dict[str, list[str]] = {}  # casefolded target -> error numerics
        self._confirming: dict[str, int] = {}  # casefolded target -> warnings not answered
        self._write_lock = asyncio.Lock()
        self._reset_session()

    # -- state of one session ----------------------------------------------------------------

    def _reset_session(self) -> None:
        self.ready.clear()
        self.joined.clear()
        self.nick = self.account.nick
        self._nick_attempt = 0
        self._registered = False
        self._registered_at: float | None = None
        self._rooms_joined = False
        self._caps_offered: dict[str, str] = {}
        self._caps_enabled: set[str] = set()
        self._sasl_done = False
        self._casemapping = "rfc1459"
        self._chantypes = "#&"
        self._statusmsg = ""
        self._last_seen = asyncio.get_running_loop().time() if _has_loop() else 0.0
        for fut, _ in self._pongs.values():
            if not fut.done():
                fut.set_exception(NotConnected("connection lost"))
        self._pongs.clear()

    def _fold(self, name: str) -> str:
        return casefold(name, self._casemapping)

    # -- lifecycle ---------------------------------------------------------------------------

    async def run(self) -> None:
        """Connect, and reconnect after every drop, until `stop()`."""
        while not self._stop.is_set():
            try:
                await self._session()
            except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
                self._log.warning("%s: connection to %s:%s: %s", self.nick, *self._where(), exc)
            except _SessionFailed as exc:
                self._log.error("%s: %s", self.nick, exc)
            except (NotConnected, MessageError) as exc:
                self._log.error("%s: %s", self.nick, exc)
            except Exception:  # a bug must not end the presence: log it, reconnect
                self._log.exception("%s: unexpected error; reconnecting", self.nick)
            finally:
                if self._registered_at is not None:
                    # Only a session that lasted resets the backoff: a server that accepts
                    # and drops at once must not be hammered at the initial delay.
                    lasted = asyncio.get_running_loop().time() - self._registered_at
                    if lasted >= STABLE_SECONDS:
                        self._backoff.reset()
                self._close_writer()
                self._reset_session()
            if self._stop.is_set():
                break
            delay = self._backoff.next_delay()
            self._log.info("%s: reconnecting in %.1f s", self.account.nick, delay)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), delay)

    def _where(self) -> tuple[str, int]:
        return self.network.host, self.network.port

    async def stop(self, timeout: float = 3.0) -> None:
        """Quit cleanly: QUIT, then wait (a little) for the server to close the link, so
        that whatever it sent us before then is still read and captured."""
        self._stop.set()
        writer = self._writer
        if writer is None or writer.is_closing():
            return
        with contextlib.suppress(OSError, MessageError):
            await self._send(Message("QUIT"))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._writer is not None and loop.time() < deadline:
            await asyncio.sleep(0.02)
        self._close_writer()

    def _close_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None and not writer.is_closing():
            writer.close()

    async def _session(self) -> None:
        ssl_context = tls_context(self.network) if self.network.tls else None
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(
                self.network.host,
                self.network.port,
                ssl=ssl_context,
                server_hostname=self.network.host if ssl_context else None,
                limit=_READ_LIMIT,
            ),
            self.network.connect_timeout,
        )
        self._writer = writer
        self._last_seen = asyncio.get_running_loop().time()
        keepalive = asyncio.create_task(self._keepalive(writer))
        try:
            await self._register()
            while True:
                try:
                    data = await reader.readuntil(b"\n")
                except asyncio.LimitOverrunError as exc:
                    # A line longer than any server may send: skip it, loudly.
                    await reader.readexactly(exc.consumed)
                    self._log.warning("%s: skipped an over-long line from the server", self.nick)
                    continue
                except asyncio.IncompleteReadError:
                    self._log.info("%s: the server closed the connection", self.nick)
                    return
                self._last_seen = asyncio.get_running_loop().time()
                line = decode_line(data).rstrip("\r\n")
                if not line:
                    continue
                try:
                    message = parse_message(line)
                except MessageError as exc:
                    self._log.warning("%s: not an IRC message (%s): %r", self.nick, exc, line)
                    continue
                await self._handle(message)
        finally:
            keepalive.cancel()

    async def _keepalive(self, writer: asyncio.StreamWriter) -> None:
        """PING the server when it has been quiet; drop the link when it stays quiet."""
        loop = asyncio.get_running_loop()
        interval = self.network.ping_interval
        while True:
            await asyncio.sleep(min(interval, self.network.ping_timeout) / 2)
            idle = loop.time() - self._last_seen
            if idle > interval + self.network.ping_timeout:
                self._log.warning("%s: no answer from the server for %.0f s", self.nick, idle)
                writer.transport.abort()
                return
            if idle > interval:
                with contextlib.suppress(OSError):
                    await self._send(Message("PING", ("keepalive",)))

    async def _send(self, message: Message) -> None:
        writer = self._writer
        if writer is None or writer.is_closing():
            raise NotConnected("not connected")
        writer.write(message.to_bytes())
        await writer.drain()

    # -- registration ------------------------------------------------------------------------

    async def _register(self) -> None:
        if self.network.server_password:
            await self._send(Message("PASS", (self.network.server_password,)))
        await self._send(Message("CAP", ("LS", "302")))
        await self._send(Message("NICK", (self.nick,)))
        username = self.account.username or self.account.nick
        realname = self.account.realname or self.account.nick
        await self._send(Message("USER", (username, "0", "*", realname)))

    def _wants_sasl(self) -> bool:
        return self.account.sasl_username is not None

    async def _on_cap(self, message: Message) -> None:
        if len(message.params) < 3:
            return
        sub = message.params[1].upper()
        if sub == "LS":
            more = len(message.params) >= 4 and message.params[2] == "*"
            for item in message.params[-1].split():
                name, _, value = item.partition("=")
                self._caps_offered[name] = value
            if more:
                return
            wanted = [c for c in _WANTED_CAPS if c in self._caps_offered]
            if self._wants_sasl():
                mechanisms = self._caps_offered.get("sasl")
                if mechanisms is None:
                    raise _SessionFailed("SASL is configured but the server does not offer it")
                if mechanisms and "PLAIN" not in mechanisms.upper().split(","):
                    raise _SessionFailed(f"the server offers SASL {mechanisms}, not PLAIN")
                wanted.append("sasl")
            if wanted:
                await self._send(Message("CAP", ("REQ", " ".join(wanted))))
            else:
                await self._send(Message("CAP", ("END",)))
        elif sub == "ACK":
            acked = set(message.params[-1].split())
            self._caps_enabled |= acked
            if "sasl" in acked and self._wants_sasl():
                await self._send(Message("AUTHENTICATE", ("PLAIN",)))
            else:
                await self._send(Message("CAP", ("END",)))
        elif sub == "NAK":
            if self._wants_sasl():
                raise _SessionFailed("the server refused the SASL capability")
            await self._send(Message("CAP", ("END",)))

    async def _on_authenticate(self, message: Message) -> None:
        if message.params[:1] != ("+",) or not self._wants_sasl():
            return
        assert self.account.sasl_username is not None and self.account.sasl_password is not None
        for chunk in plain_payload_chunks(self.account.sasl_username, self.account.sasl_password):
            await self._send(Message("AUTHENTICATE", (chunk,)))

    async def _on_nick_taken(self, message: Message) -> None:
        if self._registered:
            return
        self._nick_attempt += 1
        if self._nick_attempt > 9:
            raise _SessionFailed(f"nick {self.account.nick!r} and its alternates are all taken")
        base = self.account.nick
        self.nick = base + "_" if self._nick_attempt == 1 else f"{base}{self._nick_attempt}"
        self._log.warning("%s: nick taken (%s); trying %s", base, message.command, self.nick)
        await self._send(Message("NICK", (self.nick,)))

    def _on_isupport(self, message: Message) -> None:
        for token in message.params[1:-1]:
            key, _, value = token.partition("=")
            if key == "CASEMAPPING" and value:
                self._casemapping = value.lower()
            elif key == "CHANTYPES":
                self._chantypes = value
            elif key == "STATUSMSG":
                self._statusmsg = value

    async def _join_late(self) -> None:
        if self.ready.is_set():
            with contextlib.suppress(NotConnected, OSError):
                await self._join_rooms()

    async def _join_rooms(self) -> None:
        if self._rooms_joined or not self.network.rooms:
            return
        self._rooms_joined = True
        await self._send(Message("JOIN", (",".join(self.network.rooms),)))

    # -- dispatch ----------------------------------------------------------------------------

    async def _handle(self, message: Message) -> None:
        command = message.command
        params = message.params
        if command == "PING":
            await self._send(Message("PONG", params or ("",)))
        elif command == "PONG":
            waiting = self._pongs.pop(params[-1] if params else "", None)
            if waiting is not None and not waiting[0].done():
                answered, folded = waiting
                answered.set_result(self._send_errors.pop(folded, []))
        elif command in ("PRIVMSG", "NOTICE"):
            await self._capture(message)
        elif command == "001":
            self._registered = True
            self._registered_at = asyncio.get_running_loop().time()
            if params:
                self.nick = params[0]
            self.sessions += 1
            # Rooms are joined at the end of the MOTD; a server that sends none gets its
            # JOIN a little later all the same.
            asyncio.get_running_loop().call_later(
                JOIN_FALLBACK_SECONDS, lambda: asyncio.ensure_future(self._join_late())
            )
            self.ready.set()
            self._log.info("%s: registered on %s:%s", self.nick, *self._where())
        elif command == "005":
            self._on_isupport(message)
        elif command in ("376", "422"):  # end of (or no) MOTD: registration is complete
            await self._join_rooms()
        elif command == "CAP":
            await self._on_cap(message)
        elif command == "AUTHENTICATE":
            await self._on_authenticate(message)
        elif command == "903":
            self._sasl_done = True
            await self._send(Message("CAP", ("END",)))
        elif command in ("902", "904", "905", "906", "908"):
            if command == "908":
                return  # the mechanisms the server has; 904 follows
            raise _SessionFailed(f"SASL authentication failed ({command} {params[-1:]})")
        elif command in _NICK_TAKEN and not self._registered:
            await self._on_nick_taken(message)
        elif command == "NICK":
            self._on_nick(message)
        elif command == "JOIN":
            self._on_join(message)
        elif command in ("PART", "KICK"):
            await self._on_leave(message)
        elif command == "ERROR":
            self._log.warning("%s: server says: %s", self.nick, " ".join(params))
        elif command in _SEND_ERRORS or command in _JOIN_ERRORS:
            self._on_error_numeric(message)

    def _is_me(self, nick: str) -> bool:
        return self._fold(nick) == self._fold(self.nick)

    def _on_nick(self, message: Message) -> None:
        source = message.source
        if source is not None and self._is_me(source.nick) and message.params:
            self.nick = message.params[0]

    def _on_join(self, message: Message) -> None:
        source = message.source
        if source is not None and self._is_me(source.nick) and message.params:
            self.joined.add(self._fold(message.params[0]))
            self._log.info("%s: joined %s", self.nick, message.params[0])

    async def _on_leave(self, message: Message) -> None:
        source = message.source
        params = message.params
        if not params:
            return
        if message.command == "KICK":
            left = len(params) >= 2 and self._is_me(params[1])
        else:
            left = source is not None and self._is_me(source.nick)
        if not left:
            return
        self.joined.discard(self._fold(params[0]))
        if message.command == "KICK" and not self._stop.is_set():
            self._log.warning("%s: kicked from %s; rejoining in 30 s", self.nick, params[0])
            asyncio.get_running_loop().call_later(
                30.0, lambda: asyncio.ensure_future(self._rejoin(params[0]))
            )

    async def _rejoin(self, room: str) -> None:
        with contextlib.suppress(NotConnected, OSError):
            if self.ready.is_set() and self._fold(room) not in self.joined:
                await self._send(Message("JOIN", (room,)))

    def _on_error_numeric(self, message: Message) -> None:
        params = message.params
        target = params[1] if len(params) >= 3 else ""
        reason = f"{message.command} {params[-1]}" if params else message.command
        if message.command in _JOIN_ERRORS and target and target[0] in self._chantypes:
            self._log.warning("%s: cannot join %s: %s", self.nick, target, reason)
        if message.command in _SEND_ERRORS:
            self._send_errors.setdefault(self._fold(target), []).append(reason)

    # -- capture -----------------------------------------------------------------------------

    async def _capture(self, message: Message) -> None:
        source = message.source
        if source is None or not source.is_user or not self._registered:
            return  # the server's own notices: not chat
        if len(message.params) < 2:
            return
        sender = source.nick
        if not sender or self._is_me(sender):
            return
        target, text = message.params[0], message.params[-1]
        bare = target.lstrip(self._statusmsg) if self._statusmsg else target
        if bare and bare[0] in self._chantypes:
            if not self._capture_rooms:
                return
            room: str | None = bare
            to: str | None = None
        elif self._is_me(target):
            room, to = None, self.nick
        else:
            return  # e.g. a server-wide broadcast ($*)
        ctcp = parse_ctcp(text)
        if ctcp is not None:
            if ctcp.command != "ACTION":
                self._log.debug("%s: ignored CTCP %s from %s", self.nick, ctcp.command, sender)
                return
            text = "* " + ctcp.args
        ts = message.tags.get("time", "")
        if not is_timestamp(ts):
            ts = _utc_now()
        try:
            event = ChatEvent(
                id=self._ids.event_id(self.network.name, message.tags.get("msgid")),
                ts=ts,
                network=self.network.name,
                room=room,
                sender=sender,
                text=text,
                to=to,
            )
        except ValueError as exc:  # cannot happen with IRC's line length; never silent
            self._log.error("%s: cannot capture a message from %s: %s", self.nick, sender, exc)
            return
        await self._on_event(event)

    # -- sending warnings --------------------------------------------------------------------

    async def send_warning(self, warning: Warning) -> None:
        """Send one catalog warning privately to `warning.target`; return once the server
        has processed it without an error. NotConnected: not sent (or not confirmed) and
        may be retried; SendRefused: the server refused it or it cannot go out."""
        await (await self.write_warning(warning))

    async def write_warning(self, warning: Warning) -> asyncio.Future[None]:
        """Write one catalog warning (its lines, then a PING) and return at once with its
        confirmation: a future that ends when the server has processed it, or fails with
        SendRefused (refused) or NotConnected (not confirmed; may be retried). Warnings
        written one after another go out in that order, each whole, and their
        confirmations overlap: the next warning need not wait for the last one's answer.
        Raised here rather than by the future: NotConnected (not written whole; may be
        retried), SendRefused (it cannot go out)."""
        if not isinstance(warning, Warning):
            raise TypeError("only a sweetie.events.Warning can be sent (hard rule 1)")
        if warning.network != self.network.name:
            raise SendRefused(f"warning for network {warning.network!r}, not {self.network.name}")
        target = warning.target
        if not target or any(ch in target for ch in " ,\r\n\0") or target[0] in self._chantypes:
            raise SendRefused(f"target {target!r}: warnings go privately to one nick")
        if any(ch in warning.text for ch in "\r\n\0"):
            raise SendRefused("text: a warning must be one paragraph without CR, LF or NUL")
        async with self._write_lock:  # one warning's lines and its PING, whole and in order
            if not self.ready.is_set():
                raise NotConnected("not connected")
            budget = MAX_LINE_BYTES - 2 - len(f"PRIVMSG {target} :".encode()) - _RELAY_OVERHEAD
            folded = self._fold(target)
            if not self._confirming.get(folded):
                # Left from a warning that was never confirmed: not about this one.
                self._send_errors.pop(folded, None)
            token = f"sweetie-{next(self._tokens)}"
            answered: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()
            self._pongs[token] = (answered, folded)
            self._confirming[folded] = self._confirming.get(folded, 0) + 1
            try:
                for line in split_text(warning.text, budget - len(self.nick)):
                    await self._bucket.acquire()
                    await self._send(Message("PRIVMSG", (target, line)))
                await self._send(Message("PING", (token,)))
            except BaseException as exc:
                self._settled(token, folded)
                if isinstance(exc, OSError):
                    raise NotConnected(f"connection lost while sending: {exc}") from None
                raise
        return asyncio.ensure_future(self._confirmation(token, folded, answered))

    async def _confirmation(
        self, token: str, folded: str, answered: asyncio.Future[list[str]]
    ) -> None:
        """The PING after a warning's lines: the server answers in order, so its PONG means
        it has processed them, and any error numeric about them has arrived before it (the
        PONG hands over the errors gathered for the target until then)."""
        try:
            errors = await asyncio.wait_for(answered, self.network.confirm_timeout)
        except TimeoutError:
            raise NotConnected("the server did not confirm the warning in time") from None
        finally:
            self._settled(token, folded)
        if errors:
            raise SendRefused(errors[0])

    def _settled(self, token: str, folded: str) -> None:
        self._pongs.pop(token, None)
        left = self._confirming.get(folded, 0) - 1
        if left > 0:
            self._confirming[folded] = left
        else:
            self._confirming.pop(folded, None)


def _has_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
