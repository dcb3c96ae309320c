"""The whole role × permission matrix, written out here so a change to it is a visible diff."""

from __future__ import annotations

import pytest

from sweetie.cases.roles import ALLOWED, Permission, Role, can

Y, N = True, False
#                read  propose decide approve audit users ingest export
EXPECTED = {
    Role.ANALYST: (Y, Y, N, N, N, N, N, N),
    Role.REVIEWER: (Y, Y, Y, N, N, N, Y, Y),
    Role.SUPERVISOR: (Y, Y, Y, Y, N, N, N, Y),
    Role.AUDITOR: (N, N, N, N, Y, N, N, N),
    Role.ADMIN: (N, N, N, N, Y, Y, Y, N),
}
ORDER = (
    Permission.READ_CASES,
    Permission.PROPOSE,
    Permission.DECIDE,
    Permission.APPROVE_REFERRAL,
    Permission.READ_AUDIT,
    Permission.MANAGE_USERS,
    Permission.INGEST,
    Permission.EXPORT,
)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("permission", list(Permission))
def test_matrix(role: Role, permission: Permission) -> None:
    expected = EXPECTED[role][ORDER.index(permission)]
    assert can(role, permission) is expected
    assert can(role.value, permission.value) is expected  # as stored and as sent


def test_every_role_and_permission_is_in_the_matrix() -> None:
    assert set(ALLOWED) == set(Role) == set(EXPECTED)
    assert set(ORDER) == set(Permission)


def test_unknown_role_or_permission_holds_nothing() -> None:
    assert not can("root", Permission.READ_CASES)
    assert not can(Role.ADMIN, "everything")


def test_four_eyes_needs_two_roles_that_can_decide_and_one_that_approves() -> None:
    # Only supervisors approve; a proposal can come from an analyst, reviewer or supervisor.
    assert [r for r in Role if can(r, Permission.APPROVE_REFERRAL)] == [Role.SUPERVISOR]
    assert {r for r in Role if can(r, Permission.PROPOSE)} == {
        Role.ANALYST,
        Role.REVIEWER,
        Role.SUPERVISOR,
    }
