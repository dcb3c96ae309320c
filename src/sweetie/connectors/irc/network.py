"""A network's connector: its presences' connections, one capture stream, warnings routed.

Every presence joins the network's rooms (a presence is seen there), but only the first
captures what is said in them, so a room message is captured once; each presence captures
what is said to it privately. A warning goes out through the presence its target last
spoke to privately, or else the first one that is connected.
"""

from __future__ import annotations

import asyncio
import logging

from sweetie.connectors.irc.connection import IrcConnection, NotConnected, OnEvent
from sweetie.connectors.irc.ids import EventIds
from sweetie.connectors.irc.message import casefold
from sweetie.connectors.irc.settings import IrcAccount, IrcNetwork
from sweetie.events import ChatEvent, Warning

__all__ = ["IrcNetworkConnector"]


class IrcNetworkConnector:
    def __init__(
        self,
        network: IrcNetwork,
        accounts: list[IrcAccount],
        on_event: OnEvent,
        *,
        ids: EventIds | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        if not accounts:
            raise ValueError(f"network {network.name}: needs at least one presence")
        self.network = network
        self._on_event = on_event
        self._log = logger or logging.getLogger(f"sweetie.irc.{network.name}")
        shared_ids = ids or EventIds()
        self.connections = [
            IrcConnection(
                network,
                account,
                self._captured,
                capture_rooms=i == 0,
                ids=shared_ids,
                logger=self._log.getChild(account.nick),
            )
            for i, account in enumerate(accounts)
        ]
        self._partner: dict[str, IrcConnection] = {}  # casefolded nick -> presence it spoke to
        self._owner: dict[int, IrcConnection] = {}
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def name(self) -> str:
        return self.network.name

    async def _captured(self, event: ChatEvent) -> None:
        if event.to is not None:
            for conn in self.connections:
                if conn.nick == event.to:
                    self._partner[casefold(event.sender)] = conn
                    break
        await self._on_event(event)

    def start(self) -> None:
        for conn in self.connections:
            self._tasks.append(asyncio.create_task(conn.run(), name=f"irc:{conn.account.nick}"))

    async def stop(self) -> None:
        await asyncio.gather(*(conn.stop() for conn in self.connections))
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    def is_ready(self) -> bool:
        return any(conn.ready.is_set() for conn in self.connections)

    async def wait_ready(self) -> None:
        """Until some presence is registered."""
        while not self.is_ready():
            waits = [asyncio.create_task(c.ready.wait()) for c in self.connections]
            _, pending = await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
            for task in pending:
                task.cancel()

    async def send_warning(self, warning: Warning) -> None:
        """Send through the right presence; see `IrcConnection.send_warning`."""
        await self._presence_for(warning).send_warning(warning)

    async def write_warning(self, warning: Warning) -> asyncio.Future[None]:
        """Write through the right presence; its confirmation comes later. See
        `IrcConnection.write_warning`."""
        return await self._presence_for(warning).write_warning(warning)

    def _presence_for(self, warning: Warning) -> IrcConnection:
        conn = self._partner.get(casefold(warning.target))
        if conn is None or not conn.ready.is_set():
            conn = next((c for c in self.connections if c.ready.is_set()), None)
        if conn is None:
            raise NotConnected(f"network {self.name}: no presence is connected")
        return conn
