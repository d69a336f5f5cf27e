"""Choosing the briefing to export and present, and composing, editing or deleting one's own."""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from jvdesk.core.briefings import CustomBriefing, as_briefing, custom_id, custom_number
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
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
        self.box = QComboBox()
        self.box.setObjectName("briefingBox")
        self.box.setMinimumContentsLength(18)
        self.box.activated.connect(self._on_activated)
        self.compose_action = QAction(self.tr("&Compose a briefing…"), window)
        self.compose_action.triggered.connect(self.compose)
        self.edit_action = QAction(self.tr("&Edit this briefing…"), window)
        self.edit_action.triggered.connect(self.edit)
        self.delete_action = QAction(self.tr("&Delete this briefing"), window)
        self.delete_action.triggered.connect(self.delete)

    def set_pack(self, pack: ContentPack) -> None:
        """Offer this pack's briefings (the window renumbers its marks itself)."""
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
