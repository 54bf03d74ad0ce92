"""The default accreditation categories and their badge colours."""

from typing import NamedTuple


class RoleSpec(NamedTuple):
    code: str
    name: str
    color: str


DEFAULT_ROLES: tuple[RoleSpec, ...] = (
    RoleSpec("hod", "Head of Delegation", "#8e1b1b"),
    RoleSpec("vip", "VIP", "#b8860b"),
    RoleSpec("speaker", "Speaker", "#6a1b9a"),
    RoleSpec("delegate", "Delegate", "#1565c0"),
    RoleSpec("observer", "Observer", "#2e7d32"),
    RoleSpec("media", "Media", "#ef6c00"),
    RoleSpec("staff", "Staff", "#455a64"),
)
