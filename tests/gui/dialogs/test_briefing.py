"""The briefing dialog: composing and editing a briefing of the user's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QListWidget
from pytestqt.qtbot import QtBot

from jvdesk.core.briefings import CustomBriefing
from jvdesk.core.pack import ContentPack
from jvdesk.gui.dialogs.briefing import BriefingDialog


@pytest.fixture
def dialog(qtbot: QtBot, minimal_pack: ContentPack) -> BriefingDialog:
    dialog = BriefingDialog(minimal_pack)
    qtbot.addWidget(dialog)
    return dialog


def rows(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def checked(dialog: BriefingDialog) -> list[bool]:
    items = [dialog.available_list.item(r) for r in range(dialog.available_list.count())]
    return [item.checkState() == Qt.CheckState.Checked for item in items]


def check(dialog: BriefingDialog, row: int, on: bool = True) -> None:
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    dialog.available_list.item(row).setCheckState(state)


def test_a_new_briefing_starts_empty_with_every_panel_available(dialog: BriefingDialog) -> None:
    assert dialog.windowTitle() == "Compose a briefing"
    assert dialog.name_edit.text() == ""
    assert dialog.duration_box.value() == 20
    assert (dialog.duration_box.minimum(), dialog.duration_box.maximum()) == (1, 600)
    assert rows(dialog.available_list) == ["1. Alpha direction", "Beta document"]
    assert checked(dialog) == [False, False]
    assert rows(dialog.order_list) == []
    assert not dialog.ok_button.isEnabled()
    assert dialog.missing_label.isHidden()


def test_compose_by_checking_reordering_and_naming(qtbot: QtBot, dialog: BriefingDialog) -> None:
    check(dialog, 0)
    check(dialog, 1)
    assert rows(dialog.order_list) == ["1. Alpha direction", "Beta document"]
    assert not dialog.ok_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name_edit, "  For the Minister ")
    assert dialog.ok_button.isEnabled()
    dialog.order_list.setCurrentRow(1)
    assert dialog.up_button.isEnabled() and not dialog.down_button.isEnabled()
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert rows(dialog.order_list) == ["Beta document", "1. Alpha direction"]
    assert dialog.order_list.currentRow() == 0
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    dialog.duration_box.setValue(45)
    assert dialog.briefing() == CustomBriefing("For the Minister", ["beta", "alpha"], 45)
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert dialog.briefing().panels == ["alpha", "beta"]
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_unchecking_a_panel_removes_it_from_the_order(dialog: BriefingDialog) -> None:
    dialog.name_edit.setText("Short")
    check(dialog, 1)
    check(dialog, 0)
    assert dialog.chosen_panels() == ["beta", "alpha"]
    check(dialog, 1, on=False)
    assert dialog.chosen_panels() == ["alpha"]
    assert dialog.ok_button.isEnabled()
    check(dialog, 0, on=False)
    assert dialog.chosen_panels() == []
    assert not dialog.ok_button.isEnabled()


def test_ok_needs_a_name_that_is_more_than_spaces(dialog: BriefingDialog) -> None:
    check(dialog, 0)
    dialog.name_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.name_edit.setText("x")
    assert dialog.ok_button.isEnabled()


def test_alt_up_and_alt_down_move_the_selected_panel(qtbot: QtBot, dialog: BriefingDialog) -> None:
    assert dialog.up_button.text() == "Move up"
    assert dialog.down_button.text() == "Move down"
    assert dialog.up_button.shortcut() == QKeySequence("Alt+Up")
    assert dialog.down_button.shortcut() == QKeySequence("Alt+Down")
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    check(dialog, 0)
    check(dialog, 1)
    dialog.order_list.setFocus()
    dialog.order_list.setCurrentRow(1)
    # A button's shortcut presses it visibly: the click lands a moment later.
    qtbot.keyClick(dialog.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen_panels() == ["beta", "alpha"], timeout=60_000)
    assert dialog.order_list.currentRow() == 0
    qtbot.keyClick(dialog.order_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.chosen_panels() == ["alpha", "beta"], timeout=60_000)
    assert dialog.order_list.currentRow() == 1


def test_the_order_list_reorders_by_drag_and_drop(dialog: BriefingDialog) -> None:
    order = dialog.order_list
    assert order.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert order.defaultDropAction() == Qt.DropAction.MoveAction
    check(dialog, 0)
    check(dialog, 1)
    # What a drop does to the model: move a row; the dialog reads the order from the list.
    moved = order.model().moveRow(order.rootIndex(), 1, order.rootIndex(), 0)
    assert moved
    assert dialog.chosen_panels() == ["beta", "alpha"]


def test_editing_an_existing_briefing_prefills_everything(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    existing = CustomBriefing("Beta then alpha", ["beta", "alpha"], 35)
    dialog = BriefingDialog(minimal_pack, existing)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit briefing"
    assert dialog.name_edit.text() == "Beta then alpha"
    assert dialog.duration_box.value() == 35
    assert checked(dialog) == [True, True]
    assert rows(dialog.order_list) == ["Beta document", "1. Alpha direction"]
    assert dialog.ok_button.isEnabled()
    assert dialog.briefing() == existing
    assert dialog.briefing() is not existing


def test_panels_the_pack_does_not_have_are_kept_and_said_so(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    dialog = BriefingDialog(minimal_pack, CustomBriefing("Old", ["gone", "alpha"], 10))
    qtbot.addWidget(dialog)
    assert dialog.chosen_panels() == ["alpha"]
    assert dialog.missing_label.text() == (
        "1 panel of this briefing is not in the loaded pack; it is kept, at the end, "
        "for a pack that has it."
    )
    assert not dialog.missing_label.isHidden()
    assert dialog.briefing().panels == ["alpha", "gone"]


def test_ask_returns_the_briefing_or_none(
    qtbot: QtBot, minimal_pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    def accept(self: BriefingDialog) -> int:
        qtbot.addWidget(self)
        self.name_edit.setText("Quick")
        self.available_list.item(1).setCheckState(Qt.CheckState.Checked)
        self.duration_box.setValue(5)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(BriefingDialog, "exec", accept)
    assert BriefingDialog.ask(minimal_pack, None, None) == CustomBriefing("Quick", ["beta"], 5)

    def cancel(self: BriefingDialog) -> int:
        qtbot.addWidget(self)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(BriefingDialog, "exec", cancel)
    assert BriefingDialog.ask(minimal_pack, CustomBriefing("Kept", ["alpha"], 20), None) is None
