"""Briefings an official composes in the app: their length limits, their ids, their Briefing."""

from __future__ import annotations

from dataclasses import dataclass, field

from jvdesk.core.i18n import _
from jvdesk.core.model import MAX_MINUTES, MIN_MINUTES, Briefing

DEFAULT_MINUTES = 20
CUSTOM_PREFIX = "custom-"  # composed briefings are "custom-1", "custom-2"… in saved order


@dataclass
class CustomBriefing:
    """A briefing the user composed: a name, panels in order, and its length."""

    title: str
    panels: list[str] = field(default_factory=list)
    duration_minutes: int = DEFAULT_MINUTES

    def is_usable(self) -> bool:
        """Whether it has a name, panels and a length within the limits."""
        return bool(self.title and self.panels) and is_valid_length(self.duration_minutes)


def is_valid_length(minutes: int) -> bool:
    """Whether a briefing may last this many minutes."""
    return MIN_MINUTES <= minutes <= MAX_MINUTES


def clamp_length(minutes: int) -> int:
    """The nearest length a briefing may have."""
    return max(MIN_MINUTES, min(MAX_MINUTES, minutes))


def custom_id(number: int) -> str:
    """The id of the ``number``-th composed briefing (counted from 1)."""
    return f"{CUSTOM_PREFIX}{number}"


def custom_number(briefing_id: str) -> int | None:
    """Which composed briefing an id names (from 1), or None for a pack's own briefing."""
    if not briefing_id.startswith(CUSTOM_PREFIX):
        return None
    number = briefing_id.removeprefix(CUSTOM_PREFIX)
    return int(number) if number.isdigit() and int(number) > 0 else None


def as_briefing(custom: CustomBriefing, number: int) -> Briefing:
    """A composed briefing as the core's Briefing, so export and presentation take it."""
    return Briefing(
        id=custom_id(number),
        title=custom.title,
        # Translators: a briefing's audience, for a briefing the user put together.
        audience=_("Composed in jvdesk"),
        duration_minutes=clamp_length(custom.duration_minutes),
        panels=list(custom.panels),
    )
