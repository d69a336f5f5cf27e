"""The main window's menus, tool bar and keyboard shortcuts, and what each one calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

from jvdesk.gui.workspace.briefings import BriefingChooser
from jvdesk.gui.workspace.search import SearchPane

Shortcut = QKeySequence | QKeySequence.StandardKey | str


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


class WindowActions:
    """Builds the menu bar, the tool bar and the shortcuts of a main window."""

    def __init__(
        self,
        window: QMainWindow,
        commands: Commands,
        notes_dock: QDockWidget,
        search: SearchPane,
        briefings: BriefingChooser,
    ) -> None:
        self.window = window
        tr = window.tr
        menu = window.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        self.open_action = self._action(
            tr("&Open content pack…"), commands.open_pack, QKeySequence.StandardKey.Open
        )
        self.export_action = self._action(tr("&Export deck or handout…"), commands.export, "Ctrl+E")
        self.present_action = self._action(
            tr("&Present the briefing"), lambda: commands.present(False), "F5"
        )
        self.present_here_action = self._action(
            tr("Present from this &panel"), lambda: commands.present(True), "Shift+F5"
        )
        for action in (
            self.open_action,
            self.export_action,
            self.present_action,
            self.present_here_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), commands.quit, QKeySequence.StandardKey.Quit))

        view = menu.addMenu(tr("&View"))
        self.theme_actions: dict[str, QAction] = {}
        group = QActionGroup(window)
        names = {
            "light": tr("&Light theme"),
            "dark": tr("&Dark theme"),
            "high-contrast": tr("&High contrast (projector)"),
        }
        for key, label in names.items():
            action = self._action(label, _bind(commands.set_theme, key))
            action.setCheckable(True)
            group.addAction(action)
            view.addAction(action)
            self.theme_actions[key] = action
        view.addSeparator()
        self.larger_action = self._action(
            tr("&Larger text"), lambda: commands.step_text(+1), QKeySequence.StandardKey.ZoomIn
        )
        self.larger_action.setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        self.smaller_action = self._action(
            tr("&Smaller text"), lambda: commands.step_text(-1), QKeySequence.StandardKey.ZoomOut
        )
        self.smaller_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.normal_text_action = self._action(
            tr("&Normal text size"), lambda: commands.step_text(0)
        )
        view.addAction(self.larger_action)
        view.addAction(self.smaller_action)
        view.addAction(self.normal_text_action)
        view.addSeparator()
        self.notes_action = notes_dock.toggleViewAction()
        self.notes_action.setText(tr("Speaker &notes"))
        self.notes_action.setShortcut(QKeySequence("F9"))
        view.addAction(self.notes_action)
        self.find_action = self._action(tr("&Find…"), search.focus, QKeySequence.StandardKey.Find)
        view.addAction(self.find_action)

        brief = menu.addMenu(tr("&Briefing"))
        for action in (briefings.compose_action, briefings.edit_action, briefings.delete_action):
            window.addAction(action)
            brief.addAction(action)

        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About jvdesk"), commands.about))

        bar = window.addToolBar(tr("Main"))
        self.toolbar = bar
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(tr("Briefing:")))
        bar.addWidget(briefings.box)
        self.export_action.setIconText(tr("Export…"))
        self.present_action.setIconText(tr("Present"))
        bar.addAction(self.export_action)
        bar.addAction(self.present_action)
        # Search has a tool bar of its own, which the window moves to a row of its own when
        # one row is too narrow for both: it never hides behind the tool bar's overflow.
        self.search_bar = window.addToolBar(tr("Search"))
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

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: Shortcut | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action


def _bind(slot: Callable[[str], None], value: str) -> Callable[[], None]:
    """``slot`` called with ``value``: one per theme, so the loop's variable is not shared."""
    return lambda: slot(value)
