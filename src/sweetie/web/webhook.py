"""Escalations POSTed to a configured URL (WebConfig.webhook_url; off by default).

Sent after the ingest answer, outside the request: a slow or absent receiver must not hold
up capture. A failed delivery is logged, not retried (the case queue is the record of truth).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import httpx

from sweetie.events import Decision

__all__ = ["Webhook"]

log = logging.getLogger(__name__)


class Webhook:
    def __init__(
        self, url: str, *, timeout: float = 5.0, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.url = url
        self._client = httpx.Client(timeout=timeout, transport=transport)
        self.delivered = 0
        self.failed = 0

    def send(self, escalations: Sequence[Decision]) -> None:
        for decision in escalations:
            payload = {"kind": "escalation", "decision": decision.to_json()}
            try:
                response = self._client.post(self.url, json=payload)
                response.raise_for_status()
            except httpx.HTTPError as exc:
                self.failed += 1
                log.warning(
                    "webhook %s: escalation %s not delivered: %s", self.url, decision.key, exc
                )
            else:
                self.delivered += 1

    def close(self) -> None:
        self._client.close()
