"""Plain read models handed to the renderers (no ORM objects cross into `printing`)."""

from __future__ import annotations

from dataclasses import dataclass

from delegations.domain.enums import NameOrder
from delegations.domain.names import family_caps_name


@dataclass(frozen=True, slots=True)
class EventInfo:
    name: str
    name_zh: str = ""
    dates: str = ""  # as printed, e.g. "8–12 September 2025"
    venue: str = ""


@dataclass(frozen=True, slots=True)
class BadgeData:
    """One badge: every text as printed, already in the person's own name order."""

    delegate_id: int
    name: str
    honorific: str = ""
    native_name: str = ""
    position: str = ""
    organisation: str = ""
    delegation: str = ""
    country: str = ""  # country name as printed
    role: str = ""  # role label
    role_color: str = "#607d8b"
    qr_payload: str = ""
    photo: bytes | None = None
    # The parts of `name`, for layouts that print the family name in capitals ("BAI Zhen").
    given_name: str = ""
    family_name: str = ""
    name_order: NameOrder = NameOrder.GIVEN_FIRST

    def name_with_family_caps(self) -> str:
        """`name` with the family name in capitals; `name` itself when its parts are unknown."""
        if not (self.given_name or self.family_name):
            return self.name
        return family_caps_name(self.given_name, self.family_name, self.name_order)

    def field(self, key: str, event: EventInfo) -> str:
        """The text of a layout field (`event`, `name`, `delegation`, …)."""
        if key.startswith("event"):
            return {
                "event": event.name,
                "event_zh": event.name_zh,
                "event_dates": event.dates,
                "event_venue": event.venue,
            }.get(key, "")
        value = getattr(self, key, "")
        return value if isinstance(value, str) else ""


TEXT_FIELDS = (
    "event",
    "event_zh",
    "event_dates",
    "event_venue",
    "honorific",
    "name",
    "native_name",
    "position",
    "organisation",
    "delegation",
    "country",
    "role",
)
