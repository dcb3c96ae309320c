"""Who may do what: the roles, the permissions, and the one matrix between them.

- analyst: reads cases, proposes referrals.
- reviewer: reads cases, decides (dismiss, keep watching), proposes, exports bundles, and may
  feed the platform ingest API (a platform's screening service runs as a reviewer account:
  it needs to read back the cases its traffic opened).
- supervisor: all a reviewer may (but ingest), and approves or rejects referrals: the second
  pair of eyes. Never their own proposal (enforced by the case service, not the matrix).
- auditor: reads the audit trail, and nothing of the cases themselves.
- admin: manages users, reads the audit trail, may feed the ingest API; reads no case.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping

__all__ = ["ALLOWED", "Permission", "Role", "can"]


class Role(enum.StrEnum):
    ANALYST = "analyst"
    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    READ_CASES = "read_cases"
    PROPOSE = "propose"  # propose a referral
    DECIDE = "decide"  # dismiss, keep watching
    APPROVE_REFERRAL = "approve_referral"
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"
    INGEST = "ingest"  # the platform ingest API
    EXPORT = "export"  # download evidence bundles


P = Permission
ALLOWED: Mapping[Role, frozenset[Permission]] = {
    Role.ANALYST: frozenset({P.READ_CASES, P.PROPOSE}),
    Role.REVIEWER: frozenset({P.READ_CASES, P.PROPOSE, P.DECIDE, P.EXPORT, P.INGEST}),
    Role.SUPERVISOR: frozenset({P.READ_CASES, P.PROPOSE, P.DECIDE, P.APPROVE_REFERRAL, P.EXPORT}),
    Role.AUDITOR: frozenset({P.READ_AUDIT}),
    Role.ADMIN: frozenset({P.MANAGE_USERS, P.READ_AUDIT, P.INGEST}),
}


def can(role: Role | str, permission: Permission | str) -> bool:
    """Whether `role` holds `permission`; unknown roles or permissions hold nothing."""
    try:
        return Permission(permission) in ALLOWED[Role(role)]
    except ValueError:
        return False
