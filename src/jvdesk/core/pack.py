"""The loaded content pack: validated files assembled into one object to read from."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from jvdesk.core.i18n import DEFAULT, N_, Language, _
from jvdesk.core.model import (
    Briefing,
    Chart,
    FollowUp,
    PackFile,
    Panel,
    Source,
    TranslationsFile,
    parse_date,
)
from jvdesk.core.translating import Localization, localize

STATUS_LABELS = {
    "checked": N_("Checked against the official text"),
    "to-be-checked": N_("From summaries; to be checked against the official text"),
}


@dataclass(frozen=True)
class ContentPack:
    """A content pack that passed every check.

    Attributes:
        folder: where the pack was loaded from.
        meta: pack.yaml: identity, summit, follow-ups and briefings.
        panels: the panels in the pack's order.
        sources: every source, by id, in the order sources.yaml lists them.
        checksum: SHA-256 over the pack's files, to tell two versions apart.
        files: the files the pack was read from, relative to its folder, in reading order.
        translations: the pack's translations files, by language.
        localization: for a pack put into another language by ``localized``, how; None for
            the pack as its files write it.
        base: the pack as its files write it, for a localized pack.
        numbering: the sources each of the pack's own briefings cites, as its deck numbers
            them (``DeckPlan.sources``), by briefing id, where a snapshot carries them;
            empty for a pack read from its files. Worked out when the pack was checked, so
            the app shows the deck's source numbers without planning the deck at start.
    """

    folder: Path
    meta: PackFile
    panels: tuple[Panel, ...]
    sources: dict[str, Source]
    checksum: str
    files: tuple[str, ...]
    translations: dict[str, TranslationsFile] = field(default_factory=dict)
    localization: Localization | None = None
    base: ContentPack | None = field(default=None, repr=False, compare=False)
    numbering: dict[str, tuple[tuple[int, str], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def language(self) -> Language:
        """The language the pack's texts are in."""
        return self.localization.language if self.localization else DEFAULT

    def localized(self, language: Language) -> ContentPack:
        """The pack with its texts in ``language``; English where a text has no translation.

        Ids, numbers, dates and sources stay as they are, so plans and citations built from
        either pack agree.
        """
        if language == self.language:
            return self
        base = self.base or self
        if language == DEFAULT:
            return base
        meta, panels, localization = localize(
            base.meta, base.panels, base.translations.get(language), language
        )
        return dataclasses.replace(
            base, meta=meta, panels=panels, localization=localization, base=base
        )

    @property
    def title(self) -> str:
        """The pack's title."""
        return self.meta.title

    def panel(self, panel_id: str) -> Panel:
        """Return the panel with this id.

        Raises:
            KeyError: when the pack has no such panel.
        """
        for panel in self.panels:
            if panel.id == panel_id:
                return panel
        raise KeyError(panel_id)

    def briefing(self, briefing_id: str | None = None) -> Briefing:
        """Return a briefing by id, or the pack's first briefing when None.

        Raises:
            KeyError: when the pack has no such briefing.
        """
        if briefing_id is None:
            return self.meta.briefings[0]
        for briefing in self.meta.briefings:
            if briefing.id == briefing_id:
                return briefing
        raise KeyError(briefing_id)

    def follow_ups(self) -> list[FollowUp]:
        """The follow-ups in date order."""
        return sorted(self.meta.follow_ups, key=lambda item: parse_date(item.date))

    def charts(self) -> list[tuple[Panel, Chart]]:
        """Every chart with the panel it belongs to."""
        return [(panel, chart) for panel in self.panels for chart in panel.charts]

    def content_date(self) -> dt.datetime:
        """The latest date the pack mentions: what its content is current to.

        Exports stamp their file properties with it, so the same pack always gives the
        same bytes.
        """
        dates = [self.meta.summit.end_date]
        dates += [item.date for item in self.meta.follow_ups]
        dates += [source.date for source in self.sources.values() if source.date]
        year, month, day = max(parse_date(date) for date in dates)
        return dt.datetime(year, month or 1, day or 1, tzinfo=dt.UTC)

    def status_label(self, panel: Panel) -> str:
        """The panel's editorial status in words."""
        return _(STATUS_LABELS[panel.status])
