"""How far the runtime has acted on its evidence log: the crash-resume marker.

One row per log origin: `log_size` is the size of the log once every step (assessments
stored, policy, cases) had finished with everything appended before it. Set after the steps
of each batch and written in the transaction of the evidence log's next commit (no commit of
its own: see runtime/pipeline.py), so after a crash the entries at or past it are those whose
processing may be incomplete, plus at most the last batch finished: the runtime redoes them
(idempotently), and treats everything before it as done.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import BigInteger, Table, Text, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from sweetie.store.evidence_repository import placeholder
from sweetie.store.models import Base

__all__ = ["ProgressRepository", "pipeline_progress"]


class PipelineProgress(Base):
    __tablename__ = "pipeline_progress"
    origin: Mapped[str] = mapped_column(Text, primary_key=True)
    log_size: Mapped[int] = mapped_column(BigInteger)


pipeline_progress = cast(Table, PipelineProgress.__table__)


class ProgressRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def get(self, origin: str) -> int | None:
        found = self._conn.execute(
            select(pipeline_progress.c.log_size).where(pipeline_progress.c.origin == origin)
        ).scalar()
        return None if found is None else int(found)

    def set(self, origin: str, log_size: int) -> None:
        # Plain SQL: written once a batch, and compiling the expression cost more than the
        # write itself (see `EvidenceRepository.save_frontier`).
        p = placeholder(self._conn)
        done = self._conn.exec_driver_sql(
            f"UPDATE pipeline_progress SET log_size = {p} WHERE origin = {p}", (log_size, origin)
        )
        if not done.rowcount:
            self._conn.exec_driver_sql(
                f"INSERT INTO pipeline_progress (origin, log_size) VALUES ({p}, {p})",
                (origin, log_size),
            )
