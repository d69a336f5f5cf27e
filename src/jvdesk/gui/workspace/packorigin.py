"""Where the pack on screen came from, and who vouches for it: a small record the window keeps.

Kept apart from ``packtrust`` (its dialogs) and ``jvdesk.core.jvpack`` so that the window
needs neither until a pack file is opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication

from jvdesk.core.resources import shipped_pack_path

if TYPE_CHECKING:
    from jvdesk.core.jvpack import PublicKey
    from jvdesk.core.packstore import TrustedKey

Signature = Literal["own", "folder", "verified", "untrusted", "unsigned"]
translate = QCoreApplication.translate  # not a QObject: the "PackTrust" context


@dataclass(frozen=True)
class PackOrigin:
    """Where the pack on screen came from, and who vouches for it.

    Attributes:
        source: the pack folder, or the kept copy of the .jvpack it was opened from.
        signature: "own" (jvdesk's shipped pack), "folder" (a pack folder: no signature),
            "verified" (signed by a trusted publisher), "untrusted" (signed by a key not
            trusted) or "unsigned" (a pack file with no signature).
        publisher: the trusted key's stored name, for "verified"; else "".
        fingerprint: the signing key's fingerprint, for "verified" and "untrusted".
    """

    source: Path
    signature: Signature
    publisher: str = ""
    fingerprint: str = ""

    @property
    def needs_banner(self) -> bool:
        """Whether nobody trusted vouches for a pack file, so it is flagged while loaded."""
        return self.signature in ("untrusted", "unsigned")

    def said(self) -> str:
        """The signature state in a few words, for the status bar and About."""
        if self.signature == "own":
            return translate("PackTrust", "jvdesk's own pack")
        if self.signature == "folder":
            return translate("PackTrust", "a pack folder, not signed")
        if self.signature == "verified":
            return translate("PackTrust", "signed by {publisher}, verified").format(
                publisher=self.publisher
            )
        if self.signature == "untrusted":
            return translate(
                "PackTrust", "signed by a key you do not trust ({fingerprint})"
            ).format(fingerprint=self.fingerprint)
        return translate("PackTrust", "unsigned")

    def banner(self) -> str:
        """The banner shown while a pack nobody trusted vouches for is loaded."""
        if self.signature == "untrusted":
            return translate(
                "PackTrust",
                "This pack is signed with a key that is not among your trusted publishers "
                "(key {fingerprint}): who made it is not known. Check its figures before you "
                "brief from it.",
            ).format(fingerprint=self.fingerprint)
        return translate(
            "PackTrust",
            "This pack is unsigned: nobody vouches for its contents. Check its figures before "
            "you brief from it.",
        )


def origin_of(kept_signer: PublicKey | None, trusted: TrustedKey | None, file: Path) -> PackOrigin:
    """The origin of a pack file, from its signer and the trusted key that matches it."""
    if trusted is not None:
        return PackOrigin(file, "verified", trusted.name, trusted.key.fingerprint)
    if kept_signer is not None:
        return PackOrigin(file, "untrusted", fingerprint=kept_signer.fingerprint)
    return PackOrigin(file, "unsigned")


def origin_of_folder(folder: Path) -> PackOrigin:
    """A pack folder's origin: jvdesk's own pack, or a folder nobody signed."""
    try:
        own = folder.resolve() == shipped_pack_path().resolve()
    except OSError:
        own = False
    return PackOrigin(folder, "own" if own else "folder")
