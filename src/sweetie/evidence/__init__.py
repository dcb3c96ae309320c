"""The evidence part (see DESIGN.md): the RFC 9162 Merkle log, signed checkpoints, verification."""

from sweetie.evidence.checkpoint import (
    NoteVerifier,
    SignedCheckpoint,
    SigningKey,
    load_or_create_signing_key,
    open_checkpoint,
)
from sweetie.evidence.log import CHAT_EVENT, ERASURE, EvidenceLog
from sweetie.evidence.verify import VerifyReport, verify_log

__all__ = [
    "CHAT_EVENT",
    "ERASURE",
    "EvidenceLog",
    "NoteVerifier",
    "SignedCheckpoint",
    "SigningKey",
    "VerifyReport",
    "load_or_create_signing_key",
    "open_checkpoint",
    "verify_log",
]
