"""Validation rules shared by every way data comes in (forms, import, CLI)."""

from __future__ import annotations

import datetime as dt
import re

from delegations.domain.errors import InvalidInput

# Deliberately simple: something@something.tld, no spaces. Catches typos, not deliverability.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def require_person_name(given: str, family: str, native: str) -> None:
    if not (given or family or native):
        raise InvalidInput("Name", "a person needs a given, family or native-script name.")


def check_email(email: str, field: str = "Email") -> None:
    if email and not _EMAIL.match(email):
        raise InvalidInput(
            field, f"“{email}” does not look like an e-mail address (name@example.org)."
        )


def check_date_range(
    start: dt.date | None, end: dt.date | None, start_field: str, end_field: str
) -> None:
    if start and end and end < start:
        raise InvalidInput(
            end_field, f"{end:%d %b %Y} is before the {start_field.lower()}, {start:%d %b %Y}."
        )


def check_session_times(start: dt.time, end: dt.time) -> None:
    if end <= start:
        raise InvalidInput("End", f"the session must end after it starts ({start:%H:%M}).")


def require_text(value: str, field: str) -> None:
    if not value:
        raise InvalidInput(field, "this field is required.")


def check_country(code: str, field: str = "Country") -> None:
    if not re.fullmatch(r"[A-Z]{2}", code or ""):
        raise InvalidInput(
            field, f"“{code}” is not a two-letter ISO 3166 country code (e.g. KH, VN)."
        )
