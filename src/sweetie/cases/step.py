"""The pipeline step that turns escalations into cases.

It reads the decisions table, not a callback: every stored ESCALATE decision that no case
holds yet opens or joins one. That is idempotent (a decision joins a case once, by its key)
and robust to a crash between the policy storing an escalation and the case being opened:
the next batch, or the next run, picks it up.

The first batch of a run looks at every escalation no case holds; after that, only at those
stored after the newest one already handed to the cases (a high-water mark on the decisions'
ids, kept in memory and moved only once they are in a case), so a batch costs one indexed
look-up however many decisions the table holds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy import bindparam, func, select

from sweetie.cases.referral import Routing
from sweetie.cases.service import CaseService, IdentifierSource
from sweetie.events import Decision, DecisionKind
from sweetie.evidence import EvidenceLog
from sweetie.store import Database
from sweetie.store.cases import case_escalations
from sweetie.store.decisions import decisions

__all__ = ["CaseStep"]


_d = decisions.c
_ESCALATE = _d.kind == DecisionKind.ESCALATE.value
_NEWEST_ESCALATION = select(func.max(_d.id)).where(_ESCALATE)
# Built once: a statement built per batch costs more than running it.
_ESCALATIONS_AFTER = (
    select(_d.id, _d.body, case_escalations.c.decision_key)
    .outerjoin(case_escalations, case_escalations.c.decision_key == _d.key)
    .where(_d.id > bindparam("seen"), _ESCALATE)
    .order_by(_d.id)
)


class _Host(Protocol):
    """What the step needs of the pipeline (the runtime's Pipeline has it)."""

    database: Database
    log: EvidenceLog


class CaseStep:
    name = "cases"

    def __init__(
        self,
        data_dir: Path,
        *,
        routing: Routing | None = None,
        identifiers: IdentifierSource | None = None,
        service: CaseService | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.routing = routing
        self.identifiers = identifiers
        # Hand in the service the web part uses too when both run in one process, so that
        # both append to the pipeline's log under one lock.
        self.service = service
        self.opened: list[str] = []  # case ids opened or joined in this run, in order
        # The id of the newest escalation handed to the cases; None until the first batch.
        self._seen: int | None = None

    def on_batch(self, pipeline: _Host, batch: Sequence[object]) -> None:
        if self.service is None:
            self.service = CaseService(
                pipeline.database,
                pipeline.log,
                self.data_dir,
                routing=self.routing,
                identifiers=self.identifiers,
            )
        if self._seen is None:
            # Catching up: whatever an earlier run stored and did not put in a case.
            with pipeline.database.transaction() as conn:
                newest = conn.execute(_NEWEST_ESCALATION).scalar()
            self.opened.extend(self.service.open_pending())
            self._seen = int(newest or 0)
            return
        with pipeline.database.transaction() as conn:
            rows = conn.execute(_ESCALATIONS_AFTER, {"seen": self._seen}).all()
        for row_id, body, in_case in rows:
            if in_case is None:
                self.opened.append(self.service.open_or_join(_decision(str(body))))
            self._seen = int(row_id)


def _decision(body: str) -> Decision:
    """A stored decision from its body (the decisions table keeps it as canonical JSON)."""
    data = json.loads(body)
    data["kind"] = DecisionKind(data["kind"])
    data["indicators"] = tuple(data["indicators"])
    return Decision(**data)
