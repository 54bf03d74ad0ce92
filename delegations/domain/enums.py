"""The fixed vocabularies of the model, importable without SQLModel (start-up stays light)."""

from enum import StrEnum


class NameOrder(StrEnum):
    """How a person's name is shown: Western order or family name first."""

    GIVEN_FIRST = "given_first"
    FAMILY_FIRST = "family_first"


class SessionKind(StrEnum):
    OPENING = "opening ceremony"
    PLENARY = "plenary"
    SEMINAR = "seminar"
    WORKSHOP = "workshop"
    SIGNING = "signing ceremony"
    SITE_VISIT = "site visit"
    BILATERAL = "bilateral meeting"
    BREAK = "break or meal"


class SpeakerRole(StrEnum):
    KEYNOTE = "keynote"
    PANELLIST = "panellist"
    MODERATOR = "moderator"
    CHAIR = "chair"


class CheckInAction(StrEnum):
    IN = "in"
    UNDO = "undo"


class PrintReason(StrEnum):
    FIRST = "first"
    REPRINT = "reprint"
    LOST = "lost"
    WALK_IN = "walk-in"  # added, printed and admitted at the desk in one go
