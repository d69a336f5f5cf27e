"""Every user setting declared once, with its type and default, over one QSettings store."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from jvdesk.core.briefings import DEFAULT_MINUTES, CustomBriefing
from jvdesk.core.deckplan import check_marking
from jvdesk.core.i18n import LANGUAGES, Language, language_from_environment
from jvdesk.gui.common.theme import system_theme_name

SETTINGS_ENV = "JVDESK_SETTINGS_DIR"  # tests point this at a temporary folder
THEMES = ("light", "dark", "high-contrast")
TEXT_SCALES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class Settings:
    """Typed access to jvdesk's settings.

    Declared settings (name: type, default):
        theme: str, the system's (one of THEMES: high contrast when the system asks for it,
            else dark or light as its colour scheme is; light when Qt cannot tell)
        text_scale: float, 1.0 (one of TEXT_SCALES)
        last_panel: str, "" (a panel id, or "" for the overview)
        geometry: bytes, b"" (the main window's saved geometry)
        briefing: str, "" (the chosen briefing: a pack briefing's id, or "custom-N")
        custom_briefings: list of CustomBriefing, []
        notes_open: bool, True (whether the speaker notes pane is open)
        export_folder: str, "" (the folder of the last export, or "" before the first)
        marking: str, "" (the handling marking last used for decks, handouts and shows)
        language: str, the system's (the interface's language: "en", "ja" or "hi")
        deck_language: str, "" (the language of exported slides and shows; "" is the
            interface's)
        notes_language: str, "" (the language of speaker notes; "" is the slides')
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or open_store()

    def _get(self, key: str, default: Any, kind: type) -> Any:
        value = self._store.value(key, default)
        try:
            if kind is bool:
                return value in (True, "true", "1", 1)
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def theme(self) -> str:
        """The theme chosen; the system's until the user chooses one (read at each call)."""
        value = str(self._get("theme", "", str))
        return value if value in THEMES else system_theme_name()

    @theme.setter
    def theme(self, value: str) -> None:
        self._store.setValue("theme", value if value in THEMES else "light")

    @property
    def text_scale(self) -> float:
        value = float(self._get("text_scale", 1.0, float))
        return min(TEXT_SCALES, key=lambda scale: abs(scale - value))

    @text_scale.setter
    def text_scale(self, value: float) -> None:
        self._store.setValue("text_scale", float(value))

    @property
    def last_panel(self) -> str:
        return str(self._get("last_panel", "", str))

    @last_panel.setter
    def last_panel(self, value: str) -> None:
        self._store.setValue("last_panel", value)

    @property
    def geometry(self) -> QByteArray:
        value = self._store.value("geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("geometry", value)

    @property
    def briefing(self) -> str:
        return str(self._get("briefing", "", str))

    @briefing.setter
    def briefing(self, value: str) -> None:
        self._store.setValue("briefing", value)

    @property
    def notes_open(self) -> bool:
        return bool(self._get("notes_open", True, bool))

    @notes_open.setter
    def notes_open(self, value: bool) -> None:
        self._store.setValue("notes_open", bool(value))

    @property
    def export_folder(self) -> str:
        return str(self._get("export_folder", "", str))

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._store.setValue("export_folder", value)

    @property
    def marking(self) -> str:
        value = str(self._get("marking", "", str))
        try:
            return check_marking(value)
        except ValueError:  # a hand-edited settings file: no marking rather than a bad one
            return ""

    @marking.setter
    def marking(self, value: str) -> None:
        self._store.setValue("marking", value)

    @property
    def language(self) -> Language:
        """The interface's language: the system's until the user chooses one."""
        value = str(self._get("language", "", str))
        return value if value in LANGUAGES else language_from_environment()

    @language.setter
    def language(self, value: Language) -> None:
        self._store.setValue("language", value if value in LANGUAGES else "")

    @property
    def deck_language(self) -> str:
        value = str(self._get("deck_language", "", str))
        return value if value in LANGUAGES else ""

    @deck_language.setter
    def deck_language(self, value: str) -> None:
        self._store.setValue("deck_language", value if value in LANGUAGES else "")

    @property
    def notes_language(self) -> str:
        value = str(self._get("notes_language", "", str))
        return value if value in LANGUAGES else ""

    @notes_language.setter
    def notes_language(self, value: str) -> None:
        self._store.setValue("notes_language", value if value in LANGUAGES else "")

    @property
    def custom_briefings(self) -> list[CustomBriefing]:
        raw = self._store.value("custom_briefings", "[]")
        try:
            items = json.loads(str(raw))
            briefings = [
                CustomBriefing(
                    str(item["title"]).strip(),
                    [str(p) for p in item["panels"]],
                    int(item.get("duration_minutes", DEFAULT_MINUTES)),
                )
                for item in items
                if isinstance(item, dict)
            ]
            # A hand-edited or damaged settings file must not stop the app from starting.
            return [briefing for briefing in briefings if briefing.is_usable()]
        except (ValueError, KeyError, TypeError):
            return []

    @custom_briefings.setter
    def custom_briefings(self, value: list[CustomBriefing]) -> None:
        data = [
            {
                "title": item.title,
                "panels": list(item.panels),
                "duration_minutes": item.duration_minutes,
            }
            for item in value
        ]
        self._store.setValue("custom_briefings", json.dumps(data, ensure_ascii=False))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._store.sync()


def open_store() -> QSettings:
    """The settings file: the platform's usual place, or JVDESK_SETTINGS_DIR when set."""
    folder = os.environ.get(SETTINGS_ENV)
    if folder:
        return QSettings(str(Path(folder) / "jvdesk.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "jvdesk", "jvdesk")
