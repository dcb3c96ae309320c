"""Fixtures of the deter tests: assessments as the detector makes them, a store and a log."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sweetie.events import Assessment, ChatEvent, Label, Level, Stage
from sweetie.evidence import EvidenceLog, load_or_create_signing_key
from sweetie.store import Database, open_database

NETWORK = "irc.example.net"


@dataclass(frozen=True)
class Item:
    """The part of the pipeline's `Processed` the deterrence step reads."""

    event: ChatEvent
    index: int
    new: bool
    assessments: tuple[Assessment, ...]


MakeItem = Callable[..., Item]


def make_assessment(
    event: ChatEvent,
    *,
    level: Level = Level.WARN,
    label: Label = Label.SOLICITATION,
    score: float = 0.97,
    cues: tuple[str, ...] = ("cam_request", "stated_age:11"),
    language: str = "en",
) -> Assessment:
    return Assessment(
        event_id=event.id,
        conversation=event.conversation,
        sender=event.sender,
        subject=f"{event.network}/{event.sender.casefold()}",
        score=score,
        conversation_score=score,
        subject_score=score,
        level=level,
        label=label,
        stage=Stage.REQUEST,
        indicators=(),
        cues=cues,
        explanation={},
        model_version="test-1",
        language=language,
    )


@pytest.fixture
def item() -> MakeItem:
    def build(
        event_id: str,
        ts: str,
        sender: str = "offender",
        *,
        new: bool = True,
        to: str = "mia_11",
        **kwargs: object,
    ) -> Item:
        event = ChatEvent(
            id=event_id, ts=ts, network=NETWORK, room=None, sender=sender, to=to, text="..."
        )
        return Item(event, 0, new, (make_assessment(event, **kwargs),))  # type: ignore[arg-type]

    return build


@dataclass
class Store:
    database: Database
    log: EvidenceLog
    data_dir: Path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    database = open_database(tmp_path)
    log = EvidenceLog(
        database, "test/evidence", load_or_create_signing_key(tmp_path, "test/evidence")
    )
    yield Store(database, log, tmp_path)
    log.close()
    database.close()
