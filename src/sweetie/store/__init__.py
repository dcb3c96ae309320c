"""The store part (see DESIGN.md): tables, migrations, the database and its repositories."""

from sweetie.store.assessments import AssessmentRepository
from sweetie.store.captured_events import (
    CapturedEventRepository,
    CapturedEventRow,
    CapturedEventTuple,
)
from sweetie.store.cases import CaseRepository
from sweetie.store.database import Database, open_database, translate_errors
from sweetie.store.decisions import DecisionRepository
from sweetie.store.deterrence import OutboxRepository
from sweetie.store.evidence_repository import (
    CheckpointRow,
    EntryRow,
    EntryTuple,
    EvidenceRepository,
    SubtreeTuple,
)
from sweetie.store.identities import IdentityRepository
from sweetie.store.progress import ProgressRepository
from sweetie.store.users import UserRepository

__all__ = [
    "AssessmentRepository",
    "CapturedEventRepository",
    "CapturedEventRow",
    "CapturedEventTuple",
    "CaseRepository",
    "CheckpointRow",
    "Database",
    "DecisionRepository",
    "EntryRow",
    "EntryTuple",
    "EvidenceRepository",
    "IdentityRepository",
    "OutboxRepository",
    "ProgressRepository",
    "SubtreeTuple",
    "UserRepository",
    "open_database",
    "translate_errors",
]
