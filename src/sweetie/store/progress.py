"""How far the runtime has acted on its evidence log: the crash-resume marker.

One row per log origin: `log_size` is the size of the log once every step (assessments
stored, policy, cases) had finished with everything appended before it. Written after the
steps of each batch, so after a crash the entries at or past it are exactly those whose
processing may be incomplete: the runtime redoes them (idempotently), and treats everything
before it as done.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import BigInteger, Table, Text, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

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
        t = pipeline_progress
        done = self._conn.execute(update(t).where(t.c.origin == origin).values(log_size=log_size))
        if not done.rowcount:
            self._conn.execute(insert(t).values(origin=origin, log_size=log_size))
