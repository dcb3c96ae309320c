"""The store part (see DESIGN.md): tables, migrations, the database and its repositories."""

from sweetie.store.assessments import AssessmentRepository
from sweetie.store.captured_events import CapturedEventRepository, CapturedEventRow
from sweetie.store.database import Database, open_database, translate_errors
from sweetie.store.evidence_repository import CheckpointRow, EntryRow, EvidenceRepository

__all__ = [
    "AssessmentRepository",
    "CapturedEventRepository",
    "CapturedEventRow",
    "CheckpointRow",
    "Database",
    "EntryRow",
    "EvidenceRepository",
    "open_database",
    "translate_errors",
]
