"""The default accreditation categories and their badge colours."""

import re
import unicodedata
from collections.abc import Iterable
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

# What people write in a "Role" or "Category" column, by `role_key`, -> role code.
ROLE_VARIANTS: dict[str, str] = {
    "hod": "hod", "head": "hod", "head of delegation": "hod", "head of the delegation": "hod",
    "delegation head": "hod", "delegation leader": "hod", "leader": "hod", "team leader": "hod",
    "chief of delegation": "hod", "团长": "hod", "代表团团长": "hod",
    "vip": "vip", "v i p": "vip", "very important person": "vip", "guest of honour": "vip",
    "guest of honor": "vip", "贵宾": "vip",
    "speaker": "speaker", "presenter": "speaker", "keynote speaker": "speaker",
    "keynote": "speaker", "panellist": "speaker", "panelist": "speaker", "发言人": "speaker",
    "嘉宾": "speaker",
    "delegate": "delegate", "member": "delegate", "delegation member": "delegate",
    "participant": "delegate", "attendee": "delegate", "代表": "delegate", "团员": "delegate",
    "observer": "observer", "观察员": "observer",
    "media": "media", "press": "media", "journalist": "media", "reporter": "media",
    "photographer": "media", "camera crew": "media", "记者": "media", "媒体": "media",
    "staff": "staff", "organiser": "staff", "organizer": "staff", "organising committee": "staff",
    "organizing committee": "staff", "secretariat": "staff", "volunteer": "staff",
    "crew": "staff", "support staff": "staff", "工作人员": "staff", "志愿者": "staff",
}  # fmt: skip


def role_key(text: str) -> str:
    """Case- and punctuation-blind form of a role as typed: "Head-of-Delegation" -> "head of delegation"."""
    return re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def normalise_role(text: str | None, extra: Iterable[tuple[str, str]] = ()) -> str | None:
    """Role code for a role as people write it, or None when not recognised.

    Args:
        text: the cell's text, e.g. "HoD", "Head of Delegation", "Press".
        extra: (code, name) pairs of the event's own roles, matched by code and by name
            before the built-in variants.
    """
    if not text or not (key := role_key(text)):
        return None
    for code, name in extra:
        if key in (role_key(code), role_key(name)):
            return code
    for spec in DEFAULT_ROLES:
        if key in (spec.code, role_key(spec.name)):
            return spec.code
    return ROLE_VARIANTS.get(key) or ROLE_VARIANTS.get(key.removesuffix("s"))
