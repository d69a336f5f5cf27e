"""The export dialog: real decks and handouts written on a worker thread, driven as a user would."""

from __future__ import annotations

import dataclasses
import gc
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtCore import QMetaObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from jvdesk.core.briefings import CustomBriefing, as_briefing
from jvdesk.core.crashlog import log_dir
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import resource_path
from jvdesk.export.atomic import ExportError
from jvdesk.export.pptx import DeckOptions, export_pptx
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.common.theme import THEMES
from jvdesk.gui.dialogs import export as exportdialog
from jvdesk.gui.dialogs import exportjob
from jvdesk.gui.dialogs.destination import documents_folder
from jvdesk.gui.dialogs.export import ExportDialog
from tests.conftest import Edit
from tests.realtools import pdf_pages

TIMEOUT = 60_000  # generous: a loaded CI machine may be slow, and a pass is never slower
CANCELLED = "Export cancelled; nothing was written."


@pytest.fixture
def dialog(qtbot: QtBot, minimal_pack: ContentPack) -> ExportDialog:
    dialog = ExportDialog(minimal_pack, list(minimal_pack.meta.briefings), "full", Settings())
    qtbot.addWidget(dialog)
    return dialog


def export(qtbot: QtBot, dialog: ExportDialog, target: Path) -> str:
    """Export to ``target`` with the Export button; return the path the dialog reports."""
    dialog.form.destination_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_finished, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def fail(qtbot: QtBot, dialog: ExportDialog, target: Path) -> str:
    """Export to ``target`` expecting a failure; return the message the dialog reports."""
    dialog.form.destination_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_failed, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return str(blocker.args[0])


def click_export(qtbot: QtBot, dialog: ExportDialog) -> str:
    """Export to the destination shown, as a user who changes nothing; return the status."""
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_exporting(), timeout=TIMEOUT)
    return dialog.status.text()


def with_long_notes(pack_dir: Path, edit: Edit) -> ContentPack:
    """The minimal pack with speaker notes too long for the space under a slide."""
    points = "".join(
        f"  - Talking point {n}, say this first, then that, and then the other thing.\n"
        for n in range(1, 61)
    )
    edit("panels/alpha.yaml", "  - Say this.\n", points)
    return load_pack(pack_dir)


def form_rows(dialog: ExportDialog) -> dict[str, tuple[QWidget, list[QWidget]]]:
    """Each row of the form by its label's text: the label and the widgets beside it."""
    layout = dialog.form.layout()
    assert isinstance(layout, QFormLayout)
    rows = {}
    for row in range(layout.rowCount()):
        label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label is None or field is None or label.widget() is None:
            continue
        if field.widget() is not None:
            widgets = [field.widget()]
        else:
            inner = field.layout()
            widgets = [inner.itemAt(i).widget() for i in range(inner.count())]
        rows[label.widget().property("text")] = (label.widget(), widgets)
    return rows


def slide_texts(path: Path) -> list[str]:
    """All the text of each slide of a deck, one string per slide."""
    texts = []
    for slide in Presentation(str(path)).slides:
        frames = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        texts.append("\n".join(frames))
    return texts


def panel_rows(dialog: ExportDialog) -> list[tuple[str, bool]]:
    items = [dialog.form.panel_list.item(row) for row in range(dialog.form.panel_list.count())]
    return [(item.text(), item.checkState() == Qt.CheckState.Checked) for item in items]


def assert_usable(dialog: ExportDialog) -> None:
    assert not dialog.is_exporting()
    assert dialog.form.isEnabled()
    assert dialog.export_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert dialog.cancel_button.text() == "Close"
    assert dialog.progress_bar.isHidden()


