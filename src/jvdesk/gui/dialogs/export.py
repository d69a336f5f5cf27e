"""The export dialog: choose a briefing, its panels, format and destination, and export.

The dialog plans the deck on the UI thread (planning is fast) and hands the plan to an
ExportRun (``exportjob``), which writes the file off the UI thread and reports each slide.
The slides and their speaker notes can each be in any of jvdesk's languages; the choice is
remembered with the user's settings, where presentation mode finds it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core import i18n
from jvdesk.core.briefings import custom_number
from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.i18n import Language, parse_language
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.summary import untranslated
from jvdesk.export.pptx import DeckOptions
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label
from jvdesk.gui.dialogs.destination import export_folder
from jvdesk.gui.dialogs.exportform import ExportForm
from jvdesk.gui.dialogs.exportjob import ExportFormat, ExportJob, ExportRun
from jvdesk.gui.drawing.fonts import register_fonts

MAX_WARNINGS_SHOWN = 5  # more would push the dialog's buttons off a laptop screen
STATUS_LINES = 4  # lines of the status always shown; more scroll when the screen is short


class ExportDialog(QDialog):
    """Export a briefing as an editable .pptx deck or a PDF handout.

    Signals:
        export_progressed(int, int): slides done and slides in all, as the bar shows them.
        export_finished(str): an export was written to this path.
        export_failed(str): an export failed or was cancelled; the message shown.
    """

    export_progressed = Signal(int, int)
    export_finished = Signal(str)
    export_failed = Signal(str)

    def __init__(
        self,
        pack: ContentPack,
        briefings: Sequence[Briefing],
        chosen: str,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog.

        Args:
            pack: the loaded content pack.
            briefings: the pack's briefings, then the ones the user composed.
            chosen: the id of the briefing to start with.
            settings: the user's settings (the folder of the last export is kept there).
            parent: the window the dialog belongs to.
        """
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.pack = pack
        self.settings = settings
        self._run: ExportRun | None = None
        self._marking = ""
        self._languages: tuple[Language, Language | None] = ("en", None)
        self._slide_count = 0
        self._export_format: ExportFormat = "pptx"
        self._written = 0  # the slides or pages of the file last written
        self._warnings: list[str] = []
        self._saved_folder: Path | None = None
        self.setWindowTitle(self.tr("Export briefing"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)

        self.form = ExportForm(
            pack,
            briefings,
            chosen,
            export_folder(settings.export_folder),
            settings.marking,
            # The slides speak the interface's language unless the user chose another.
            parse_language(settings.deck_language) or i18n.current(),
            parse_language(settings.notes_language),
        )
        layout.addWidget(self.form, 1)

        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Export progress"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.status_heading = QLabel(self.tr("Export failed"))
        self.status_heading.setObjectName("exportStatusHeading")
        heading_font = self.status_heading.font()
        heading_font.setBold(True)
        self.status_heading.setFont(heading_font)
        self.status_heading.hide()
        layout.addWidget(self.status_heading)
        self.status = text_label("", "exportStatus")
        # The status scrolls when the screen is too short for all of it (long warnings in a
        # wordy language on a laptop), so that the dialog's buttons stay on the screen.
        self.status_area = StatusArea(self.status)
        layout.addWidget(self.status_area)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_folder_button = buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder_button.hide()
        # Qt's own Close and Cancel, worded by its catalogues: one shows at a time.
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.stop_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.stop_button.hide()
        layout.addWidget(buttons)

        self.form.changed.connect(self._update_controls)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.close_button.clicked.connect(self._on_cancel_clicked)
        self.stop_button.clicked.connect(self._on_cancel_clicked)

        self._update_controls()
        self.export_button.setFocus()  # Enter exports, as would a click on the focused button

    @classmethod
    def ask(
        cls,
        pack: ContentPack,
        briefings: Sequence[Briefing],
        chosen: str,
        settings: Settings,
        parent: QWidget | None,
    ) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(pack, briefings, chosen, settings, parent).exec()

    @property
    def cancel_button(self) -> QPushButton:
        """The button that closes the dialog, or, while exporting, cancels the export."""
        return self.stop_button if self.is_exporting() else self.close_button

    def is_exporting(self) -> bool:
        """Whether an export is being written."""
        return self._run is not None

    # --- things tests replace -------------------------------------------------------------

    def open_folder(self, folder: Path) -> None:
        """Show a local folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- exporting ------------------------------------------------------------------------

    def start_export(self) -> None:
        """Plan the deck and write it on a worker thread, as the Export button does."""
        if self.is_exporting() or not self.export_button.isEnabled():
            return
        form = self.form
        briefing = form.selected_briefing()
        chosen = form.checked_panels()
        only = None if chosen == list(briefing.panels) else chosen
        target = form.destination()
        if form.destination_edit.text() != str(target):
            form.destination_edit.setText(str(target))
        export_format = form.export_format()
        options = DeckOptions(
            template=form.template() if export_format == "pptx" else None,
            aspect=form.aspect(),
            notes=form.notes(),
        )
        languages = (form.language(), form.notes_language())
        self.status_heading.hide()
        self._set_status("")
        self.open_folder_button.hide()
        self._saved_folder = None
        try:
            plan = plan_deck(
                self.pack,
                self._briefing_for_plan(briefing),
                only=only,
                notes=options.notes,
                marking=form.marking(),
                language=languages[0],
                notes_language=languages[1],
            )
            if export_format == "pdf":
                register_fonts()  # the font database is filled here, not on the worker
            as_of = self.pack.content_date()
        except Exception as error:  # a bug: logged, and told in one line
            self._show_outcome("crashed", _log_path(write_crash_report(error)))
            return
        self._slide_count = len(plan.slides)
        self._export_format = export_format
        self._marking = plan.marking
        self._languages = languages
        job = ExportJob(plan, target, export_format, options, as_of)
        exported = {slide.panel_id for slide in plan.slides if slide.panel_id}
        job.warnings += untranslated(self.pack, (plan.language, plan.notes_language), exported)
        run = ExportRun(job, self)
        run.progressed.connect(self._on_progressed)
        run.finished.connect(self._on_finished)
        self._run = run
        self._warnings = job.warnings
        self.progress_bar.setRange(0, max(self._slide_count, 1))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._set_status(self.tr("Exporting…"))
        self._set_exporting(True)
        run.start()

    def _briefing_for_plan(self, briefing: Briefing) -> str | Briefing:
        """A pack's briefing by its id, a composed one as it is.

        By its id, the planner takes the pack's briefing in the slides' language, whatever
        language the pack the dialog was given speaks.
        """
        own = custom_number(briefing.id) is not None
        if own or all(known.id != briefing.id for known in self.pack.meta.briefings):
            return briefing
        return briefing.id

    def _remember_languages(self) -> None:
        """Keep the languages of a written export for the next one and for shows.

        A choice that matches the default is kept as "" (the interface's language, the
        slides' language), so it goes on following the default.
        """
        language, notes_language = self._languages
        self.settings.deck_language = "" if language == i18n.current() else language
        self.settings.notes_language = notes_language or ""

    def cancel_export(self) -> None:
        """Stop the running export before its next slide; nothing will be written."""
        if self._run is None:
            return
        self._run.cancel()
        self.cancel_button.setEnabled(False)
        self._set_status(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Close the dialog, or, while exporting, cancel the export and stay open."""
        if self.is_exporting():
            self.cancel_export()
            return
        super().reject()

    def done(self, result: int) -> None:
        """Close the dialog, stopping a running export first."""
        self._stop_export()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running export before the dialog closes."""
        self._stop_export()
        super().closeEvent(event)

    def _stop_export(self) -> None:
        """Cancel a running export and wait until its thread has finished."""
        if self._run is not None:
            self._run.stop()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.export_progressed.emit(done, total)

    @Slot(str, str)
    def _on_finished(self, outcome: str, detail: str) -> None:
        run, self._run = self._run, None
        if run is not None:
            self._written = run.job.written
            run.deleteLater()
        self._set_exporting(False)
        self.progress_bar.hide()
        self._show_outcome(outcome, detail)

    def _show_outcome(self, outcome: str, detail: str) -> None:
        if outcome == "saved":
            self.status_heading.hide()
            saved = self._saved_text(detail)
            if self._warnings:
                saved += "\n" + self.tr(
                    "Some text is too long for its slide and runs over its box:"
                )
                shown = self._warnings[:MAX_WARNINGS_SHOWN]
                saved += "".join(f"\n•  {warning}" for warning in shown)
                if len(self._warnings) > len(shown):
                    saved += "\n" + self.tr("…and %n more.", "", len(self._warnings) - len(shown))
            self._set_status(saved)
            self._saved_folder = Path(detail).parent
            self.settings.export_folder = str(self._saved_folder)
            self.settings.marking = self._marking
            self._remember_languages()
            self.open_folder_button.show()
            self.export_finished.emit(detail)
            return
        if outcome == "cancelled":
            self.status_heading.hide()
            message = self.tr("Export cancelled; nothing was written.")
        elif outcome == "failed":
            self.status_heading.show()
            message = detail
        elif detail:
            self.status_heading.show()
            message = self.tr("Export failed unexpectedly; details were written to {log}.").format(
                log=detail
            )
        else:
            self.status_heading.show()
            message = self.tr("Export failed unexpectedly, and the details could not be logged.")
        self._set_status(message)
        self.export_failed.emit(message)

    def _set_status(self, text: str) -> None:
        """Say how the export goes: the dialog grows for it, up to its screen's height."""
        self.status.setText(text)
        self._fit_status(grow=True)

    def _fit_status(self, grow: bool = False) -> None:
        """Give the status the height its text needs, or at least a few lines of it.

        Args:
            grow: make the dialog taller for text that does not fit, as far as its screen
                allows; the rest scrolls.
        """
        missing = self.status_area.fit() - self.status_area.height()
        screen = self.screen()
        if grow and missing > 0 and self.isVisible() and screen is not None:
            tallest = screen.availableGeometry().height()
            self.resize(self.width(), max(self.height(), min(tallest, self.height() + missing)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_status()  # a wider dialog wraps the status into fewer lines

    def _saved_text(self, path: str) -> str:
        """Where the file went and how long it is: pages for a handout, slides for a deck."""
        count = self._written
        if self._export_format == "pdf":
            text = (
                self.tr("Saved {path} (%n page).", "", count)
                if count == 1
                else self.tr("Saved {path} (%n pages).", "", count)
            )
        else:
            text = (
                self.tr("Saved {path} (%n slide).", "", count)
                if count == 1
                else self.tr("Saved {path} (%n slides).", "", count)
            )
        return text.format(path=path)

    def _set_exporting(self, exporting: bool) -> None:
        self.form.setEnabled(not exporting)
        self.stop_button.setEnabled(True)
        self.stop_button.setVisible(exporting)
        self.close_button.setVisible(not exporting)
        self._update_controls()

    def _update_controls(self) -> None:
        self.export_button.setEnabled(not self.is_exporting() and self.form.is_complete())

    def _on_cancel_clicked(self) -> None:
        if self.is_exporting():
            self.cancel_export()
        else:
            self.reject()

    def _on_open_folder_clicked(self) -> None:
        if self._saved_folder is not None:
            self.open_folder(self._saved_folder)


def _log_path(log: Path | None) -> str:
    return str(log) if log else ""


class StatusArea(QScrollArea):
    """The export's status: as tall as its text where the screen has room, else scrolling."""

    def __init__(self, status: QLabel) -> None:
        super().__init__()
        self.setObjectName("exportStatusArea")
        self.setWidget(status)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        status.setAutoFillBackground(False)
        self.setAccessibleName(self.tr("Export status"))
        self.fit()

    def needed(self) -> int:
        """The height the whole status takes at the area's width (0 with no status)."""
        status = self.widget()
        if not isinstance(status, QLabel) or not status.text():
            return 0
        return max(0, status.heightForWidth(self.viewport().width()))

    def fit(self) -> int:
        """Take between a few lines of the status and all of it; the height it all needs."""
        needed = self.needed()
        lines = STATUS_LINES * self.fontMetrics().lineSpacing()
        self.setMinimumHeight(min(needed, lines))
        self.setMaximumHeight(needed)
        # A stop of the Tab key only with a status to read and scroll, never an empty one.
        policy = Qt.FocusPolicy.StrongFocus if needed else Qt.FocusPolicy.NoFocus
        self.setFocusPolicy(policy)
        self.updateGeometry()
        return needed

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.needed())
