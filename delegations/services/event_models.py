"""What the event settings form and `delegations event set` hand over (pydantic: imported when
settings change, not when the window starts)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict


class EventSettingsUpdate(BaseModel):
    """Changes to the event's settings (File ▸ Event settings…, `delegations event set`):
    only the fields set are changed."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = None
    name_zh: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    time_zone: str | None = None
    venue: str | None = None
    city: str | None = None
