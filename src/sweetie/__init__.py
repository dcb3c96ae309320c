"""Sweetie: find, deter and document adults who seek to exploit children over webcam.

The public surface is small and re-exported here; everything else is a part's own.
"""

from sweetie.events import (
    Assessment,
    ChatEvent,
    ConfigError,
    Indicator,
    InputError,
    Label,
    Level,
    Stage,
    SweetieError,
    VerificationError,
)

__version__ = "0.1.0"

__all__ = [
    "Assessment",
    "ChatEvent",
    "ConfigError",
    "Indicator",
    "InputError",
    "Label",
    "Level",
    "Stage",
    "SweetieError",
    "VerificationError",
    "__version__",
]
