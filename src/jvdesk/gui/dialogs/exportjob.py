"""An export run off the UI thread: the worker, its thread, and Python's cycle collector.

The worker reports each slide over a blocking queued connection: it waits until the UI has
shown the progress, so a press of Cancel always stops the export before the next slide and
a progress bar never lags behind.
"""

from __future__ import annotations

import datetime as dt
import gc
import threading
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, Signal, Slot

from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.deckplan import DeckPlan
from jvdesk.export.atomic import ExportCancelled, ExportError
from jvdesk.export.pptx import DeckOptions, export_pptx
from jvdesk.gui.drawing.handout import export_pdf

ExportFormat = Literal["pptx", "pdf"]
WAIT_SLICE_MS = 20  # how long a stopping run waits between deliveries of the worker's calls


class ExportJob(QObject):
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
        self.written = 0  # once saved: the deck's slides, or the PDF's pages (often more)
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
                written = len(self.plan.slides)  # the deck has a slide for each of the plan's
            else:
                written = export_pdf(
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
            self.written = written
            self.completed.emit("saved", str(self.target))

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)  # returns once the UI has shown it
        if self._cancel.is_set():
            raise ExportCancelled


class ExportRun(QObject):
    """Runs one ExportJob on a thread of its own, and keeps Python's collector off it.

    Signals:
        progressed(int, int): slides done and slides in all; the worker waits until every
            slot connected to it has returned.
        finished(str, str): the job's outcome and detail (see ExportJob.completed); a job
            that ended without a word counts as ("crashed", "").
    """

    progressed = Signal(int, int)
    finished = Signal(str, str)

    def __init__(self, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._thread: QThread | None = None
        self._outcome = ("", "")
        self._reporting = False
        self._collection_was_on = False

    def start(self) -> None:
        """Start the job on its thread."""
        thread = QThread(self)
        self.job.moveToThread(thread)
        thread.started.connect(self.job.run)
        self.job.progressed.connect(self._on_progressed, Qt.ConnectionType.BlockingQueuedConnection)
        self.job.completed.connect(self._on_completed)
        self.job.completed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._hold_collection()
        self._thread = thread
        thread.start()

    def is_running(self) -> bool:
        """Whether the job's thread is still going."""
        return self._thread is not None

    def cancel(self) -> None:
        """Ask the job to stop before its next slide; nothing will be written."""
        self.job.cancel()

    def stop(self) -> None:
        """Cancel the job and wait until its thread has finished (a closing dialog)."""
        thread = self._thread
        if thread is None:
            return
        self.job.cancel()
        if self._reporting:  # called from a progress report the worker waits on: it ends soon
            return
        # The worker may be waiting for its progress report to be taken: deliver the
        # worker's calls while waiting, or both threads would wait for each other.
        meta_call = QEvent.Type.MetaCall.value
        while not thread.wait(WAIT_SLICE_MS):
            QCoreApplication.sendPostedEvents(None, meta_call)
        QCoreApplication.sendPostedEvents(None, meta_call)
        if self._thread is thread:  # the finished report was not delivered: finish here
            self._on_thread_finished()

    @Slot(int, int)
    def _on_progressed(self, done: int, total: int) -> None:
        self._reporting = True
        try:
            self.progressed.emit(done, total)
        finally:
            self._reporting = False

    @Slot(str, str)
    def _on_completed(self, outcome: str, detail: str) -> None:
        self._outcome = (outcome, detail)

    @Slot()
    def _on_thread_finished(self) -> None:
        thread = self._thread
        if thread is None:
            return
        self._thread = None
        thread.deleteLater()
        self._release_collection()
        outcome, detail = self._outcome
        if not outcome:  # the worker ended without a word: treat it as a bug
            outcome, detail = "crashed", ""
        self.finished.emit(outcome, detail)

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
