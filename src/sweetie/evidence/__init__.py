"""The evidence part (see DESIGN.md): the RFC 9162 Merkle log, signed checkpoints, verification,
export bundles."""

from sweetie.evidence.bundle import BundleContents, BundleReport, verify_bundle
from sweetie.evidence.checkpoint import (
    NoteVerifier,
    SignedCheckpoint,
    SigningKey,
    load_or_create_signing_key,
    open_checkpoint,
)
from sweetie.evidence.config import EvidenceConfig
from sweetie.evidence.log import CHAT_EVENT, ERASURE, EvidenceLog
from sweetie.evidence.verify import VerifyReport, verify_log

__all__ = [
    "CHAT_EVENT",
    "ERASURE",
    "BundleContents",
    "BundleReport",
    "EvidenceConfig",
    "EvidenceLog",
    "NoteVerifier",
    "SignedCheckpoint",
    "SigningKey",
    "VerifyReport",
    "load_or_create_signing_key",
    "open_checkpoint",
    "verify_bundle",
    "verify_log",
]
