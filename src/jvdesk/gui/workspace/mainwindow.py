"""The main window: the pack it shows, navigation between its pages, speaker notes, its look."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.problems import PackError
from jvdesk.core.search import Hit
from jvdesk.core.snapshot import CheckCancelled, CheckError
from jvdesk.core.sourcemarks import SourceIndex, briefing_source_index
from jvdesk.gui.common.settings import TEXT_SCALES, Settings
from jvdesk.gui.common.theme import THEMES, apply_theme, style_chrome
from jvdesk.gui.common.widgets import FirstPaint, SourceMark, restyle, sentence
from jvdesk.gui.dialogs.about import AboutDialog
from jvdesk.gui.dialogs.errors import ErrorDialog, ProblemsDialog
from jvdesk.gui.dialogs.packcheck import open_pack_waiting
from jvdesk.gui.dialogs.source import SourceDialog
from jvdesk.gui.workspace.actions import Commands, WindowActions
from jvdesk.gui.workspace.briefings import BriefingChooser
from jvdesk.gui.workspace.navlist import PanelList
from jvdesk.gui.workspace.notespane import NotesPane
from jvdesk.gui.workspace.notice import NoticeBar, start_failure_text
from jvdesk.gui.workspace.overview import OverviewPage
from jvdesk.gui.workspace.panelpage import CHART_MODULE, PanelPage, make_chart
from jvdesk.gui.workspace.search import SearchPane


class MainWindow(QMainWindow):
    """jvdesk's workspace.

    Signals:
        first_painted(): the window has painted for the first time.
        panel_shown(str): a page was shown (a panel id, or "" for the overview).
    """

    first_painted = Signal()
    panel_shown = Signal(str)

    def __init__(self, pack: ContentPack, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self.theme = THEMES[settings.theme]
        self.scale = settings.text_scale
        self.setObjectName("mainWindow")
        self.setMinimumSize(960, 600)
        self._applied_look: tuple[str, float] | None = None
        self._apply_style()  # before any widget exists: styling them later costs a repolish
        self.nav = PanelList()
        self.stack = QStackedWidget()
        self.notes_dock = NotesPane(self)
        self.notes = self.notes_dock.browser
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.notes_dock)
        self.search = SearchPane(self)
        self.search.hit_chosen.connect(self._on_hit_chosen)
        self.search.cleared.connect(self._on_search_cleared)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search.dock)
        self.search.dock.hide()
        self.briefings = BriefingChooser(settings, self)
        self.briefings.chosen_changed.connect(self._on_briefing_chosen)
        nav_dock = QDockWidget(self.tr("Panels"), self)
        nav_dock.setObjectName("navDock")
        nav_dock.setWidget(self.nav)
        nav_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        nav_dock.setTitleBarWidget(QWidget())
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, nav_dock)
        self.notice = NoticeBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        commands = Commands(
            open_pack=self.choose_pack,
            export=self.export,
            present=self.present,
            quit=self.close,
            set_theme=self.set_theme,
            step_text=self.step_text,
            show_row=self.go_to_row,
            step_row=lambda step: self.go_to_row(self.nav.currentRow() + step),
            about=self.about,
        )
        self.commands = WindowActions(self, commands, self.notes_dock, self.search, self.briefings)
        self.commands.notes_action.toggled.connect(self._on_notes_toggled)
        for widget in self._chrome():
            style_chrome(widget)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self._first_paint = FirstPaint(self.stack)
        self._first_paint.painted.connect(self.first_painted)
        self.pages: dict[str, QWidget] = {}
        self.presentation: object | None = None
        self.set_pack(pack, restore=True)
        geometry = settings.geometry
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._default_size()
        self.notes_dock.setVisible(settings.notes_open)
        self.resizeDocks([self.notes_dock], [150], Qt.Orientation.Vertical)

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None:
            self.resize(1280, 800)
            return
        if screen.width() <= 1920:  # a laptop or a projector: use the whole screen
            self.setGeometry(screen)
            return
        self.resize(int(screen.width() * 0.75), int(screen.height() * 0.8))

    # --- the pack -------------------------------------------------------------------

    def set_pack(self, pack: ContentPack, restore: bool = False) -> None:
        """Show a pack: rebuild navigation, pages, search and marks."""
        self.pack = pack
        self.briefings.set_pack(pack)
        self.marks: SourceIndex = self._number_sources()
        self.search.set_pack(pack)
        for page in list(self.pages.values()):
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.overview = OverviewPage(pack, self.marks)
        self.overview.panel_chosen.connect(self.go_to_panel)
        self.overview.sources_requested.connect(self.show_sources)
        self.pages[""] = self.overview
        self.stack.addWidget(self.overview)
        self.nav.fill(pack)
        self.setWindowTitle(self.tr("jvdesk — {title}").replace("{title}", pack.title))
        self.status.setText(
            self.tr("{title} {version} · {count} panels · checksum {checksum}")
            .replace("{title}", pack.title)
            .replace("{version}", pack.meta.version)
            .replace("{count}", str(len(pack.panels)))
            .replace("{checksum}", pack.checksum[:12])
        )
        self.apply_look()
        wanted = self.settings.last_panel if restore else ""
        ids = [panel.id for panel in pack.panels]
        self.show_row(ids.index(wanted) + 1 if wanted in ids else 0)

    def _number_sources(self) -> SourceIndex:
        """Source numbers as the chosen briefing's deck, handout and show give them."""
        plan = plan_deck(self.pack, self.briefings.chosen(), notes=False)
        return briefing_source_index(self.pack, plan.sources)

    def _on_briefing_chosen(self) -> None:
        """Renumber the source marks on every built page after the deck's numbering."""
        self.marks = self._number_sources()
        for page in self.pages.values():
            for mark in page.findChildren(SourceMark):
                mark.set_mark(self.marks.cite(mark.source_ids))

    def report_start_failure(self, folder: Path, error: PackError | CheckError) -> None:
        """Say, until dismissed, that the pack asked for at start did not open, and why.

        Called once the window shows jvdesk's own pack in its place; pack problems are also
        listed in a dialog over the window.
        """
        text = start_failure_text(folder, error, self.pack.title)
        if not isinstance(error, PackError):
            self.notice.show_notice(text)
            return

        def show() -> None:
            ProblemsDialog.show_problems(error, self, "shipped")

        self.notice.show_notice(text, self.tr("Show problems"), show)
        QTimer.singleShot(0, show)

    def choose_pack(self) -> None:
        """Ask for a pack folder and open it."""
        folder = self.ask_pack_folder()
        if folder is not None:
            self.open_pack(folder)

    def ask_pack_folder(self) -> Path | None:
        """The folder dialog (tests replace this)."""
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Open a content pack folder"))
        return Path(chosen) if chosen else None

    def open_pack(self, folder: Path) -> bool:
        """Open a pack; on problems list them all and keep the current pack.

        The pack is checked in a child process (``jvdesk validate``, about 0.2 s for the
        shipped pack's size); a longer check shows a progress dialog with Cancel.
        """
        try:
            pack = open_pack_waiting(folder, self)
        except PackError as error:
            ProblemsDialog.show_problems(error, self)
            return False
        except CheckError as error:
            ErrorDialog.show_error(
                self,
                self.tr("The pack could not be checked"),
                self.tr(
                    "{reason}. jvdesk keeps the pack it had. Open the pack again; if the "
                    "same happens, reinstall jvdesk."
                ).replace("{reason}", sentence(str(error))),
            )
            return False
        except CheckCancelled:
            return False
        self.set_pack(pack)
        self.notice.hide()  # a notice about the pack it had no longer applies
        return True

    # --- navigation -------------------------------------------------------------------

    def show_row(self, row: int) -> None:
        """Show the overview (row 0) or a panel (rows 1…), as the navigation lists them."""
        if 0 <= row < self.nav.count():
            if self.nav.currentRow() == row:
                self._on_row_changed(row)
            else:
                self.nav.setCurrentRow(row)

    def show_panel(self, panel_id: str) -> None:
        """Show a panel by id ("" for the overview)."""
        ids = [""] + [panel.id for panel in self.pack.panels]
        if panel_id in ids:
            self.show_row(ids.index(panel_id))

    def go_to_row(self, row: int) -> None:
        """Show a page from a shortcut or a tile, and give it the keyboard.

        Page Down and the arrows then scroll the page, not whatever had the focus before
        (the speaker notes, say). Moving in the panel list itself leaves the focus there.
        """
        self.show_row(row)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def go_to_panel(self, panel_id: str) -> None:
        """Show a panel by id from a tile, and give its page the keyboard."""
        ids = [""] + [panel.id for panel in self.pack.panels]
        if panel_id in ids:
            self.go_to_row(ids.index(panel_id))

    def page(self, panel_id: str) -> QWidget:
        """The page for a panel, built on its first visit."""
        if panel_id not in self.pages:
            page = PanelPage(
                self.pack, self.pack.panel(panel_id), self.marks, self.theme, self.scale, make_chart
            )
            page.sources_requested.connect(self.show_sources)
            self.pages[panel_id] = page
            self.stack.addWidget(page)
        return self.pages[panel_id]

    def current_panel_id(self) -> str:
        row = self.nav.currentRow()
        return self.nav.page_id(row) if row >= 0 else ""

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        panel_id = self.nav.page_id(row)
        self.stack.setCurrentWidget(self.page(panel_id))
        self.settings.last_panel = panel_id
        self.notes_dock.show_for(self.pack, panel_id)
        self.panel_shown.emit(panel_id)

    def _on_notes_toggled(self, visible: bool) -> None:
        self.settings.notes_open = visible

    # --- sources ----------------------------------------------------------------------

    def show_sources(self, source_ids: list[str]) -> None:
        """Show where a figure, chart or quote comes from."""
        SourceDialog.show_sources(self.pack, self.marks, source_ids, self)

    # --- search -----------------------------------------------------------------------

    def _on_hit_chosen(self, hit: Hit, query: str) -> None:
        self.show_panel(hit.panel_id or "")
        page = self.pages.get(hit.panel_id or "")
        if isinstance(page, PanelPage):
            page.highlight(query, reveal=hit.text)

    def _on_search_cleared(self) -> None:
        for page in self.pages.values():
            if isinstance(page, PanelPage):
                page.highlight("")

    # --- look -------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """Switch theme (light, dark, high-contrast); charts follow."""
        self.settings.theme = name
        self.theme = THEMES[self.settings.theme]
        self.apply_look()

    def step_text(self, step: int) -> None:
        """Make all text, charts included, one step larger (+1) or smaller (-1); 0: normal."""
        index = TEXT_SCALES.index(self.scale) + step if step else TEXT_SCALES.index(1.0)
        if 0 <= index < len(TEXT_SCALES):
            self.scale = TEXT_SCALES[index]
            self.settings.text_scale = self.scale
            self.apply_look()

    def _apply_style(self) -> None:
        look = (self.theme.name, self.scale)
        app = QApplication.instance()
        if look != self._applied_look and isinstance(app, QApplication):
            apply_theme(app, self.theme, self.scale)
            self._applied_look = look

    def _fit_tool_bars(self) -> None:
        """Search on the tool bars' row when both fit the window, else on a row of its own."""
        main, search = self.commands.toolbar, self.commands.search_bar
        needed = main.sizeHint().width() + search.minimumSizeHint().width() + 24
        apart = self.toolBarBreak(search)
        if needed > self.width() and not apart:
            self.insertToolBarBreak(search)
        elif needed <= self.width() and apart:
            self.removeToolBarBreak(search)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_tool_bars()

    def _chrome(self) -> list[QWidget]:
        """The widgets that carry a style sheet (the pages do not: see theme.TEXT_ROLES)."""
        return [
            self.nav,
            self.commands.toolbar,
            self.commands.search_bar,
            self.notes,
            self.search.results,
        ]

    def apply_look(self) -> None:
        """Apply the theme and text size to the whole window, charts included."""
        self._apply_style()
        self.commands.theme_actions[self.theme.name].setChecked(True)
        self.commands.normal_text_action.setEnabled(self.scale != 1.0)
        for widget in self._chrome():
            style_chrome(widget)
        self.nav.restyle(self.pack, self.theme, self.scale)
        self.search.fit_to_text()
        self._fit_tool_bars()
        for page in self.pages.values():
            restyle(page)
            if isinstance(page, PanelPage):
                page.apply_theme(self.theme, self.scale)

    # --- export, about --------------------------------------------------------------------

    def export(self) -> None:
        """Open the export dialog on the chosen briefing."""
        dialog = importlib.import_module("jvdesk.gui.dialogs.export").ExportDialog
        dialog.ask(
            self.pack, self.briefings.briefings(), self.briefings.chosen().id, self.settings, self
        )

    def present(self, from_here: bool = False) -> None:
        """Present the chosen briefing (F5), or from the current panel on (Shift+F5)."""
        from jvdesk.gui.show.presentation import Presentation

        plan = plan_deck(self.pack, self.briefings.chosen(), marking=self.settings.marking)
        start = 0
        current = self.current_panel_id()
        if from_here and current:
            start = next((i for i, s in enumerate(plan.slides) if s.panel_id == current), 0)
        self.presentation = Presentation(plan, start)
        self.presentation.finished.connect(self._on_presentation_finished)
        self.presentation.start()

    def _on_presentation_finished(self) -> None:
        self.activateWindow()

    def about(self) -> None:
        AboutDialog.show_about(self.pack, self)

    # --- lifecycle ------------------------------------------------------------------------

    def preload_charts(self) -> None:
        """Import the chart library while the user reads the first screen."""
        importlib.import_module(CHART_MODULE)

    def prebuild_pages(self) -> None:
        """Build the panel pages one per turn of the event loop, while the user reads.

        A page is built on its first visit anyway; building it ahead of time makes that
        first visit as quick as any other.
        """
        remaining = [panel.id for panel in self.pack.panels if panel.id not in self.pages]
        if remaining:
            page = self.page(remaining[0])
            # Lay it out and draw it once off screen, so text layout and chart pictures are
            # ready before the page is first shown.
            page.resize(self.stack.size())
            page.grab()
            QTimer.singleShot(0, self.prebuild_pages)

    def self_test(self) -> list[str]:
        """Open every page and report any that failed (for `jvdesk --self-test`)."""
        failures = []
        for row in range(self.nav.count()):
            try:
                self.show_row(row)
                QApplication.processEvents()
            except Exception as error:  # reported, not raised: the test lists every failure
                failures.append(f"{self.nav.item(row).text()}: {error!r}")
        return failures

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.geometry = self.saveGeometry()
        # Closing hides the docks, which reports the notes pane as closed: stop listening.
        self.commands.notes_action.toggled.disconnect(self._on_notes_toggled)
        self.settings.notes_open = self.notes_dock.isVisible()
        self.settings.sync()
        super().closeEvent(event)
