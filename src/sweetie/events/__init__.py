"""Domain types shared by every part, and their canonical JSON. Imports nothing of ours."""

from sweetie.events.decision import AUTOMATED, Decision, DecisionKind, Warning
from sweetie.events.errors import (
    ConfigError,
    InputError,
    ModelFileError,
    RulePackError,
    SweetieError,
    VerificationError,
)
from sweetie.events.identity import (
    STRONG_KINDS,
    WEAK_KINDS,
    Account,
    Identifier,
    IdentifierKind,
    LinkSuggestion,
    SubjectLink,
)
from sweetie.events.model import (
    MAX_TEXT_CHARS,
    Assessment,
    ChatEvent,
    Indicator,
    Label,
    Level,
    Stage,
    canonical_json,
    derive_conversation,
)

__all__ = [
    "AUTOMATED",
    "MAX_TEXT_CHARS",
    "STRONG_KINDS",
    "WEAK_KINDS",
    "Account",
    "Assessment",
    "ChatEvent",
    "ConfigError",
    "Decision",
    "DecisionKind",
    "Identifier",
    "IdentifierKind",
    "Indicator",
    "InputError",
    "Label",
    "Level",
    "LinkSuggestion",
    "ModelFileError",
    "RulePackError",
    "Stage",
    "SubjectLink",
    "SweetieError",
    "VerificationError",
    "Warning",
    "canonical_json",
    "derive_conversation",
]
