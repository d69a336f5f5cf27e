"""The View menu's Language submenu: each language jvdesk speaks, named in itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from jvdesk.core.i18n import LANGUAGES, NATIVE_NAMES, Language


class LanguageMenu(QObject):
    """One checkable action per language, exactly one checked: the interface's.

    The actions read "English", "日本語" and "हिन्दी" in every language, so that someone
    who landed in a language they do not read can find their own. Only the submenu's
    title is translated.

    Signals:
        chosen(str): the user chose a language (one of ``jvdesk.core.i18n.LANGUAGES``).
    """

    chosen = Signal(str)

    def __init__(self, parent_menu: QMenu, window: QWidget) -> None:
        super().__init__(window)
        self.menu = parent_menu.addMenu("")
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[Language, QAction] = {}
        for language in LANGUAGES:
            action = QAction(NATIVE_NAMES[language], window)
            action.setObjectName(f"language-{language}")
            action.setCheckable(True)
            action.setData(language)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        group.triggered.connect(self._on_triggered)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the submenu's title in the interface's language."""
        self.menu.setTitle(self.tr("&Language"))
        self.menu.setToolTip(self.tr("The language jvdesk and the pack are shown in"))

    def set_current(self, language: Language) -> None:
        """Check the language in force, without reporting a choice."""
        self.actions[language].setChecked(True)

    def _on_triggered(self, action: QAction) -> None:
        self.chosen.emit(next(lang for lang, one in self.actions.items() if one is action))
