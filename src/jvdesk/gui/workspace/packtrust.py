"""Who vouches for the pack on screen: its signature state, asked about before it is opened.

Opening a .jvpack says, before it replaces the current pack, whether it is signed by a
trusted publisher (named as the trusted key names it, never as the pack claims), signed
by a key nobody trusts, or unsigned; and, for a newer version of the pack on screen, what
changed since. A pack whose signature does not match is refused before this dialog (see
``MainWindow.open_pack``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jvdesk.core import jvpack
from jvdesk.core.jvpack import JvpackError
from jvdesk.core.pack import ContentPack
from jvdesk.core.packstore import TrustedKey, TrustStore
from jvdesk.gui.common.theme import style_chrome
from jvdesk.gui.common.widgets import text_label
from jvdesk.gui.dialogs.errors import ErrorDialog
from jvdesk.gui.workspace.packorigin import PackOrigin


class OpeningDialog(QDialog):
    """Asks before a pack file replaces the pack on screen: who signed it, what changed.

    Attributes:
        statement: the signature in one sentence.
        changes: the changes since the version on screen, when it is a newer version of it.
    """

    def __init__(
        self,
        origin: PackOrigin,
        pack: ContentPack,
        current: ContentPack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        style_chrome(self)
        self.setWindowTitle(self.tr("Open a content pack"))
        self.resize(680, 300)
        layout = QVBoxLayout(self)
        title = self.tr("{title}, version {version}").format(
            title=pack.title, version=pack.meta.version
        )
        layout.addWidget(text_label(title, "cardLabel"))
        self.statement = text_label(self._statement(origin), "summary")
        layout.addWidget(self.statement)
        self.changes: QPlainTextEdit | None = None
        self.version_note = text_label("", "cardDetail")
        same = pack.meta.id == current.meta.id
        order = jvpack.compare_versions(pack.meta.version, current.meta.version) if same else 0
        if same and order < 0:
            self.version_note.setText(
                self.tr(
                    "This is an older version, {opening}, than the one open, {current}. Opening "
                    "it replaces the newer one."
                ).format(opening=pack.meta.version, current=current.meta.version)
            )
            layout.addWidget(self.version_note)
        elif same and order > 0:
            from jvdesk.core.packdiff import diff_lines, diff_packs

            heading = self.tr("What changed since version {version}").format(
                version=current.meta.version
            )
            layout.addWidget(text_label(heading, "sectionTitle"))
            self.changes = QPlainTextEdit("\n".join(diff_lines(diff_packs(current, pack))))
            self.changes.setReadOnly(True)
            self.changes.setAccessibleName(heading)
            layout.addWidget(self.changes, 1)
            self.resize(760, 560)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # A pack nobody trusted vouches for opens only when asked for in so many words.
        (self.open_button if origin.signature == "verified" else cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _statement(self, origin: PackOrigin) -> str:
        if origin.signature == "verified":
            return self.tr("Signed by {publisher}, verified.").format(publisher=origin.publisher)
        if origin.signature == "untrusted":
            return self.tr(
                "Signed with a key that is not among your trusted publishers (key "
                "{fingerprint}). Its contents match that signature, but who signed it is not "
                "known. Open it anyway?"
            ).format(fingerprint=origin.fingerprint)
        return self.tr(
            "Unsigned: nobody vouches for this pack's contents. Open it anyway? A banner will "
            "say so while it is loaded."
        )

    @classmethod
    def confirm(
        cls, origin: PackOrigin, pack: ContentPack, current: ContentPack, parent: QWidget
    ) -> bool:
        """Ask; True when the user chose to open the pack (tests replace this)."""
        return cls(origin, pack, current, parent).exec() == QDialog.DialogCode.Accepted


class TrustedPublishersDialog(QDialog):
    """Help → Trusted publishers…: the keys whose packs open as verified; add or remove one."""

    def __init__(self, store: TrustStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        style_chrome(self)
        self.store = store
        self.setWindowTitle(self.tr("Trusted publishers"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "Pack files signed with one of these keys open as verified, under the "
                    "name stored here. Add a publisher's .pub file only when you got it from "
                    "them through a channel you trust."
                ),
                "cardLabel",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Trusted publishers"))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.add_button = QPushButton(self.tr("Add…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentRowChanged.connect(self._update)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the trusted keys again."""
        self.list.clear()
        for trusted in self.store.trusted():
            text = self.tr("{name} — key {fingerprint}").format(
                name=trusted.name, fingerprint=trusted.key.fingerprint
            )
            if trusted.system:
                text = self.tr("{key} (installed by your administrator)").format(key=text)
            item = QListWidgetItem(text)
            item.setData(256, trusted)  # Qt.UserRole
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _update(self) -> None:
        trusted = self.current()
        self.remove_button.setEnabled(trusted is not None and not trusted.system)

    def current(self) -> TrustedKey | None:
        """The key chosen in the list."""
        item = self.list.currentItem()
        return item.data(256) if item is not None else None  # type: ignore[no-any-return]

    def ask_key_file(self) -> Path | None:
        """The file dialog for a .pub file (tests replace this)."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a trusted publisher"), "", self.tr("Public keys (*.pub)")
        )
        return Path(chosen) if chosen else None

    def add(self) -> None:
        """Trust the key in a .pub file the user picks."""
        path = self.ask_key_file()
        if path is None:
            return
        try:
            self.store.add(path)
        except JvpackError as error:
            ErrorDialog.show_error(self, self.tr("The key was not added"), str(error))
            return
        self.refresh()

    def remove(self) -> None:
        """Stop trusting the key chosen."""
        trusted = self.current()
        if trusted is None:
            return
        try:
            self.store.remove(trusted)
        except JvpackError as error:
            ErrorDialog.show_error(self, self.tr("The key was not removed"), str(error))
            return
        self.refresh()
