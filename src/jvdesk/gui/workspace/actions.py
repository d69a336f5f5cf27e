"""The main window's menus, tool bar and keyboard shortcuts, and what each one calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from jvdesk.core.i18n import Language
from jvdesk.gui.workspace.briefings import BriefingChooser
from jvdesk.gui.workspace.languagemenu import LanguageMenu
from jvdesk.gui.workspace.search import SearchPane

Shortcut = QKeySequence | QKeySequence.StandardKey | str
# Not a QObject: its words are in the "WindowActions" context of the catalogues.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Commands:
    """What the window does when asked, by menu, tool bar or key."""

    open_pack: Callable[[], None]
    export: Callable[[], None]
    present: Callable[[bool], None]  # True: from the current panel on
    quit: Callable[[], object]
    set_theme: Callable[[str], None]
    step_text: Callable[[int], None]  # +1 larger, -1 smaller, 0 back to the normal size
    show_row: Callable[[int], None]  # 0 the overview, 1… the panels
    step_row: Callable[[int], None]  # +1 the next page, -1 the previous one
    about: Callable[[], None]
    set_language: Callable[[Language], None]
    trusted_publishers: Callable[[], None]
    go_back: Callable[[], None]  # to the version of the pack open before this one


class WindowActions:
    """Builds the menu bar, the tool bar and the shortcuts of a main window.

    Texts are set by ``retranslate``, once here and again whenever the language changes.
    """

    def __init__(
        self,
        window: QMainWindow,
        commands: Commands,
        notes_dock: QDockWidget,
        search: SearchPane,
        briefings: BriefingChooser,
    ) -> None:
        self.window = window
        menu = window.menuBar()
        self.file_menu = menu.addMenu("")
        self.open_action = self._action(commands.open_pack, QKeySequence.StandardKey.Open)
        self.export_action = self._action(commands.export, "Ctrl+E")
        self.present_action = self._action(lambda: commands.present(False), "F5")
        self.present_here_action = self._action(lambda: commands.present(True), "Shift+F5")
        # Shown once a newer version of the pack replaced the one open before.
        self.go_back_action = self._action(commands.go_back)
        self.go_back_version = ""
        for action in (
            self.open_action,
            self.go_back_action,
            self.export_action,
            self.present_action,
            self.present_here_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.quit_action = self._action(commands.quit, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = view = menu.addMenu("")
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(window)
        for key in ("light", "dark", "high-contrast"):
            action = self._action(_bind(commands.set_theme, key))
            action.setCheckable(True)
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[key] = action
        view.addSeparator()
        self.larger_action = self._action(
            lambda: commands.step_text(+1), QKeySequence.StandardKey.ZoomIn
        )
        self.larger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller_action = self._action(
            lambda: commands.step_text(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.smaller_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.normal_text_action = self._action(lambda: commands.step_text(0))
        view.addAction(self.larger_action)
        view.addAction(self.smaller_action)
        view.addAction(self.normal_text_action)
        view.addSeparator()
        self.language_menu = LanguageMenu(view, window)
        self.language_menu.chosen.connect(commands.set_language)
        view.addSeparator()
        self.notes_action = notes_dock.toggleViewAction()
        self.notes_action.setShortcut(QKeySequence("F9"))
        view.addAction(self.notes_action)
        self.find_action = self._action(search.focus, QKeySequence.StandardKey.Find)
        view.addAction(self.find_action)

        self.briefing_menu = menu.addMenu("")
        for action in (briefings.compose_action, briefings.edit_action, briefings.delete_action):
            window.addAction(action)
            self.briefing_menu.addAction(action)

        self.help_menu = menu.addMenu("")
        self.trusted_action = self._action(commands.trusted_publishers)
        self.help_menu.addAction(self.trusted_action)
        self.about_action = self._action(commands.about)
        self.help_menu.addAction(self.about_action)

        self.toolbar = bar = window.addToolBar("")
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        self.briefing_label = QLabel()
        bar.addWidget(self.briefing_label)
        bar.addWidget(briefings.box)
        bar.addAction(self.export_action)
        bar.addAction(self.present_action)
        # Search has a tool bar of its own, which the window moves to a row of its own when
        # one row is too narrow for both: it never hides behind the tool bar's overflow.
        self.search_bar = window.addToolBar("")
        self.search_bar.setObjectName("searchToolbar")
        self.search_bar.setMovable(False)
        self.search_bar.addWidget(search.box)

        for number in range(10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), window)
            shortcut.activated.connect(lambda number=number: commands.show_row(number))
        QShortcut(QKeySequence("Ctrl+PgDown"), window).activated.connect(
            lambda: commands.step_row(+1)
        )
        QShortcut(QKeySequence("Ctrl+PgUp"), window).activated.connect(
            lambda: commands.step_row(-1)
        )
        self.retranslate()

    def set_go_back(self, version: str) -> None:
        """Offer File → Go back to version ``version``; hide it for "" (nothing to go back to)."""
        self.go_back_version = version
        self.go_back_action.setVisible(bool(version))
        self.go_back_action.setText(
            translate("WindowActions", "&Go back to version {version}").format(version=version)
        )

    def retranslate(self) -> None:
        """Set every menu, action and tool bar text in the interface's language."""
        self.file_menu.setTitle(translate("WindowActions", "&File"))
        self.open_action.setText(translate("WindowActions", "&Open content pack…"))
        self.export_action.setText(translate("WindowActions", "&Export deck or handout…"))
        self.export_action.setIconText(translate("WindowActions", "Export…"))
        self.present_action.setText(translate("WindowActions", "&Present the briefing"))
        self.present_action.setIconText(translate("WindowActions", "Present"))
        self.present_here_action.setText(translate("WindowActions", "Present from this &panel"))
        self.quit_action.setText(translate("WindowActions", "&Quit"))
        self.view_menu.setTitle(translate("WindowActions", "&View"))
        themes = {
            "light": translate("WindowActions", "&Light theme"),
            "dark": translate("WindowActions", "&Dark theme"),
            "high-contrast": translate("WindowActions", "&High contrast (projector)"),
        }
        for key, text in themes.items():
            self.theme_actions[key].setText(text)
        self.larger_action.setText(translate("WindowActions", "&Larger text"))
        self.smaller_action.setText(translate("WindowActions", "&Smaller text"))
        self.normal_text_action.setText(translate("WindowActions", "&Normal text size"))
        self.language_menu.retranslate()
        self.notes_action.setText(translate("WindowActions", "Speaker &notes"))
        self.find_action.setText(translate("WindowActions", "&Find…"))
        self.briefing_menu.setTitle(translate("WindowActions", "&Briefing"))
        self.help_menu.setTitle(translate("WindowActions", "&Help"))
        self.about_action.setText(translate("WindowActions", "&About jvdesk"))
        self.trusted_action.setText(translate("WindowActions", "&Trusted publishers…"))
        self.set_go_back(self.go_back_version)
        self.toolbar.setWindowTitle(translate("WindowActions", "Main"))
        self.briefing_label.setText(translate("WindowActions", "Briefing:"))
        self.search_bar.setWindowTitle(translate("WindowActions", "Search"))

    def _action(self, slot: Callable[[], object], shortcut: Shortcut | None = None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action


def _bind(slot: Callable[[str], None], value: str) -> Callable[[], None]:
    """``slot`` called with ``value``: one per theme, so the loop's variable is not shared."""
    return lambda: slot(value)
