"""The export dialog: a briefing to a .pptx deck or a PDF handout, written off the UI thread.

The dialog plans the deck on the UI thread (planning is fast) and hands the plan to a
worker on a QThread, which writes the file. The worker reports each slide over a
blocking queued connection: it waits until the dialog has shown the progress, so a press
of Cancel always stops the export before the next slide and the bar never lags behind.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    QThread,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.deckplan import DeckPlan, plan_deck
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
from jvdesk.export.atomic import ExportCancelled, ExportError
from jvdesk.export.pptx import Aspect, DeckOptions, export_pptx
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label
from jvdesk.gui.drawing.fonts import register_fonts
from jvdesk.gui.drawing.handout import export_pdf

ExportFormat = Literal["pptx", "pdf"]
FORMATS: tuple[ExportFormat, ...] = ("pptx", "pdf")
ASPECTS: tuple[Aspect, ...] = ("16:9", "4:3")
UNSAFE_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
PANEL_ID = Qt.ItemDataRole.UserRole
WAIT_SLICE_MS = 20  # how long a closing dialog waits between deliveries of the worker's calls


def file_name_for(title: str, export_format: ExportFormat) -> str:
    """A file name for a briefing title, safe on Windows, macOS and Linux."""
    stem = UNSAFE_IN_FILE_NAMES.sub("-", title).strip(" .") or "briefing"
    return f"{stem}.{export_format}"


MAX_WARNINGS_SHOWN = 5  # more would push the dialog's buttons off a laptop screen


class _ExportJob(QObject):
    """One export, run on a worker thread.

    Signals:
        progressed(int, int): slides done and slides in all.
        completed(str, str): the outcome and its detail: ("saved", the path written),
            ("failed", the exporter's message), ("cancelled", "") or ("crashed", the crash
            log's path, or "" when the log could not be written).
    """

    progressed = Signal(int, int)
    completed = Signal(str, str)

    def __init__(
        self,
        plan: DeckPlan,
        target: Path,
        export_format: ExportFormat,
        options: DeckOptions,
        as_of: dt.datetime,
    ) -> None:
        super().__init__()
        self.plan = plan
        self.target = target
        self.export_format = export_format
        self.options = options
        self.as_of = as_of
        self.warnings: list[str] = []  # text that did not fit its slide (the deck is kept)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop the export at the next slide; safe to call from any thread."""
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        """Write the file and report how it went through ``completed``."""
        try:
            if self.export_format == "pptx":
                export_pptx(
                    self.plan,
                    self.target,
                    self.options,
                    self._progress,
                    as_of=self.as_of,
                    warnings=self.warnings,
                )
            else:
                export_pdf(
                    self.plan,
                    self.target,
                    self.options.notes,
                    self._progress,
                    warnings=self.warnings,
                )
        except ExportCancelled:
            self.completed.emit("cancelled", "")
        except ExportError as error:
            self.completed.emit("failed", str(error))
        except Exception as error:  # a bug: logged, and told in one line, never a traceback
            log = write_crash_report(error)
            self.completed.emit("crashed", str(log) if log else "")
        else:
            self.completed.emit("saved", str(self.target))

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # returns once the dialog has shown it
        if self._cancel.is_set():
            raise ExportCancelled


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
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog.

        Args:
            pack: the loaded content pack.
            briefings: the pack's briefings, then the ones the user composed.
            chosen: the id of the briefing to start with.
            parent: the window the dialog belongs to.
        """
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self.pack = pack
        self.briefings = list(briefings)
        self._known_panels = {panel.id for panel in pack.panels}
        self._template: Path | None = None
        self._suggested = ""  # the default destination last put in the box
        self._thread: QThread | None = None
        self._job: _ExportJob | None = None
        self._outcome = ("", "")
        self._reporting = False
        self._slide_count = 0
        self._warnings: list[str] = []
        self._collection_was_on = False
        self._saved_folder: Path | None = None
        self.setWindowTitle(self.tr("Export briefing"))
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)

        self.inputs = QWidget()
        form = QFormLayout(self.inputs)
        form.setContentsMargins(0, 0, 0, 0)
        self.briefing_box = QComboBox()
        for briefing in self.briefings:
            self.briefing_box.addItem(self._briefing_text(briefing), briefing.id)
        form.addRow(self.tr("&Briefing:"), self.briefing_box)
        self.panel_list = QListWidget()
        self.panel_list.setAccessibleName(self.tr("Panels to export"))
        form.addRow(self.tr("&Panels:"), self.panel_list)
        self.missing_label = text_label("", "muted")
        self.missing_label.hide()
        form.addRow("", self.missing_label)
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PowerPoint (.pptx)"), "pptx")
        self.format_box.addItem(self.tr("PDF handout (.pdf)"), "pdf")
        form.addRow(self.tr("&Format:"), self.format_box)
        template_row = QHBoxLayout()
        self.template_label = QLabel()
        self.template_label.setTextFormat(Qt.TextFormat.PlainText)
        self.template_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.browse_button = QPushButton(self.tr("B&rowse…"))
        self.clear_button = QPushButton(self.tr("C&lear"))
        template_row.addWidget(self.template_label, 1)
        template_row.addWidget(self.browse_button)
        template_row.addWidget(self.clear_button)
        form.addRow(self.tr("Template:"), template_row)
        self.aspect_box = QComboBox()
        for aspect in ASPECTS:
            self.aspect_box.addItem(aspect, aspect)
        form.addRow(self.tr("&Aspect:"), self.aspect_box)
        self.notes_box = QCheckBox(self.tr("Include speaker &notes"))
        self.notes_box.setChecked(True)
        form.addRow("", self.notes_box)
        destination_row = QHBoxLayout()
        self.destination_edit = QLineEdit()
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(self.choose_button)
        form.addRow(self.tr("Save to:"), destination_row)
        layout.addWidget(self.inputs, 1)

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
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_folder_button = buttons.addButton(
            self.tr("&Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_folder_button.hide()
        self.cancel_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        layout.addWidget(buttons)

        self.briefing_box.currentIndexChanged.connect(self._on_briefing_changed)
        self.panel_list.itemChanged.connect(self._on_panel_toggled)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.destination_edit.textChanged.connect(self._on_destination_edited)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)

        index = self.briefing_box.findData(chosen)
        self.briefing_box.setCurrentIndex(max(index, 0))
        self._on_briefing_changed()
        self._show_template()

    @classmethod
    def ask(
        cls,
        pack: ContentPack,
        briefings: Sequence[Briefing],
        chosen: str,
        parent: QWidget | None,
    ) -> None:
        """Show the dialog modally (tests replace this)."""
        cls(pack, briefings, chosen, parent).exec()

    # --- what the user chose --------------------------------------------------------------

    def selected_briefing(self) -> Briefing:
        """The briefing chosen in the Briefing box."""
        return self.briefings[max(self.briefing_box.currentIndex(), 0)]

    def checked_panels(self) -> list[str]:
        """The ids of the checked panels, in the briefing's order."""
        return [
            str(item.data(PANEL_ID))
            for item in self._panel_items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def export_format(self) -> ExportFormat:
        """The chosen format: "pptx" or "pdf"."""
        return FORMATS[max(self.format_box.currentIndex(), 0)]

    def set_export_format(self, export_format: ExportFormat) -> None:
        """Choose a format, as picking it in the Format box does."""
        self.format_box.setCurrentIndex(FORMATS.index(export_format))

    def template(self) -> Path | None:
        """The template file chosen, or None for jvdesk's own template."""
        return self._template

    def set_template(self, template: Path | None) -> None:
        """Use a template file, or jvdesk's own template when None."""
        self._template = template
        self._show_template()

    def aspect(self) -> Aspect:
        """The aspect ratio for jvdesk's own template."""
        return ASPECTS[max(self.aspect_box.currentIndex(), 0)]

    def destination(self) -> Path:
        """The file to write: the path as typed, under Documents when relative.

        A file name without a suffix gets the format's; an existing folder is left as it
        is, for the exporter to refuse with its own message.
        """
        path = Path(self.destination_edit.text().strip()).expanduser()
        if not path.is_absolute():
            path = documents_folder() / path
        if not path.suffix and path.name and not path.is_dir():
            path = path.with_name(f"{path.name}.{self.export_format()}")
        return path

    def is_exporting(self) -> bool:
        """Whether an export is being written."""
        return self._thread is not None

    # --- things tests replace -------------------------------------------------------------

    def choose_destination_file(self, suggested: str) -> str:
        """Ask where to save; return the path, or "" when the user cancels."""
        if self.export_format() == "pptx":
            kinds = self.tr("PowerPoint presentations (*.pptx)")
        else:
            kinds = self.tr("PDF documents (*.pdf)")
        path, _kind = QFileDialog.getSaveFileName(self, self.tr("Export to"), suggested, kinds)
        return path

    def choose_template_file(self, start: str) -> str:
        """Ask for a template file; return its path, or "" when the user cancels."""
        path, _kind = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a template"),
            start,
            self.tr("PowerPoint templates (*.pptx *.potx)"),
        )
        return path

    def open_folder(self, folder: Path) -> None:
        """Show a local folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- exporting ------------------------------------------------------------------------

    def start_export(self) -> None:
        """Plan the deck and write it on a worker thread, as the Export button does."""
        if self.is_exporting() or not self.export_button.isEnabled():
            return
        briefing = self.selected_briefing()
        chosen = self.checked_panels()
        only = None if chosen == list(briefing.panels) else chosen
        target = self.destination()
        if self.destination_edit.text() != str(target):
            self.destination_edit.setText(str(target))
        export_format = self.export_format()
        options = DeckOptions(
            template=self._template if export_format == "pptx" else None,
            aspect=self.aspect(),
            notes=self.notes_box.isChecked(),
        )
        self.status_heading.hide()
        self.status.clear()
        self.open_folder_button.hide()
        self._saved_folder = None
        try:
            plan = plan_deck(self.pack, briefing, only=only, notes=options.notes)
            if export_format == "pdf":
                register_fonts()  # the font database is filled here, not on the worker
            as_of = self.pack.content_date()
        except Exception as error:  # a bug: logged, and told in one line
            self._show_outcome("crashed", _log_path(write_crash_report(error)))
            return
        self._slide_count = len(plan.slides)
        self._outcome = ("", "")
        job = _ExportJob(plan, target, export_format, options, as_of)
        thread = QThread(self)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.progressed.connect(self._on_progressed, Qt.ConnectionType.BlockingQueuedConnection)
        job.completed.connect(self._on_completed)
        job.completed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._hold_collection()
        self._job, self._thread = job, thread
        self._warnings = job.warnings
        self.progress_bar.setRange(0, max(self._slide_count, 1))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self.status.setText(self.tr("Exporting…"))
        self._set_exporting(True)
        thread.start()

    def cancel_export(self) -> None:
        """Stop the running export before its next slide; nothing will be written."""
        if self._job is None:
            return
        self._job.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

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
        thread = self._thread
        if thread is None or self._job is None:
            return
        self._job.cancel()
        if self._reporting:  # called from a progress report the worker waits on: it ends soon
            return
        # The worker may be waiting for the dialog to take a progress report: deliver the
        # worker's calls while waiting, or both threads would wait for each other.
        meta_call = QEvent.Type.MetaCall.value
        while not thread.wait(WAIT_SLICE_MS):
            QCoreApplication.sendPostedEvents(None, meta_call)
        QCoreApplication.sendPostedEvents(None, meta_call)
        if self._thread is thread:  # the finished report was not delivered: finish here
            self._on_thread_finished()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self._reporting = True
        try:
            self.export_progressed.emit(done, total)
        finally:
            self._reporting = False

    def _hold_collection(self) -> None:
        """Keep Python's cycle collector out of the worker thread while it exports.

        The collector runs in whichever thread happens to allocate; on the worker it could
        free Qt widgets left by earlier windows, and Qt objects must be destroyed in their
        own thread: that crashes (pyqtgraph's GarbageCollector exists for the same reason).
        So: collect now, here, then pause automatic collection until the worker is done.
        """
        gc.collect()
        self._collection_was_on = gc.isenabled()
        gc.disable()

    def _release_collection(self) -> None:
        if self._collection_was_on:
            gc.enable()
        self._collection_was_on = False

    @Slot(str, str)
    def _on_completed(self, outcome: str, detail: str) -> None:
        self._outcome = (outcome, detail)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._thread, self._job = None, None
        thread.deleteLater()
        self._release_collection()
        self._set_exporting(False)
        self.progress_bar.hide()
        outcome, detail = self._outcome
        if not outcome:  # the worker ended without a word: treat it as a bug
            outcome, detail = "crashed", ""
        self._show_outcome(outcome, detail)

    def _show_outcome(self, outcome: str, detail: str) -> None:
        if outcome == "saved":
            self.status_heading.hide()
            saved = (
                self.tr("Saved {path} ({count} slides).")
                .replace("{path}", detail)
                .replace("{count}", str(self._slide_count))
            )
            if self._warnings:
                saved += "\n" + self.tr(
                    "Some text is too long for its slide and runs over its box:"
                )
                shown = self._warnings[:MAX_WARNINGS_SHOWN]
                saved += "".join(f"\n•  {warning}" for warning in shown)
                if len(self._warnings) > len(shown):
                    saved += "\n" + self.tr("…and {count} more.").replace(
                        "{count}", str(len(self._warnings) - len(shown))
                    )
            self.status.setText(saved)
            self._saved_folder = Path(detail).parent
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
            message = self.tr("Export failed unexpectedly; details were written to {log}.").replace(
                "{log}", detail
            )
        else:
            self.status_heading.show()
            message = self.tr("Export failed unexpectedly, and the details could not be logged.")
        self.status.setText(message)
        self.export_failed.emit(message)

    def _set_exporting(self, exporting: bool) -> None:
        self.inputs.setEnabled(not exporting)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel") if exporting else self.tr("Close"))
        self._update_controls()

    # --- reacting to the inputs -----------------------------------------------------------

    def _briefing_text(self, briefing: Briefing) -> str:
        return (
            self.tr("{title} ({count} panels, {minutes} min)")
            .replace("{title}", briefing.title)
            .replace("{count}", str(len(briefing.panels)))
            .replace("{minutes}", str(briefing.duration_minutes))
        )

    def _panel_items(self) -> list[QListWidgetItem]:
        return [self.panel_list.item(row) for row in range(self.panel_list.count())]

    def _on_briefing_changed(self) -> None:
        briefing = self.selected_briefing()
        self.panel_list.blockSignals(True)
        self.panel_list.clear()
        for panel_id in briefing.panels:
            if panel_id not in self._known_panels:
                continue
            panel = self.pack.panel(panel_id)
            text = f"{panel.number}. {panel.title}" if panel.number is not None else panel.title
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(PANEL_ID, panel.id)
            self.panel_list.addItem(item)
        self.panel_list.blockSignals(False)
        missing = sum(1 for panel_id in briefing.panels if panel_id not in self._known_panels)
        self.missing_label.setText(
            self.tr("1 panel of this briefing is not in the loaded pack.")
            if missing == 1
            else self.tr("{count} panels of this briefing are not in the loaded pack.").replace(
                "{count}", str(missing)
            )
        )
        self.missing_label.setVisible(missing > 0)
        self._suggest_destination()
        self._update_controls()

    def _on_panel_toggled(self, _item: QListWidgetItem) -> None:
        self._update_controls()

    def _on_format_changed(self) -> None:
        text = self.destination_edit.text().strip()
        if text and text != self._suggested:
            path = Path(text)
            if path.suffix.lower() in {f".{name}" for name in FORMATS}:
                self.destination_edit.setText(str(path.with_suffix(f".{self.export_format()}")))
        self._suggest_destination()
        self._update_controls()

    def _suggest_destination(self) -> None:
        """Put the default path in the destination, unless the user gave one of their own."""
        current = self.destination_edit.text().strip()
        if not current or current == self._suggested:
            title = self.selected_briefing().title
            self._suggested = str(documents_folder() / file_name_for(title, self.export_format()))
            self.destination_edit.setText(self._suggested)

    def _on_destination_edited(self, _text: str) -> None:
        self._update_controls()

    def _on_choose_clicked(self) -> None:
        chosen = self.choose_destination_file(str(self.destination()))
        if chosen:
            self.destination_edit.setText(chosen)

    def _on_browse_clicked(self) -> None:
        start = str(self._template.parent) if self._template else str(documents_folder())
        chosen = self.choose_template_file(start)
        if chosen:
            self.set_template(Path(chosen))

    def _on_clear_clicked(self) -> None:
        self.set_template(None)

    def _show_template(self) -> None:
        if self._template is None:
            self.template_label.setText(self.tr("jvdesk's own template"))
            self.template_label.setToolTip("")
        else:
            self.template_label.setText(self._template.name)
            self.template_label.setToolTip(str(self._template))
        self._update_controls()

    def _update_controls(self) -> None:
        pptx = self.export_format() == "pptx"
        self.template_label.setEnabled(pptx)
        self.browse_button.setEnabled(pptx)
        self.clear_button.setEnabled(pptx and self._template is not None)
        self.aspect_box.setEnabled(pptx and self._template is None)
        self.export_button.setEnabled(
            not self.is_exporting()
            and bool(self.checked_panels())
            and bool(self.destination_edit.text().strip())
        )

    def _on_cancel_clicked(self) -> None:
        if self.is_exporting():
            self.cancel_export()
        else:
            self.reject()

    def _on_open_folder_clicked(self) -> None:
        if self._saved_folder is not None:
            self.open_folder(self._saved_folder)


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when the system names none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _log_path(log: Path | None) -> str:
    return str(log) if log else ""
