"""The store part (see DESIGN.md): tables, migrations, the database and its repositories."""

from sweetie.store.assessments import AssessmentRepository
from sweetie.store.captured_events import (
    CapturedEventRepository,
    CapturedEventRow,
    CapturedEventTuple,
)
from sweetie.store.database import Database, open_database, translate_errors
from sweetie.store.decisions import DecisionRepository
from sweetie.store.evidence_repository import (
    CheckpointRow,
    EntryRow,
    EntryTuple,
    EvidenceRepository,
    SubtreeTuple,
)

__all__ = [
    "AssessmentRepository",
    "CapturedEventRepository",
    "CapturedEventRow",
    "CapturedEventTuple",
    "CheckpointRow",
    "Database",
    "DecisionRepository",
    "EntryRow",
    "EntryTuple",
    "EvidenceRepository",
    "SubtreeTuple",
    "open_database",
    "translate_errors",
]
