"""Opening .jvpack files in the app: verified, unsigned or refused; what changed; going back."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from jvdesk.core import jvpack
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.packstore import TrustStore
from jvdesk.gui.common.settings import Settings
from jvdesk.gui.dialogs.errors import ErrorDialog
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.workspace.packorigin import PackOrigin
from jvdesk.gui.workspace.packtrust import OpeningDialog, TrustedPublishersDialog
from tests.conftest import MINIMAL_PACK, Edit

Asked = list[tuple[PackOrigin, ContentPack, ContentPack]]


@pytest.fixture
def key(tmp_path: Path) -> Path:
    """A desk's key whose .pub claims a ministry's name; the user trusts it as "Real desk"."""
    path = tmp_path / "keys" / "desk.key"
    path.parent.mkdir()
    jvpack.keygen(path, "Ministry of External Affairs")  # what a pack signed with it claims
    trusted = json.loads(path.with_name("desk.key.pub").read_text(encoding="utf-8"))
    trusted["publisher"] = "Real desk"
    stored = tmp_path / "keys" / "real-desk.pub"
    stored.write_text(json.dumps(trusted), encoding="utf-8")
    TrustStore().add(stored)
    return path


def _build(folder: Path, out: Path, key: Path | None) -> Path:
    jvpack.build(load_pack(folder), out, key)
    return out


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    main = MainWindow(load_pack(MINIMAL_PACK), Settings())
    qtbot.addWidget(main)
    with qtbot.waitExposed(main):
        main.show()
    yield main
    main.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """Every time the app asks before opening a pack file; it answers Open."""
    calls: Asked = []

    def confirm(
        cls: type, origin: PackOrigin, pack: ContentPack, current: ContentPack, parent: object
    ) -> bool:
        calls.append((origin, pack, current))
        return True

    monkeypatch.setattr(OpeningDialog, "confirm", classmethod(confirm))
    return calls


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        ErrorDialog,
        "show_error",
        classmethod(lambda cls, parent, title, text: shown.append((title, text))),
    )
    return shown


def test_a_pack_signed_by_a_trusted_publisher_opens_as_verified(
    tmp_path: Path, window: MainWindow, key: Path, asked: Asked
) -> None:
    signed = _build(MINIMAL_PACK, tmp_path / "signed.jvpack", key)
    assert window.open_pack(signed)
    ((origin, pack, current),) = asked
    assert (origin.signature, origin.publisher) == ("verified", "Real desk")
    assert (pack.meta.id, current.meta.id) == ("minimal", "minimal")
    # The name stored with the trusted key, never the one the pack claims.
    assert "signed by Real desk, verified" in window.status.text()
    assert "Ministry" not in window.status.text()
    assert not window.notice.isVisible()
    dialog = OpeningDialog(origin, pack, current, window)
    assert dialog.statement.text() == "Signed by Real desk, verified."
    assert dialog.open_button.isDefault()


def test_an_unsigned_pack_opens_after_asking_with_a_banner(
    tmp_path: Path, window: MainWindow, asked: Asked, pack_dir: Path, edit: Edit
) -> None:
    edit("pack.yaml", "title: Minimal pack", "title: Another pack")
    plain = _build(pack_dir, tmp_path / "plain.jvpack", None)
    assert window.open_pack(plain)
    ((origin, _pack, _current),) = asked
    assert origin.signature == "unsigned"
    assert window.pack.title == "Another pack"
    assert window.notice.isVisible()
    assert window.notice.text.text().startswith("This pack is unsigned: nobody vouches")
    assert not window.notice.dismiss_button.isVisible()  # it stays while the pack is loaded
    assert "· unsigned ·" in window.status.text()


def test_declining_an_unsigned_pack_keeps_the_current_one(
    tmp_path: Path, window: MainWindow, monkeypatch: pytest.MonkeyPatch, pack_dir: Path, edit: Edit
) -> None:
    edit("pack.yaml", "title: Minimal pack", "title: Another pack")
    plain = _build(pack_dir, tmp_path / "plain.jvpack", None)
    monkeypatch.setattr(OpeningDialog, "confirm", classmethod(lambda *args: False))
    assert not window.open_pack(plain)
    assert window.pack.title == "Minimal pack"
    dialog = OpeningDialog(PackOrigin(plain, "unsigned"), load_pack(pack_dir), window.pack, window)
    assert dialog.statement.text().startswith("Unsigned: nobody vouches for this pack's contents.")
    assert not dialog.open_button.isDefault()  # Cancel is: opening it takes a decision


def test_a_pack_whose_signature_does_not_match_is_refused(
    tmp_path: Path,
    window: MainWindow,
    key: Path,
    asked: Asked,
    errors: list[tuple[str, str]],
) -> None:
    signed = _build(MINIMAL_PACK, tmp_path / "signed.jvpack", key)
    with zipfile.ZipFile(signed) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    entries["panels/alpha.yaml"] = entries["panels/alpha.yaml"].replace(b"value: 10", b"value: 99")
    forged = tmp_path / "forged.jvpack"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    assert not window.open_pack(forged)
    assert asked == []  # refused before anything is asked
    ((title, text),) = errors
    assert title == "The signature does not match"
    assert "forged.jvpack cannot be opened: the file panels/alpha.yaml does not match" in text
    assert window.pack.panels[0].targets[0].value == 10


def test_a_newer_version_says_what_changed_and_the_old_one_can_come_back(
    tmp_path: Path, window: MainWindow, key: Path, asked: Asked, pack_dir: Path, edit: Edit
) -> None:
    first = _build(pack_dir, tmp_path / "v1.jvpack", key)
    edit("pack.yaml", 'version: "1.0"', 'version: "1.1"')
    edit("panels/alpha.yaml", "value: 10", "value: 12")
    second = _build(pack_dir, tmp_path / "v1.1.jvpack", key)
    assert window.open_pack(first)
    assert not window.commands.go_back_action.isVisible()
    assert window.open_pack(second)
    origin, new, current = asked[-1]
    dialog = OpeningDialog(origin, new, current, window)
    assert dialog.changes is not None
    assert "changed: alpha / target big-target / value: 10 → 12" in dialog.changes.toPlainText()
    action = window.commands.go_back_action
    assert action.isVisible() and action.text() == "&Go back to version 1.0"
    assert window.pack.panels[0].targets[0].value == 12
    action.trigger()
    assert window.pack.meta.version == "1.0"
    assert window.pack.panels[0].targets[0].value == 10
    assert not action.isVisible()
    assert "signed by Real desk, verified" in window.status.text()


def test_an_older_version_is_said_to_be_older(
    tmp_path: Path, window: MainWindow, pack_dir: Path, edit: Edit
) -> None:
    edit("pack.yaml", 'version: "1.0"', 'version: "0.9"')
    older = load_pack(pack_dir)
    dialog = OpeningDialog(PackOrigin(tmp_path, "unsigned"), older, window.pack, window)
    assert dialog.version_note.text().startswith(
        "This is an older version, 0.9, than the one open, 1.0."
    )
    assert dialog.changes is None


def test_trusted_publishers_are_added_and_removed_but_not_the_administrators(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system = tmp_path / "system-keys"
    system.mkdir()
    jvpack.keygen(tmp_path / "admin.key", "Embassy of India, Tokyo")
    (system / "embassy.pub").write_bytes((tmp_path / "admin.key.pub").read_bytes())
    jvpack.keygen(tmp_path / "desk.key", "India desk")
    dialog = TrustedPublishersDialog(TrustStore(system=system))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_key_file", lambda: tmp_path / "desk.key.pub")
    dialog.add_button.click()
    rows = [dialog.list.item(n).text() for n in range(dialog.list.count())]
    assert rows[0].startswith("Embassy of India, Tokyo — key ")
    assert rows[0].endswith("(installed by your administrator)")
    assert rows[1].startswith("India desk — key ")
    dialog.list.setCurrentRow(0)
    assert not dialog.remove_button.isEnabled()
    dialog.list.setCurrentRow(1)
    dialog.remove_button.click()
    assert dialog.list.count() == 1
    assert [b.text() for b in dialog.findChildren(QPushButton)][:2] == ["Add…", "Remove"]


def test_a_pack_signed_by_a_key_nobody_trusts_is_flagged_like_an_unsigned_one(
    tmp_path: Path, window: MainWindow, asked: Asked
) -> None:
    stranger = tmp_path / "stranger.key"
    jvpack.keygen(stranger, "Ministry of External Affairs")  # a name anyone can write
    signed = _build(MINIMAL_PACK, tmp_path / "stranger.jvpack", stranger)
    assert window.open_pack(signed)
    ((origin, pack, current),) = asked
    assert origin.signature == "untrusted" and origin.publisher == ""
    assert window.notice.isVisible()
    assert "not among your trusted publishers" in window.notice.text.text()
    assert "Ministry" not in window.status.text()
    dialog = OpeningDialog(origin, pack, current, window)
    assert dialog.statement.text().startswith("Signed with a key that is not among your trusted")
    assert not dialog.open_button.isDefault()
