"""Choosing the briefing to export and present, and composing, editing or deleting one's own."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from jvdesk.core.briefings import CustomBriefing, as_briefing, custom_id, custom_number
from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.i18n import parse_language
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.sourcemarks import SourceIndex, briefing_source_index
from jvdesk.gui.common.settings import Settings

COMPOSE = "__compose__"  # the box's last entry opens the briefing dialog


class BriefingChooser(QObject):
    """The tool bar's briefing box and the Briefing menu's actions, over the settings.

    The pack's briefings come first, then the ones the user composed (saved in the
    settings as "custom-1", "custom-2"…). Only a composed briefing can be edited or deleted.

    Signals:
        chosen_changed(): another briefing is chosen, or the chosen one was edited.
    """

    chosen_changed = Signal()

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.pack: ContentPack | None = None
        self._shown: Briefing | None = None  # the chosen briefing as last offered
        # Source numbers of the last pack and briefing numbered (``source_index``).
        self._numbered: (
            tuple[tuple[str, str, tuple[str, ...], int], tuple[tuple[int, str], ...]] | None
        ) = None
        self.box = QComboBox()
        self.box.setObjectName("briefingBox")
        self.box.setMinimumContentsLength(18)
        self.box.activated.connect(self._on_activated)
        self.compose_action = QAction(window)
        self.compose_action.triggered.connect(self.compose)
        self.edit_action = QAction(window)
        self.edit_action.triggered.connect(self.edit)
        self.delete_action = QAction(window)
        self.delete_action.triggered.connect(self.delete)
        self.retranslate()

    def retranslate(self) -> None:
        """Word the actions, and the box's last entry, in the interface's language."""
        self.compose_action.setText(self.tr("&Compose a briefing…"))
        self.edit_action.setText(self.tr("&Edit this briefing…"))
        self.delete_action.setText(self.tr("&Delete this briefing"))
        self.box.setAccessibleName(self.tr("Briefing"))
        compose = self.box.findData(COMPOSE)
        if compose >= 0:
            self.box.setItemText(compose, self.tr("Compose a briefing…"))

    def set_pack(self, pack: ContentPack) -> None:
        """Offer this pack's briefings, in the pack's language (the window renumbers its marks)."""
        self.pack = pack
        self._shown = None
        self.refresh()

    def briefings(self) -> list[Briefing]:
        """The pack's briefings, then the ones the user composed."""
        assert self.pack is not None
        custom = [
            as_briefing(item, number)
            for number, item in enumerate(self.settings.custom_briefings, 1)
        ]
        return [*self.pack.meta.briefings, *custom]

    def chosen(self) -> Briefing:
        """The briefing export and presentation use: the saved choice, if the pack has it."""
        assert self.pack is not None
        briefings = self.briefings()
        known = {panel.id for panel in self.pack.panels}
        usable = [b for b in briefings if all(panel in known for panel in b.panels)]
        wanted = self.settings.briefing
        return next((b for b in usable if b.id == wanted), usable[0] if usable else briefings[0])

    def refresh(self) -> None:
        """Fill the box, select the chosen briefing, enable Edit and Delete for one's own."""
        box = self.box
        box.blockSignals(True)
        box.clear()
        for briefing in self.briefings():
            box.addItem(briefing.title, briefing.id)
        box.insertSeparator(box.count())
        box.addItem(self.tr("Compose a briefing…"), COMPOSE)
        chosen = self.chosen()
        box.setCurrentIndex(box.findData(chosen.id))
        box.blockSignals(False)
        own = custom_number(chosen.id) is not None
        self.edit_action.setEnabled(own)
        self.delete_action.setEnabled(own)
        changed = self._shown is not None and self._shown != chosen
        self._shown = chosen
        if changed:
            self.chosen_changed.emit()

    def source_index(self) -> SourceIndex:
        """Source numbers as the chosen briefing's deck, handout and show give them.

        The numbering is the same in every language (a plan's slides do not depend on it),
        so it is worked out once per pack and briefing: a language switch reuses it.
        """
        assert self.pack is not None
        chosen = self.chosen()
        # By what decides the numbering: the pack's files, the briefing's panels and its
        # length (which quotes make the time), not its title, which is in the language shown.
        key = (self.pack.checksum, chosen.id, tuple(chosen.panels), chosen.duration_minutes)
        if self._numbered is None or self._numbered[0] != key:
            # A briefing of the pack's own was numbered when the pack was checked (its
            # snapshot); one the user composed is planned here.
            own = custom_number(chosen.id) is None
            numbered = self.pack.numbering.get(chosen.id) if own else None
            if numbered is None:
                numbered = plan_deck(self.pack, chosen, notes=False, language="en").sources
            self._numbered = (key, numbered)
        return briefing_source_index(self.pack, self._numbered[1])

    def show_plan(self) -> DeckPlan:
        """The chosen briefing planned for a show, in the deck's and the notes' languages."""
        assert self.pack is not None
        chosen = self.chosen()
        return plan_deck(
            self.pack,
            # A pack's briefing by id, so that its title is in the deck's language too.
            chosen if custom_number(chosen.id) is not None else chosen.id,
            marking=self.settings.marking,
            language=parse_language(self.settings.deck_language),
            notes_language=parse_language(self.settings.notes_language),
        )

    def export(self) -> None:
        """Open the export dialog on the chosen briefing."""
        assert self.pack is not None
        dialog = importlib.import_module("jvdesk.gui.dialogs.export").ExportDialog
        dialog.ask(self.pack, self.briefings(), self.chosen().id, self.settings, self.window)

    def dialog_class(self) -> Any:
        """The briefing dialog, imported on first use (tests replace this)."""
        return importlib.import_module("jvdesk.gui.dialogs.briefing").BriefingDialog

    def compose(self) -> None:
        """Compose a new briefing; it is saved for this user and becomes the chosen one."""
        assert self.pack is not None
        result = self.dialog_class().ask(self.pack, None, self.window)
        if isinstance(result, CustomBriefing):
            items = [*self.settings.custom_briefings, result]
            self.settings.custom_briefings = items
            self.settings.briefing = custom_id(len(items))
        self.refresh()

    def edit(self) -> None:
        """Edit the chosen briefing, when it is one of the user's own."""
        assert self.pack is not None
        number = custom_number(self.chosen().id)
        if number is None:
            return
        items = self.settings.custom_briefings
        result = self.dialog_class().ask(self.pack, items[number - 1], self.window)
        if isinstance(result, CustomBriefing):
            items[number - 1] = result
            self.settings.custom_briefings = items
        self.refresh()

    def delete(self) -> None:
        """Delete the chosen briefing, when it is one of the user's own."""
        number = custom_number(self.chosen().id)
        if number is None:
            return
        items = self.settings.custom_briefings
        del items[number - 1]
        self.settings.custom_briefings = items
        self.settings.briefing = ""
        self.refresh()

    def _on_activated(self, index: int) -> None:
        value = self.box.itemData(index)
        if value == COMPOSE:
            self.compose()
            return
        self.settings.briefing = str(value)
        self.refresh()
