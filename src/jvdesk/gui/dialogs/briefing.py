"""The briefing dialog: compose or edit a briefing of the user's own from the pack's panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core.briefings import DEFAULT_MINUTES, CustomBriefing, clamp_length
from jvdesk.core.model import MAX_MINUTES, MIN_MINUTES, Panel
from jvdesk.core.pack import ContentPack
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label

PANEL_ID = Qt.ItemDataRole.UserRole


class BriefingDialog(QDialog):
    """Name a briefing, pick its panels, put them in order and give its length."""

    def __init__(
        self,
        pack: ContentPack,
        existing: CustomBriefing | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog.

        Args:
            pack: the loaded content pack, whose panels can be chosen.
            existing: a briefing to edit, or None to compose a new one.
            parent: the window the dialog belongs to.
        """
        super().__init__(parent)
        style_chrome(self)  # before its widgets exist, so each is styled once
        self._kept_unknown: list[str] = []  # panels of another pack, kept when editing
        self.pack = pack
        self.setWindowTitle(
            self.tr("Edit briefing") if existing is not None else self.tr("Compose a briefing")
        )
        self.resize(940, 520)
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("For example: Briefing for the Minister"))
        self.name_edit.setMaxLength(200)
        form.addRow(self.tr("&Name:"), self.name_edit)
        self.duration_box = QSpinBox()
        self.duration_box.setRange(MIN_MINUTES, MAX_MINUTES)
        self.duration_box.setValue(DEFAULT_MINUTES)
        # Translators: after the number of minutes in the Length box; keep the leading space
        # if your language puts one between a number and its unit.
        self.duration_box.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Length:"), self.duration_box)
        layout.addLayout(form)

        lists = QGridLayout()
        self.available_list = QListWidget()
        self.available_list.setAccessibleName(self.tr("Available panels"))
        available_label = QLabel(self.tr("&Available panels (check to include):"))
        available_label.setBuddy(self.available_list)
        self.order_list = QListWidget()
        self.order_list.setAccessibleName(self.tr("Order of the briefing"))
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        order_label = QLabel(self.tr("&Order (drag, or Alt+Up and Alt+Down):"))
        order_label.setBuddy(self.order_list)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setShortcut(QKeySequence("Alt+Up"))
        self.up_button.setToolTip(self.tr("Move the selected panel up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setShortcut(QKeySequence("Alt+Down"))
        self.down_button.setToolTip(self.tr("Move the selected panel down (Alt+Down)"))
        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        lists.addWidget(available_label, 0, 0)
        lists.addWidget(order_label, 0, 1)
        lists.addWidget(self.available_list, 1, 0)
        lists.addWidget(self.order_list, 1, 1)
        lists.addLayout(moves, 1, 2)
        layout.addLayout(lists, 1)
        self.missing_label = text_label("", "muted")
        self.missing_label.hide()
        layout.addWidget(self.missing_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        chosen = list(existing.panels) if existing is not None else []
        known = {panel.id for panel in pack.panels}
        for panel in pack.panels:
            item = QListWidgetItem(panel.heading())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = panel.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(PANEL_ID, panel.id)
            self.available_list.addItem(item)
        for panel_id in dict.fromkeys(chosen):
            if panel_id in known:
                self._append_to_order(pack.panel(panel_id))
        if existing is not None:
            self.name_edit.setText(existing.title)
            self.duration_box.setValue(clamp_length(existing.duration_minutes))
            self._kept_unknown = [panel_id for panel_id in chosen if panel_id not in known]
            missing = len(self._kept_unknown)
            self.missing_label.setText(
                self.tr(
                    "%n panel of this briefing is not in the loaded pack; it is kept, at the "
                    "end, for a pack that has it.",
                    "",
                    missing,
                )
                if missing == 1
                else self.tr(
                    "%n panels of this briefing are not in the loaded pack; they are "
                    "kept, at the end, for a pack that has them.",
                    "",
                    missing,
                )
            )
            self.missing_label.setVisible(missing > 0)

        self.name_edit.textChanged.connect(self._on_input_changed)
        self.available_list.itemChanged.connect(self._on_panel_toggled)
        self.order_list.currentRowChanged.connect(self._on_input_changed)
        self.order_list.model().rowsMoved.connect(self._on_input_changed)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)
        self._update_buttons()

    @classmethod
    def ask(
        cls, pack: ContentPack, existing: CustomBriefing | None, parent: QWidget | None
    ) -> CustomBriefing | None:
        """Show the dialog modally (tests replace this).

        Returns:
            The briefing as composed, or None when the user cancelled.
        """
        dialog = cls(pack, existing, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.briefing()
        return None

    def briefing(self) -> CustomBriefing:
        """The briefing as the dialog shows it: name, panels in order, length."""
        return CustomBriefing(
            title=self.name_edit.text().strip(),
            panels=[*self.chosen_panels(), *self._kept_unknown],
            duration_minutes=self.duration_box.value(),
        )

    def chosen_panels(self) -> list[str]:
        """The ids of the chosen panels, in the order the briefing presents them."""
        return [str(item.data(PANEL_ID)) for item in self._order_items()]

    def is_complete(self) -> bool:
        """Whether the briefing has a name and at least one panel."""
        return bool(self.name_edit.text().strip()) and self.order_list.count() > 0

    def accept(self) -> None:
        """Close with the briefing, if it is complete."""
        if self.is_complete():
            super().accept()

    def move_up(self) -> None:
        """Move the selected panel one place earlier."""
        self._move(-1)

    def move_down(self) -> None:
        """Move the selected panel one place later."""
        self._move(1)

    def _move(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        item = self.order_list.takeItem(row)
        self.order_list.insertItem(target, item)
        self.order_list.setCurrentRow(target)
        self._update_buttons()

    def _order_items(self) -> list[QListWidgetItem]:
        return [self.order_list.item(row) for row in range(self.order_list.count())]

    def _append_to_order(self, panel: Panel) -> None:
        item = QListWidgetItem(panel.heading())
        item.setData(PANEL_ID, panel.id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        self.order_list.addItem(item)

    def _on_panel_toggled(self, item: QListWidgetItem) -> None:
        panel_id = str(item.data(PANEL_ID))
        listed = [
            row for row, entry in enumerate(self._order_items()) if entry.data(PANEL_ID) == panel_id
        ]
        if item.checkState() == Qt.CheckState.Checked and not listed:
            self._append_to_order(self.pack.panel(panel_id))
        elif item.checkState() != Qt.CheckState.Checked:
            for row in reversed(listed):
                self.order_list.takeItem(row)
        self._update_buttons()

    def _on_input_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.order_list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.order_list.count() - 1)
        self.ok_button.setEnabled(self.is_complete())
