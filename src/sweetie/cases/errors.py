"""The cases part's own errors, on the one error tree of `sweetie.events.errors`.

The web part maps them to HTTP: PermissionDenied → 403, NotFound → 404, Conflict → 409.
"""

from __future__ import annotations

from sweetie.events import SweetieError

__all__ = ["Conflict", "NotFound", "PermissionDenied"]


class PermissionDenied(SweetieError):
    """The user's role does not allow this, or four eyes forbid it (the proposer approving)."""


class NotFound(SweetieError):
    """No such case (or user)."""


class Conflict(SweetieError):
    """The action does not fit the current state: a duplicate user, a decision on a closed case,
    an approval with no proposal waiting."""
