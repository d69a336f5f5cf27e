"""The export dialog's form: what to export, how, in which languages, and where to."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from jvdesk.core.deckplan import MAX_MARKING
from jvdesk.core.i18n import LANGUAGES, NATIVE_NAMES, Language
from jvdesk.core.model import Briefing
from jvdesk.core.pack import ContentPack
from jvdesk.export.pptx import Aspect
from jvdesk.gui.common.widgets import text_label
from jvdesk.gui.dialogs.destination import documents_folder, file_name_for
from jvdesk.gui.dialogs.exportjob import ExportFormat

FORMATS: tuple[ExportFormat, ...] = ("pptx", "pdf")
ASPECTS: tuple[Aspect, ...] = ("16:9", "4:3")
PANEL_ID = Qt.ItemDataRole.UserRole
# Markings officials use, offered as a start; any other line can be typed.
MARKINGS = ("", "RESTRICTED", "For official use only", "DRAFT", "取扱注意")


class ExportForm(QWidget):
    """What to export and where: the inputs of the export dialog and how they follow each other.

    Signals:
        changed(): an input changed (the dialog enables Export when the form is complete).
    """

    changed = Signal()

    def __init__(
        self,
        pack: ContentPack,
        briefings: Sequence[Briefing],
        chosen: str,
        folder: Path,
        marking: str = "",
        language: Language = "en",
        notes_language: Language | None = None,
    ) -> None:
        """Build the form.

        Args:
            pack: the loaded content pack.
            briefings: the pack's briefings, then the ones the user composed.
            chosen: the id of the briefing to start with.
            folder: the folder the suggested destination is in (it exists).
            marking: the handling marking to start with ("" for none).
            language: the slides' language to start with.
            notes_language: the speaker notes' language to start with; None for the slides'.
        """
        super().__init__()
        self.pack = pack
        self.briefings = list(briefings)
        self.folder = folder
        self._known_panels = {panel.id for panel in pack.panels}
        self._template: Path | None = None
        self._suggested = ""  # the default destination last put in the box
        form = QFormLayout(self)
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
        # Row labels of our own, so they can be greyed out with their controls.
        self.template_caption = QLabel(self.tr("Template:"))
        form.addRow(self.template_caption, template_row)
        self.aspect_box = QComboBox()
        for aspect in ASPECTS:
            self.aspect_box.addItem(aspect, aspect)
        self.aspect_caption = QLabel(self.tr("&Aspect:"))
        self.aspect_caption.setBuddy(self.aspect_box)
        form.addRow(self.aspect_caption, self.aspect_box)
        self.notes_box = QCheckBox(self.tr("Include speaker &notes"))
        self.notes_box.setChecked(True)
        form.addRow("", self.notes_box)
        # Each language named in itself: someone who reads only one of them finds it.
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(NATIVE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        language_caption = QLabel(self.tr("&Slide language:"))
        language_caption.setBuddy(self.language_box)
        form.addRow(language_caption, self.language_box)
        self.notes_language_box = QComboBox()
        self.notes_language_box.addItem(self.tr("Same as the slides"), "")
        for code in LANGUAGES:
            self.notes_language_box.addItem(NATIVE_NAMES[code], code)
        self.notes_language_box.setCurrentIndex(
            self.notes_language_box.findData(notes_language or "")
        )
        self.notes_language_caption = QLabel(self.tr("Speaker notes lan&guage:"))
        self.notes_language_caption.setBuddy(self.notes_language_box)
        form.addRow(self.notes_language_caption, self.notes_language_box)
        self.marking_box = QComboBox()
        self.marking_box.setEditable(True)
        self.marking_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for suggestion in MARKINGS:
            self.marking_box.addItem(suggestion)
        # The empty entry shows nothing; a screen reader says what choosing it means.
        self.marking_box.setItemData(
            MARKINGS.index(""), self.tr("No marking"), Qt.ItemDataRole.AccessibleTextRole
        )
        line = self.marking_box.lineEdit()
        assert line is not None
        line.setMaxLength(MAX_MARKING)
        line.setPlaceholderText(self.tr("None: for example RESTRICTED or DRAFT"))
        self.marking_box.setCurrentText(marking)
        self.marking_box.setAccessibleName(self.tr("Handling marking"))
        line.setAccessibleName(self.tr("Handling marking"))  # where the typing goes
        self.marking_box.setToolTip(
            self.tr("Printed in every slide's footer and every handout page's header and footer")
        )
        form.addRow(self.tr("&Marking:"), self.marking_box)
        destination_row = QHBoxLayout()
        self.destination_edit = QLineEdit()
        self.destination_edit.setAccessibleName(self.tr("Save to"))
        self.destination_edit.setAccessibleDescription(
            self.tr("The file the deck or handout is written to")
        )
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        destination_row.addWidget(self.destination_edit, 1)
        destination_row.addWidget(self.choose_button)
        # The row holds two widgets: its label names the box, Alt+V goes to it.
        destination_caption = QLabel(self.tr("Sa&ve to:"))
        destination_caption.setBuddy(self.destination_edit)
        form.addRow(destination_caption, destination_row)

        self.briefing_box.currentIndexChanged.connect(self._on_briefing_changed)
        self.panel_list.itemChanged.connect(self._on_panel_toggled)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        self.notes_box.toggled.connect(self._update_controls)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.clear_button.clicked.connect(self._on_clear_clicked)
        self.destination_edit.textChanged.connect(self._on_destination_edited)
        self.choose_button.clicked.connect(self._on_choose_clicked)
        index = self.briefing_box.findData(chosen)
        self.briefing_box.setCurrentIndex(max(index, 0))
        self._on_briefing_changed()
        self._show_template()

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

    def notes(self) -> bool:
        """Whether the slides carry speaker notes."""
        return self.notes_box.isChecked()

    def language(self) -> Language:
        """The language of the slides."""
        return LANGUAGES[max(self.language_box.currentIndex(), 0)]

    def set_language(self, language: Language) -> None:
        """Choose the slides' language, as picking it in its box does."""
        self.language_box.setCurrentIndex(LANGUAGES.index(language))

    def notes_language(self) -> Language | None:
        """The language of the speaker notes; None for the slides' own."""
        code = self.notes_language_box.currentData()
        return code if code in LANGUAGES else None

    def set_notes_language(self, language: Language | None) -> None:
        """Choose the notes' language (None: the slides'), as picking it in its box does."""
        self.notes_language_box.setCurrentIndex(self.notes_language_box.findData(language or ""))

    def destination(self) -> Path:
        """The file to write: the path as typed, in the suggested folder when relative.

        A file name without a suffix gets the format's; an existing folder is left as it
        is, for the exporter to refuse with its own message.
        """
        path = Path(self.destination_edit.text().strip()).expanduser()
        if not path.is_absolute():
            path = self.folder / path
        if not path.suffix and path.name and not path.is_dir():
            path = path.with_name(f"{path.name}.{self.export_format()}")
        return path

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

    # --- reacting to the inputs -----------------------------------------------------------

    def _briefing_text(self, briefing: Briefing) -> str:
        count = len(briefing.panels)
        text = (
            self.tr("{title} (%n panel, {minutes} min)", "", count)
            if count == 1
            else self.tr("{title} (%n panels, {minutes} min)", "", count)
        )
        return text.format(title=briefing.title, minutes=briefing.duration_minutes)

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
            item = QListWidgetItem(panel.heading())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(PANEL_ID, panel.id)
            self.panel_list.addItem(item)
        self.panel_list.blockSignals(False)
        missing = sum(1 for panel_id in briefing.panels if panel_id not in self._known_panels)
        self.missing_label.setText(
            self.tr("%n panel of this briefing is not in the loaded pack.", "", missing)
            if missing == 1
            else self.tr("%n panels of this briefing are not in the loaded pack.", "", missing)
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
            self._suggested = str(self.folder / file_name_for(title, self.export_format()))
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
        aspect = pptx and self._template is None  # a template keeps its own size
        self.template_caption.setEnabled(pptx)
        self.template_label.setEnabled(pptx)
        self.browse_button.setEnabled(pptx)
        self.clear_button.setEnabled(pptx and self._template is not None)
        self.aspect_caption.setEnabled(aspect)
        self.aspect_box.setEnabled(aspect)
        notes = self.notes_box.isChecked()  # no notes, no language for them
        self.notes_language_caption.setEnabled(notes)
        self.notes_language_box.setEnabled(notes)
        self.changed.emit()

    def marking(self) -> str:
        """The handling marking for every slide and page, or "" for none."""
        return self.marking_box.currentText().strip()

    def is_complete(self) -> bool:
        """Whether an export can start: some panels are checked and a destination is given."""
        return bool(self.checked_panels()) and bool(self.destination_edit.text().strip())