def test_the_dialog_opens_on_the_chosen_briefing_with_every_panel_checked(
    dialog: ExportDialog,
) -> None:
    assert dialog.windowTitle() == "Export briefing"
    assert dialog.form.briefing_box.currentText() == "Full briefing (2 panels, 20 min)"
    assert panel_rows(dialog) == [("1. Alpha direction", True), ("Beta document", True)]
    assert dialog.form.format_box.currentText() == "PowerPoint (.pptx)"
    assert dialog.form.template_label.text() == "jvdesk's own template"
    assert dialog.form.aspect_box.currentText() == "16:9" and dialog.form.aspect_box.isEnabled()
    assert dialog.form.notes_box.isChecked()
    assert dialog.form.destination_edit.text() == str(documents_folder() / "Full briefing.pptx")
    assert dialog.progress_bar.isHidden()
    assert dialog.status.objectName() == "exportStatus" and dialog.status.text() == ""
    assert dialog.open_folder_button.isHidden()
    assert dialog.export_button.isDefault() and dialog.export_button.text() == "&Export"
    assert dialog.cancel_button.text() == "Close"


def test_a_pptx_is_written_with_every_slide_of_the_plan(
    qtbot: QtBot, dialog: ExportDialog, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    target = tmp_path / "deck.pptx"
    progress: list[tuple[int, int]] = []
    dialog.export_progressed.connect(lambda done, total: progress.append((done, total)))
    assert export(qtbot, dialog, target) == str(target)
    count = len(plan_deck(minimal_pack, "full").slides)
    assert len(Presentation(str(target)).slides) == count
    assert progress == [(done, count) for done in range(count + 1)]
    assert dialog.status.text() == f"Saved {target} ({count} slides)."
    assert dialog.status_heading.isHidden()
    assert_usable(dialog)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_a_pdf_handout_is_written(qtbot: QtBot, dialog: ExportDialog, tmp_path: Path) -> None:
    dialog.form.destination_edit.setText(str(tmp_path / "handout.pptx"))
    dialog.form.format_box.setCurrentIndex(dialog.form.format_box.findText("PDF handout (.pdf)"))
    assert dialog.form.destination_edit.text() == str(tmp_path / "handout.pdf")
    assert not dialog.form.browse_button.isEnabled()
    assert not dialog.form.aspect_box.isEnabled()
    target = tmp_path / "handout.pdf"
    assert export(qtbot, dialog, target) == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert dialog.status.text() == f"Saved {target} ({pdf_pages(target)} pages)."


def test_a_handout_says_its_pages_where_notes_make_more_pages_than_slides(
    qtbot: QtBot, pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    pack = with_long_notes(pack_dir, edit)
    dialog = ExportDialog(pack, list(pack.meta.briefings), "full", Settings())
    qtbot.addWidget(dialog)
    dialog.form.set_export_format("pdf")
    assert dialog.form.notes_box.isChecked()
    target = tmp_path / "handout.pdf"
    export(qtbot, dialog, target)
    pages = pdf_pages(target)
    assert pages > len(plan_deck(pack, "full").slides)
    assert dialog.status.text() == f"Saved {target} ({pages} pages)."


@pytest.mark.parametrize(("export_format", "said"), [("pptx", "1 slide"), ("pdf", "1 page")])
def test_one_slide_or_one_page_is_said_in_the_singular(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    export_format: str,
    said: str,
) -> None:
    def title_only(*args: object, **kwargs: object) -> object:
        plan = plan_deck(*args, **kwargs)  # type: ignore[arg-type]
        return dataclasses.replace(plan, slides=plan.slides[:1])

    monkeypatch.setattr(exportdialog, "plan_deck", title_only)
    dialog.form.notes_box.setChecked(False)
    dialog.form.set_export_format(export_format)  # type: ignore[arg-type]
    target = tmp_path / f"one.{export_format}"
    export(qtbot, dialog, target)
    if export_format == "pdf":
        assert pdf_pages(target) == 1
    else:
        assert len(Presentation(str(target)).slides) == 1
    assert dialog.status.text() == f"Saved {target} ({said})."


def test_template_and_aspect_rows_are_greyed_out_whole_for_a_pdf(
    qtbot: QtBot, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = form_rows(dialog)
    template_label, template_widgets = rows["Template:"]
    aspect_label, aspect_widgets = rows["&Aspect:"]
    assert aspect_widgets == [dialog.form.aspect_box]
    assert dialog.form.browse_button in template_widgets
    assert template_label.isEnabled() and aspect_label.isEnabled()
    assert dialog.form.aspect_box.isEnabled() and dialog.form.browse_button.isEnabled()
    dialog.form.set_export_format("pdf")
    assert not template_label.isEnabled() and not aspect_label.isEnabled()
    assert not any(widget.isEnabled() for widget in [*template_widgets, *aspect_widgets])
    dialog.form.set_export_format("pptx")
    assert template_label.isEnabled() and aspect_label.isEnabled()
    template = resource_path("templates/jvdesk-4x3.pptx")
    monkeypatch.setattr(dialog.form, "choose_template_file", lambda start: str(template))
    qtbot.mouseClick(dialog.form.browse_button, Qt.MouseButton.LeftButton)
    assert template_label.isEnabled()
    assert not aspect_label.isEnabled() and not dialog.form.aspect_box.isEnabled()


def test_a_disabled_box_looks_disabled(qtbot: QtBot, dialog: ExportDialog) -> None:
    # The chrome's style sheet colours boxes; a disabled one has its text in a dimmer colour.
    dialog.show()
    box = dialog.form.aspect_box

    def darkest() -> int:  # of the text: left of the drop-down arrow
        image = box.grab().toImage()
        return min(
            sum(image.pixelColor(x, y).getRgb()[:3])
            for x in range(image.width() - 2 * box.height())
            for y in range(image.height())
        )

    text, dim = (
        sum(QColor(c).getRgb()[:3]) for c in (THEMES["light"].text, THEMES["light"].disabled)
    )
    assert darkest() < (text + dim) / 2  # the text colour is drawn
    dialog.form.set_export_format("pdf")
    assert darkest() >= dim - 30  # nothing darker than the disabled colour


def test_the_dialog_opens_with_the_focus_on_export(qtbot: QtBot, dialog: ExportDialog) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.focusWidget() is dialog.export_button
    assert QApplication.focusWidget() is dialog.export_button


def test_without_a_documents_folder_the_first_export_goes_to_the_home_folder(
    qtbot: QtBot, home: Path, minimal_pack: ContentPack
) -> None:
    # A Linux account without ~/Documents, which Qt reports all the same.
    dialog = ExportDialog(minimal_pack, list(minimal_pack.meta.briefings), "full", Settings())
    qtbot.addWidget(dialog)
    target = home / "Full briefing.pptx"
    assert dialog.form.destination_edit.text() == str(target)
    count = len(plan_deck(minimal_pack, "full").slides)
    assert click_export(qtbot, dialog) == f"Saved {target} ({count} slides)."
    assert target.is_file()
    assert not (home / "Documents").exists()


def test_a_documents_folder_the_xdg_config_names_is_made_for_the_first_export(
    qtbot: QtBot, home: Path, minimal_pack: ContentPack
) -> None:
    (home / ".config").mkdir()
    (home / ".config" / "user-dirs.dirs").write_text(
        'XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n', encoding="utf-8"
    )
    dialog = ExportDialog(minimal_pack, list(minimal_pack.meta.briefings), "full", Settings())
    qtbot.addWidget(dialog)
    target = home / "Dokumente" / "Full briefing.pptx"
    assert dialog.form.destination_edit.text() == str(target)
    count = len(plan_deck(minimal_pack, "full").slides)
    assert click_export(qtbot, dialog) == f"Saved {target} ({count} slides)."
    assert target.is_file()


def test_the_folder_of_the_last_export_is_suggested_next_time_for_either_format(
    qtbot: QtBot, home: Path, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    briefings = list(minimal_pack.meta.briefings)
    first = ExportDialog(minimal_pack, briefings, "full", Settings())
    qtbot.addWidget(first)
    decks = tmp_path / "decks"
    decks.mkdir()
    export(qtbot, first, decks / "mine.pptx")
    assert Settings().export_folder == str(decks)
    again = ExportDialog(minimal_pack, briefings, "full", Settings())
    qtbot.addWidget(again)
    assert again.form.destination_edit.text() == str(decks / "Full briefing.pptx")
    again.form.set_export_format("pdf")
    assert again.form.destination_edit.text() == str(decks / "Full briefing.pdf")
    again.form.destination_edit.setText("talk")
    assert again.form.destination() == decks / "talk.pdf"
    (decks / "mine.pptx").unlink()
    decks.rmdir()
    gone = ExportDialog(minimal_pack, briefings, "full", Settings())
    qtbot.addWidget(gone)
    assert gone.form.destination_edit.text() == str(home / "Full briefing.pptx")


def test_a_failed_export_is_not_remembered(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    fail(qtbot, dialog, tmp_path / "nowhere" / "deck.pptx")
    assert Settings().export_folder == ""


def test_an_unchecked_panel_is_left_out_of_the_deck(
    qtbot: QtBot, dialog: ExportDialog, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    dialog.form.panel_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.form.checked_panels() == ["alpha"]
    target = tmp_path / "alpha.pptx"
    export(qtbot, dialog, target)
    texts = slide_texts(target)
    assert len(texts) == len(plan_deck(minimal_pack, "full", only=["alpha"]).slides)
    assert any("1. Alpha direction" in text for text in texts)
    assert not any("Beta document" in text for text in texts)


def test_export_needs_a_checked_panel_and_a_destination(dialog: ExportDialog) -> None:
    for row in range(dialog.form.panel_list.count()):
        dialog.form.panel_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.export_button.isEnabled()
    dialog.form.panel_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.export_button.isEnabled()
    dialog.form.destination_edit.setText("   ")
    assert not dialog.export_button.isEnabled()


def test_a_missing_folder_is_reported_word_for_word_and_the_dialog_stays_usable(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    target = tmp_path / "nowhere" / "deck.pptx"
    message = fail(qtbot, dialog, target)
    expected = f"the folder {tmp_path / 'nowhere'} does not exist; create it or choose another"
    assert message == expected
    assert dialog.status.text() == expected
    assert dialog.status_heading.text() == "Export failed"
    assert not dialog.status_heading.isHidden()
    assert dialog.open_folder_button.isHidden()
    assert_usable(dialog)
    (tmp_path / "nowhere").mkdir()
    export(qtbot, dialog, target)
    assert target.is_file()
    assert dialog.status_heading.isHidden()


def test_a_folder_as_destination_is_reported_word_for_word(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    message = fail(qtbot, dialog, folder)
    expected = f"{folder} is a folder; give a file name, such as {folder / 'briefing.pptx'}"
    assert message == expected
    assert dialog.status.text() == expected
    assert_usable(dialog)
    assert list(folder.iterdir()) == []


def test_a_damaged_template_gets_the_exporters_own_message(
    qtbot: QtBot,
    dialog: ExportDialog,
    minimal_pack: ContentPack,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    template = tmp_path / "ours.potx"
    template.write_bytes(b"not a presentation")
    monkeypatch.setattr(dialog.form, "choose_template_file", lambda start: str(template))
    qtbot.mouseClick(dialog.form.browse_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "deck.pptx"
    with pytest.raises(ExportError) as raised:
        export_pptx(plan_deck(minimal_pack, "full"), target, DeckOptions(template=template))
    assert fail(qtbot, dialog, target) == str(raised.value)
    assert dialog.status.text() == str(raised.value)
    assert not target.exists()


def test_a_template_of_the_users_own_is_used_and_can_be_cleared(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    template = resource_path("templates/jvdesk-4x3.pptx")
    starts: list[str] = []

    def choose(start: str) -> str:
        starts.append(start)
        return str(template)

    monkeypatch.setattr(dialog.form, "choose_template_file", choose)
    assert not dialog.form.clear_button.isEnabled()
    qtbot.mouseClick(dialog.form.browse_button, Qt.MouseButton.LeftButton)
    assert starts == [str(documents_folder())]
    assert dialog.form.template() == template
    assert dialog.form.template_label.text() == "jvdesk-4x3.pptx"
    assert dialog.form.template_label.toolTip() == str(template)
    assert not dialog.form.aspect_box.isEnabled()
    assert dialog.form.clear_button.isEnabled()
    target = tmp_path / "four-by-three.pptx"
    export(qtbot, dialog, target)
    assert Presentation(str(target)).slide_width == 9144000  # 4:3, from the template
    qtbot.mouseClick(dialog.form.clear_button, Qt.MouseButton.LeftButton)
    assert dialog.form.template() is None
    assert dialog.form.template_label.text() == "jvdesk's own template"
    assert dialog.form.aspect_box.isEnabled()
    assert not dialog.form.clear_button.isEnabled()


def test_the_aspect_shapes_jvdesks_own_template(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    dialog.form.aspect_box.setCurrentIndex(dialog.form.aspect_box.findText("4:3"))
    target = tmp_path / "square.pptx"
    export(qtbot, dialog, target)
    assert Presentation(str(target)).slide_width == 9144000


@pytest.mark.parametrize("export_format", ["pptx", "pdf"])
def test_cancel_during_an_export_writes_nothing(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, export_format: str
) -> None:
    dialog.form.format_box.setCurrentIndex(dialog.form.format_box.findData(export_format))
    target = tmp_path / f"deck.{export_format}"
    seen: list[tuple[int, int]] = []

    def press_cancel(done: int, total: int) -> None:
        seen.append((done, total))
        assert dialog.is_exporting()
        assert not dialog.form.isEnabled()
        assert not dialog.export_button.isEnabled()
        assert dialog.cancel_button.text() == "Cancel"
        assert not dialog.progress_bar.isHidden()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text() == "Cancelling…"

    dialog.export_progressed.connect(press_cancel)
    assert fail(qtbot, dialog, target) == CANCELLED
    assert len(seen) == 1  # the worker stopped before its next slide
    assert dialog.status.text() == CANCELLED
    assert dialog.status_heading.isHidden()
    assert list(tmp_path.iterdir()) == []
    assert_usable(dialog)


def test_escape_during_an_export_cancels_it_and_keeps_the_dialog_open(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.export_progressed.connect(lambda done, total: dialog.reject())
    assert fail(qtbot, dialog, tmp_path / "deck.pptx") == CANCELLED
    assert dialog.isVisible()
    assert list(tmp_path.iterdir()) == []


def test_closing_during_an_export_stops_the_worker_first(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    with qtbot.waitExposed(dialog):
        dialog.show()
    failures: list[str] = []
    dialog.export_failed.connect(failures.append)

    def close_soon(done: int, total: int) -> None:
        if done == 0:  # queued ahead of the worker's next report: it is still writing
            QMetaObject.invokeMethod(dialog, "close", Qt.ConnectionType.QueuedConnection)

    dialog.export_progressed.connect(close_soon)
    dialog.form.destination_edit.setText(str(tmp_path / "deck.pptx"))
    with qtbot.waitSignal(dialog.rejected, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert not dialog.is_exporting()
    assert failures == [CANCELLED]
    assert list(tmp_path.iterdir()) == []


def test_open_folder_is_offered_after_a_success(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(dialog, "open_folder", opened.append)
    assert dialog.open_folder_button.isHidden()
    (tmp_path / "out").mkdir()
    export(qtbot, dialog, tmp_path / "out" / "deck.pptx")
    assert not dialog.open_folder_button.isHidden()
    assert dialog.open_folder_button.text() == "&Open folder"
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [tmp_path / "out"]


def test_an_unexpected_error_is_logged_not_shown(
    qtbot: QtBot,
    dialog: ExportDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the exporter")

    monkeypatch.setattr(exportjob, "export_pptx", broken)
    message = fail(qtbot, dialog, tmp_path / "deck.pptx")
    log = log_dir() / "crash.log"
    assert message == f"Export failed unexpectedly; details were written to {log}."
    assert dialog.status.text() == message
    assert dialog.status_heading.text() == "Export failed"
    assert "RuntimeError: a bug in the exporter" in log.read_text(encoding="utf-8")
    assert "Traceback" not in dialog.status.text()
    assert_usable(dialog)


def test_a_composed_briefing_exports_its_panels_in_its_order(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    composed = as_briefing(CustomBriefing("Beta first", ["beta", "alpha"], 15), 1)
    dialog = ExportDialog(
        minimal_pack, [*minimal_pack.meta.briefings, composed], "custom-1", Settings()
    )
    qtbot.addWidget(dialog)
    assert dialog.form.briefing_box.currentText() == "Beta first (2 panels, 15 min)"
    assert panel_rows(dialog) == [("Beta document", True), ("1. Alpha direction", True)]
    assert dialog.form.destination_edit.text() == str(documents_folder() / "Beta first.pptx")
    target = tmp_path / "composed.pptx"
    export(qtbot, dialog, target)
    texts = slide_texts(target)
    assert len(texts) == len(plan_deck(minimal_pack, composed).slides)
    agenda = texts[1]
    assert agenda.index("Beta document") < agenda.index("1. Alpha direction")
    beta = next(i for i, text in enumerate(texts) if text.startswith("Beta document"))
    alpha = next(i for i, text in enumerate(texts) if text.startswith("1. Alpha direction"))
    assert beta < alpha


def test_the_briefing_box_refills_the_panels_and_the_default_name(
    qtbot: QtBot, minimal_pack: ContentPack
) -> None:
    composed = as_briefing(CustomBriefing("Beta: only?", ["beta"], 5), 1)
    dialog = ExportDialog(
        minimal_pack, [*minimal_pack.meta.briefings, composed], "full", Settings()
    )
    qtbot.addWidget(dialog)
    dialog.form.panel_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.form.briefing_box.setCurrentIndex(1)
    assert panel_rows(dialog) == [("Beta document", True)]
    assert dialog.form.destination_edit.text() == str(documents_folder() / "Beta- only-.pptx")
    dialog.form.format_box.setCurrentIndex(dialog.form.format_box.findData("pdf"))
    assert dialog.form.destination_edit.text() == str(documents_folder() / "Beta- only-.pdf")


def test_a_path_of_the_users_own_is_kept(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed = as_briefing(CustomBriefing("Short", ["alpha"], 5), 1)
    dialog = ExportDialog(
        minimal_pack, [*minimal_pack.meta.briefings, composed], "full", Settings()
    )
    qtbot.addWidget(dialog)
    chosen = tmp_path / "mine.pptx"
    suggested: list[str] = []

    def choose(start: str) -> str:
        suggested.append(start)
        return str(chosen)

    monkeypatch.setattr(dialog.form, "choose_destination_file", choose)
    qtbot.mouseClick(dialog.form.choose_button, Qt.MouseButton.LeftButton)
    assert suggested == [str(documents_folder() / "Full briefing.pptx")]
    assert dialog.form.destination_edit.text() == str(chosen)
    dialog.form.briefing_box.setCurrentIndex(1)
    assert dialog.form.destination_edit.text() == str(chosen)
    dialog.form.format_box.setCurrentIndex(dialog.form.format_box.findData("pdf"))
    assert dialog.form.destination_edit.text() == str(tmp_path / "mine.pdf")
    dialog.form.destination_edit.setText("talk")
    assert dialog.form.destination() == documents_folder() / "talk.pdf"


def test_a_briefing_with_panels_the_pack_lacks_exports_the_rest(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    stale = as_briefing(CustomBriefing("Old", ["gamma", "alpha"], 10), 1)
    dialog = ExportDialog(
        minimal_pack, [*minimal_pack.meta.briefings, stale], "custom-1", Settings()
    )
    qtbot.addWidget(dialog)
    assert panel_rows(dialog) == [("1. Alpha direction", True)]
    assert dialog.form.missing_label.text() == "1 panel of this briefing is not in the loaded pack."
    assert not dialog.form.missing_label.isHidden()
    target = tmp_path / "old.pptx"
    export(qtbot, dialog, target)
    assert len(slide_texts(target)) == len(plan_deck(minimal_pack, stale, only=["alpha"]).slides)


def test_ask_shows_the_dialog_modally(
    qtbot: QtBot, minimal_pack: ContentPack, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ExportDialog] = []

    def fake_exec(self: ExportDialog) -> int:
        shown.append(self)
        qtbot.addWidget(self)
        return 0

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    ExportDialog.ask(minimal_pack, list(minimal_pack.meta.briefings), "full", Settings(), None)
    assert [d.form.briefing_box.currentText() for d in shown] == [
        "Full briefing (2 panels, 20 min)"
    ]


def test_text_too_long_for_its_slide_is_reported_with_the_saved_deck(
    qtbot: QtBot, pack_dir: Path, edit: Edit, tmp_path: Path
) -> None:
    long_title = ("Alpha direction on the long and winding road of partnership " * 5)[:200].strip()
    edit("panels/alpha.yaml", "title: Alpha direction\n", f"title: {long_title}\n")
    pack = load_pack(pack_dir)
    dialog = ExportDialog(pack, list(pack.meta.briefings), "full", Settings())
    qtbot.addWidget(dialog)
    dialog.form.aspect_box.setCurrentIndex(dialog.form.aspect_box.findData("4:3"))
    target = tmp_path / "deck.pptx"
    assert export(qtbot, dialog, target) == str(target)
    lines = dialog.status.text().splitlines()
    assert lines[0] == f"Saved {target} ({len(plan_deck(pack, 'full').slides)} slides)."
    assert lines[1] == "Some text is too long for its slide and runs over its box:"
    assert lines[2].startswith('•  slide 3 ("1. Alpha direction on the long')
    assert len(lines) == 3


def test_many_warnings_are_cut_short_so_the_dialog_fits_the_screen(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def export_with_warnings(*args: object, warnings: list[str], **kwargs: object) -> None:
        Path(str(args[1])).write_bytes(b"deck")
        warnings.extend(f"slide {n}: some text is too long" for n in range(1, 9))

    monkeypatch.setattr(exportjob, "export_pptx", export_with_warnings)
    target = tmp_path / "deck.pptx"
    assert export(qtbot, dialog, target) == str(target)
    lines = dialog.status.text().splitlines()
    assert lines[1] == "Some text is too long for its slide and runs over its box:"
    assert lines[2:] == [f"•  slide {n}: some text is too long" for n in range(1, 6)] + [
        "…and 3 more."
    ]


def test_the_cycle_collector_never_runs_on_the_export_thread(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # On the worker it could free widgets of earlier windows, which crashes Qt.
    seen: list[bool] = []

    def export_noting_the_collector(*args: object, **kwargs: object) -> None:
        seen.append(gc.isenabled())
        Path(str(args[1])).write_bytes(b"deck")

    monkeypatch.setattr(exportjob, "export_pptx", export_noting_the_collector)
    assert gc.isenabled()
    assert export(qtbot, dialog, tmp_path / "deck.pptx") == str(tmp_path / "deck.pptx")
    assert seen == [False]
    assert gc.isenabled()


def test_a_marking_is_offered_used_and_remembered(
    qtbot: QtBot, minimal_pack: ContentPack, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = ExportDialog(minimal_pack, list(minimal_pack.meta.briefings), "full", settings)
    qtbot.addWidget(dialog)
    box = dialog.form.marking_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "",
        "RESTRICTED",
        "For official use only",
        "DRAFT",
        "取扱注意",
    ]
    assert dialog.form.marking() == ""
    box.setCurrentText(" For official use only ")
    target = tmp_path / "marked.pptx"
    dialog.form.destination_edit.setText(str(target))
    with qtbot.waitSignal(dialog.export_finished, timeout=60_000):
        dialog.start_export()
    deck = Presentation(str(target))
    marks = {
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.name == "Marking"
    }
    assert marks == {"For official use only"}
    assert settings.marking == "For official use only"
    again = ExportDialog(minimal_pack, list(minimal_pack.meta.briefings), "full", Settings())
    qtbot.addWidget(again)
    assert again.form.marking() == "For official use only"


def test_a_screen_reader_names_every_box(dialog: ExportDialog) -> None:
    form = dialog.form
    line = form.marking_box.lineEdit()
    assert line is not None and line.accessibleName() == "Handling marking"
    assert form.marking_box.itemText(0) == ""
    assert form.marking_box.itemData(0, Qt.ItemDataRole.AccessibleTextRole) == "No marking"
    assert form.destination_edit.accessibleName() == "Save to"
    assert form.destination_edit.accessibleDescription() == (
        "The file the deck or handout is written to"
    )
    captions = [
        label for label in form.findChildren(QLabel) if label.buddy() is form.destination_edit
    ]
    assert [caption.text() for caption in captions] == ["Sa&ve to:"]  # Alt+V goes to the box


def test_the_status_is_a_stop_of_the_tab_key_only_when_there_is_one(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path
) -> None:
    assert dialog.status_area.accessibleName() == "Export status"
    assert dialog.status_area.focusPolicy() == Qt.FocusPolicy.NoFocus
    fail(qtbot, dialog, tmp_path / "nowhere" / "deck.pptx")
    assert dialog.status_area.focusPolicy() == Qt.FocusPolicy.StrongFocus
