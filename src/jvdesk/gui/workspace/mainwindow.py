"""The main window: the pack it shows, navigation between its pages, speaker notes, its look.

The window keeps the pack as loaded and shows it in the interface's language
(``ContentPack.localized``). Choosing a language in View → Language installs that language's
catalogues (``jvdesk.gui.common.language.apply``): every long-lived widget words itself
again (``retranslate``, also on Qt's LanguageChange event), and the pages are built again
from the pack in the new language, on the same panel, scrolled to the same place.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core import i18n
from jvdesk.core.i18n import Language
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.search import Hit
from jvdesk.core.snapshot import CheckCancelled, CheckError
from jvdesk.core.sourcemarks import SourceIndex
from jvdesk.gui.common.language import apply as apply_language
from jvdesk.gui.common.language import reword_dock_buttons
from jvdesk.gui.common.settings import TEXT_SCALES, Settings
from jvdesk.gui.common.theme import THEMES, apply_theme, style_chrome
from jvdesk.gui.common.widgets import FirstPaint, sentence
from jvdesk.gui.dialogs.about import AboutDialog
from jvdesk.gui.dialogs.errors import ErrorDialog, ProblemsDialog
from jvdesk.gui.dialogs.packcheck import open_pack_waiting
from jvdesk.gui.dialogs.source import SourceDialog
from jvdesk.gui.workspace.actions import Commands, WindowActions
from jvdesk.gui.workspace.briefings import BriefingChooser
from jvdesk.gui.workspace.navlist import PanelList
from jvdesk.gui.workspace.notespane import NotesPane
from jvdesk.gui.workspace.notice import NoticeBar
from jvdesk.gui.workspace.packorigin import PackOrigin, origin_of_folder
from jvdesk.gui.workspace.pagestack import PageStack
from jvdesk.gui.workspace.panelpage import CHART_MODULE
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
        self.stack = PageStack(self.theme, self.scale)
        self.stack.panel_chosen.connect(self.go_to_panel)
        self.stack.sources_requested.connect(self.show_sources)
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
        self.nav.put_in_dock(self)
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
            export=self.briefings.export,
            present=self.present,
            quit=self.close,
            set_theme=self.set_theme,
            step_text=self.step_text,
            show_row=self.go_to_row,
            step_row=lambda step: self.go_to_row(self.nav.currentRow() + step),
            about=self.about,
            set_language=self.set_language,
            trusted_publishers=self.trusted_publishers,
            go_back=self.go_back,
        )
        self.commands = WindowActions(self, commands, self.notes_dock, self.search, self.briefings)
        self._closed = False
        self.commands.notes_action.toggled.connect(self._on_notes_toggled)
        for widget in self._chrome():
            style_chrome(widget)
        self.nav.currentRowChanged.connect(self._on_row_changed)
        self._first_paint = FirstPaint(self.stack)
        self._first_paint.painted.connect(self.first_painted)
        self.presentation: object | None = None
        self.origin = origin_of_folder(pack.folder)
        self.previous: PackOrigin | None = None  # what File → Go back to version X reopens
        self.previous_version = ""
        self.set_pack(pack, restore=True)
        self.retranslate()
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
        """Show a pack in the interface's language: rebuild navigation, pages, search, marks.

        Args:
            pack: the pack as loaded (a localized pack stands for the pack it localizes).
            restore: show the panel shown last time rather than the overview.
        """
        self.loaded_pack = pack.base or pack
        self._show_pack(self.settings.last_panel if restore else "")

    def _show_pack(self, panel_id: str) -> None:
        """Build the pages from the loaded pack in the language in force, and show a panel.

        ``self.pack`` is the pack as shown: what the pages, the notes, search, export and
        presentation read.
        """
        pack = self.pack = self.loaded_pack.localized(i18n.current())
        self.briefings.set_pack(pack)
        self.marks: SourceIndex = self.briefings.source_index()
        self.search.set_pack(pack)
        self.stack.fill(pack, self.marks)
        self.nav.fill(pack)
        self._retitle()
        self.apply_look()
        ids = [panel.id for panel in pack.panels]
        self.show_row(ids.index(panel_id) + 1 if panel_id in ids else 0)

    def _retitle(self) -> None:
        """Name the pack shown in the window's title and its status bar."""
        pack = self.pack
        self.setWindowTitle(self.tr("jvdesk — {title}").format(title=pack.title))
        count = len(pack.panels)
        # Two messages, so that English reads right with no catalogue loaded.
        panels = self.tr("%n panel", "", count) if count == 1 else self.tr("%n panels", "", count)
        self.status.setText(
            self.tr("{title} {version} · {panels} · {signature} · checksum {checksum}").format(
                title=pack.title,
                version=pack.meta.version,
                panels=panels,
                signature=self.origin.said(),
                checksum=pack.checksum[:12],
            )
        )

    # --- language ---------------------------------------------------------------------

    def set_language(self, language: Language) -> None:
        """Show jvdesk and the pack in a language from now on, and remember the choice."""
        self.settings.language = language
        apply_language(language)
        self._follow_language()

    def _follow_language(self) -> None:
        """Word everything in the language in force; build the pages again if theirs differs.

        Called on choosing a language, and on Qt's LanguageChange (a catalogue installed or
        removed); a language with no catalogue yet still shows the pack in it.
        """
        self.retranslate()
        if self.pack.language == i18n.current():
            return
        panel_id = self.current_panel_id()
        fraction = self.stack.scrolled()
        self._show_pack(panel_id)
        self.stack.scroll_to(fraction)

    def retranslate(self) -> None:
        """Word the window, its menus and its panes in the interface's language."""
        self.notes_dock.retranslate()  # first: its new title renames its menu action
        self.nav.retranslate()
        self.notice.retranslate()
        self.search.retranslate()
        self.briefings.retranslate()
        self.commands.retranslate()
        self.commands.language_menu.set_current(i18n.current())
        for dock in self.findChildren(QDockWidget):
            reword_dock_buttons(dock)
        self._retitle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)

    def _on_briefing_chosen(self) -> None:
        """Renumber the source marks on every built page after the deck's numbering."""
        self.marks = self.briefings.source_index()
        self.stack.renumber(self.marks)

    def report_start_failure(self, folder: Path, error: PackError | CheckError) -> None:
        """Say why the pack asked for at start did not open, once jvdesk's own shows."""
        self.notice.report_start_failure(folder, error, lambda: self.pack.title)

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
        """Open a pack folder or pack file; on problems say so and keep the current pack.

        The pack is checked in a child process (``jvdesk validate``, about 0.2 s for the
        shipped pack's size); a longer check shows a progress dialog with Cancel.
        """
        from jvdesk.core.packpath import is_pack_file

        if is_pack_file(folder):
            return self.open_pack_file(folder)
        pack = self._checked(folder)
        if pack is None:
            return False
        self._replace(pack, origin_of_folder(folder))
        return True

    def open_pack_file(self, path: Path, going_back: bool = False) -> bool:
        """Open a .jvpack: checked, its signature set against the trusted publishers, and
        asked about (who signed it; what changed, for a newer version) before it replaces
        the pack on screen. A pack whose signature does not match is refused.

        Args:
            path: the pack file.
            going_back: File → Go back: the user asked for this version; nothing is asked.
        """
        from jvdesk.core.jvpack import JvpackError, SignatureError
        from jvdesk.core.packstore import PackLibrary, TrustStore
        from jvdesk.gui.workspace.packorigin import origin_of
        from jvdesk.gui.workspace.packtrust import OpeningDialog

        try:
            kept = PackLibrary().add(path)
        except SignatureError as error:
            ErrorDialog.show_error(
                self,
                self.tr("The signature does not match"),
                self.tr(
                    "{reason}. The pack may have been altered after it was signed, so jvdesk "
                    "refuses it and keeps the pack it had. Ask its publisher for a new copy."
                ).format(reason=str(error)),
            )
            return False
        except JvpackError as error:
            ErrorDialog.show_error(
                self,
                self.tr("The pack file cannot be opened"),
                self.tr("{reason}. jvdesk keeps the pack it had.").format(reason=str(error)),
            )
            return False
        signer = kept.opened.signer
        origin = origin_of(signer, TrustStore().find(signer), kept.file)
        pack = self._checked(kept.opened.folder)
        if pack is None:
            return False
        if not going_back and not OpeningDialog.confirm(origin, pack, self.loaded_pack, self):
            return False
        self._replace(pack, origin)
        return True

    def _replace(self, pack: ContentPack, origin: PackOrigin) -> None:
        """Show a pack that was opened; the one before is kept to go back to, if older."""
        from jvdesk.core.jvpack import compare_versions

        before, old = self.origin, self.loaded_pack
        newer = pack.meta.id == old.meta.id and (
            compare_versions(pack.meta.version, old.meta.version) > 0
        )
        self.previous = before if newer else None
        self.previous_version = old.meta.version if newer else ""
        self.origin = origin
        self.set_pack(pack)
        self.commands.set_go_back(self.previous_version)
        self.notice.hide()  # a notice about the pack it had no longer applies
        if origin.needs_banner:
            self.notice.show_notice(origin.banner, dismissable=False)

    def go_back(self) -> None:
        """File → Go back to version X: reopen the version open before the newer one."""
        previous = self.previous
        if previous is None:
            return
        from jvdesk.core.packpath import is_pack_file

        if is_pack_file(previous.source):
            self.open_pack_file(previous.source, going_back=True)
        else:
            self.open_pack(previous.source)
        self.commands.set_go_back("")
        self.previous = None

    def trusted_publishers(self) -> None:
        """Help → Trusted publishers…"""
        from jvdesk.core.packstore import TrustStore
        from jvdesk.gui.workspace.packtrust import TrustedPublishersDialog

        TrustedPublishersDialog(TrustStore(), self).exec()

    def _checked(self, folder: Path) -> ContentPack | None:
        """A pack folder checked in a child process; None, having said why, when it fails."""
        try:
            pack = open_pack_waiting(folder, self)
        except PackError as error:
            ProblemsDialog.show_problems(error, self)
            return None
        except CheckError as error:
            ErrorDialog.show_error(
                self,
                self.tr("The pack could not be checked"),
                self.tr(
                    "{reason}. jvdesk keeps the pack it had. Open the pack again; if the "
                    "same happens, reinstall jvdesk."
                ).format(reason=sentence(str(error))),
            )
            return None
        except CheckCancelled:
            return None
        return pack

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

    @property
    def pages(self) -> dict[str, QWidget]:
        """The pages built so far, by panel id ("" the overview)."""
        return self.stack.pages

    def page(self, panel_id: str) -> QWidget:
        """The page for a panel, built on its first visit."""
        return self.stack.page(panel_id)

    def current_panel_id(self) -> str:
        row = self.nav.currentRow()
        return self.nav.page_id(row) if row >= 0 else ""

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        panel_id = self.nav.page_id(row)
        self.stack.setCurrentWidget(self.page(panel_id))
        self.notes_dock.show_for(self.pack, panel_id)
        self.panel_shown.emit(panel_id)

    def _on_notes_toggled(self, visible: bool) -> None:
        # Closing hides the docks, which reports the notes pane as closed: not the user's choice.
        if not self._closed:
            self.settings.notes_open = visible

    # --- sources ----------------------------------------------------------------------

    def show_sources(self, source_ids: list[str]) -> None:
        """Show where a figure, chart or quote comes from."""
        SourceDialog.show_sources(self.pack, self.marks, source_ids, self)

    # --- search -----------------------------------------------------------------------

    def _on_hit_chosen(self, hit: Hit, query: str) -> None:
        self.show_panel(hit.panel_id or "")
        self.stack.highlight(hit.panel_id or "", query, hit.text)

    def _on_search_cleared(self) -> None:
        self.stack.clear_highlights()

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
            # The notice's buttons: the style sheet draws their focus ring.
            self.notice.action_button,
            self.notice.dismiss_button,
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
        self.stack.apply_look(self.theme, self.scale)

    # --- present, about ----------------------------------------------------------------

    def present(self, from_here: bool = False) -> None:
        """Present the chosen briefing (F5), or from the current panel on (Shift+F5)."""
        from jvdesk.gui.show.presentation import Presentation

        plan = self.briefings.show_plan()
        start = 0
        current = self.current_panel_id()
        if from_here and current:
            start = next((i for i, s in enumerate(plan.slides) if s.panel_id == current), 0)
        self.presentation = Presentation(plan, start)
        self.presentation.finished.connect(self.activateWindow)
        self.presentation.start()

    def about(self) -> None:
        AboutDialog.show_about(self.pack, self, self.origin.said())

    # --- lifecycle ------------------------------------------------------------------------

    def preload_charts(self) -> None:
        """Import the chart library while the user reads the first screen."""
        importlib.import_module(CHART_MODULE)

    def prebuild_pages(self) -> None:
        """Build the panel pages ahead of their first visit, while the user reads."""
        self.stack.prebuild()

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

    def showEvent(self, event: QShowEvent) -> None:
        self._closed = False
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closed already: the window and its docks are hidden now
            super().closeEvent(event)
            return
        self._closed = True
        self.settings.geometry = self.saveGeometry()
        # Kept here, not at each switch: QSettings wrote its file after every one (1 ms).
        self.settings.last_panel = self.current_panel_id()
        self.settings.notes_open = self.notes_dock.isVisible()
        self.settings.sync()
        super().closeEvent(event)
