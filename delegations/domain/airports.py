"""Airports and railway stations a travel leg arrives at or leaves from.

The table is data (`resources/travel/*.csv`, read by `services.travel.places`); this module
only parses it and answers "which place is this code?". Codes are IATA airport codes
("KWE") or China Railway station telegraph codes ("KQW"); they are matched case-blind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass

# Codes that airlines no longer use but registration lists still carry, and their successor.
RETIRED_CODES: dict[str, str] = {"PNH": "KTI"}  # Phnom Penh: Techo International, Sept 2025


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    kind: str  # "airport" or "station"
    name: str
    city: str
    country: str  # ISO 3166-1 alpha-2
    tz: str
    terminals: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """ "KWE Guiyang" as lists print it."""
        return f"{self.code} {self.city}" if self.city else self.code


class Places:
    """The known airports and stations, by code."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._by_code = {place.code: place for place in places}

    def __len__(self) -> int:
        return len(self._by_code)

    def find(self, code: str) -> Place | None:
        """The place with this code (retired codes lead to their successor), or None."""
        key = code.strip().upper()
        return self._by_code.get(RETIRED_CODES.get(key, key))

    def in_country(self, country: str) -> list[Place]:
        return [place for place in self._by_code.values() if place.country == country]


def parse_places(text: str) -> list[Place]:
    """Rows of a places CSV (code, kind, name, city, country, tz, terminals)."""
    return [
        Place(
            row["code"].strip().upper(), row["kind"], row["name"], row["city"], row["country"],
            row["tz"], tuple(row["terminals"].split()),
        )
        for row in csv.DictReader(io.StringIO(text))
    ]  # fmt: skip
