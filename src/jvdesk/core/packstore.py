"""Where the desktop app keeps trusted publishers' keys and the pack files it has opened.

Trusted keys are ``.pub`` files (``jvdesk pack keygen``) in two folders: the user's own,
which *Help → Trusted publishers…* adds to and removes from, and a system-wide one an
administrator fills (``JVDESK_SYSTEM_KEYS`` names another). The name shown for a signer is
the one stored with the trusted key, never the one a pack claims.

Pack files opened in the app are copied into the user's data folder, each with its files
extracted beside it, so that the pack on screen never depends on a USB stick still being
there, and so that *File → Go back to version X* can restore the one before.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jvdesk.core import jvpack
from jvdesk.core.i18n import _
from jvdesk.core.jvpack import JvpackError, PublicKey

DATA_ENV = "JVDESK_DATA_DIR"  # tests and make bench keep their own
SYSTEM_KEYS_ENV = "JVDESK_SYSTEM_KEYS"  # where an administrator's keys are, if not the default
KEYS_FOLDER = "trusted-publishers"
MAX_KEY_FILES = 500


def data_dir() -> Path:
    """The user's jvdesk data folder, or ``JVDESK_DATA_DIR``."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    import platformdirs  # here, off the start-up path

    return Path(platformdirs.user_data_dir("jvdesk", appauthor=False))


def system_keys_dir() -> Path:
    """The folder of keys an administrator preinstalls for every user of the machine.

    /etc/xdg/jvdesk/trusted-publishers on Linux, C:\\ProgramData\\jvdesk\\trusted-publishers
    on Windows, /Library/Application Support/jvdesk/trusted-publishers on macOS.
    """
    override = os.environ.get(SYSTEM_KEYS_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.site_config_dir("jvdesk", appauthor=False)) / KEYS_FOLDER


@dataclass(frozen=True)
class TrustedKey:
    """A trusted publisher's key, where it is kept, and whether an administrator put it there."""

    key: PublicKey
    path: Path
    system: bool

    @property
    def name(self) -> str:
        """The publisher's name as stored with the key, or its fingerprint if it has none."""
        return self.key.publisher or self.key.fingerprint


class TrustStore:
    """The keys this user trusts: the administrator's, then the user's own."""

    def __init__(self, user: Path | None = None, system: Path | None = None) -> None:
        self.user = user if user is not None else data_dir() / KEYS_FOLDER
        self.system = system if system is not None else system_keys_dir()

    def trusted(self) -> list[TrustedKey]:
        """Every readable key, the administrator's first; a file that is not a key is skipped."""
        found: list[TrustedKey] = []
        for folder, system in ((self.system, True), (self.user, False)):
            try:
                paths = sorted(folder.glob("*.pub"))[:MAX_KEY_FILES]
            except OSError:
                continue
            for path in paths:
                with contextlib.suppress(JvpackError):
                    key = jvpack.read_public_key(path)
                    if all(known.key.raw != key.raw for known in found):
                        found.append(TrustedKey(key, path, system))
        return found

    def public_keys(self) -> list[PublicKey]:
        """The trusted keys, each with the name stored with it."""
        return [trusted.key for trusted in self.trusted()]

    def find(self, signer: PublicKey | None) -> TrustedKey | None:
        """The trusted key that is ``signer``, with its stored name; None if not trusted."""
        if signer is None:
            return None
        return next((k for k in self.trusted() if k.key.raw == signer.raw), None)

    def add(self, path: Path) -> TrustedKey:
        """Trust the key in a ``.pub`` file: copied into the user's folder.

        Raises:
            JvpackError: the file is not a public key, or cannot be copied.
        """
        key = jvpack.read_public_key(path)
        known = self.find(key)
        if known is not None:
            return known
        target = self.user / (key.fingerprint.replace(" ", "") + ".pub")
        try:
            self.user.mkdir(parents=True, exist_ok=True)
            _write_atomically(target, key.to_json().encode("utf-8"))
        except OSError as error:
            raise JvpackError(
                _("cannot keep the key in {folder}: {reason}").format(
                    folder=self.user, reason=error.strerror or error
                )
            ) from None
        return TrustedKey(key, target, system=False)

    def remove(self, trusted: TrustedKey) -> None:
        """Stop trusting a key the user added.

        Raises:
            JvpackError: the key was installed by an administrator, or cannot be removed.
        """
        if trusted.system:
            raise JvpackError(
                _(
                    "{name} was installed for every user by an administrator; ask them to remove it"
                ).format(name=trusted.name)
            )
        try:
            trusted.path.unlink(missing_ok=True)
        except OSError as error:
            raise JvpackError(
                _("cannot remove {file}: {reason}").format(
                    file=trusted.path, reason=error.strerror or error
                )
            ) from None


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=".part-", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        Path(temporary).replace(target)
    except OSError:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


@dataclass(frozen=True)
class KeptPack:
    """A pack file the app opened, as kept in its library.

    Attributes:
        file: the kept copy of the .jvpack.
        opened: what the file says of itself, its files extracted to ``opened.folder``.
    """

    file: Path
    opened: jvpack.Opened


class PackLibrary:
    """Pack files opened in the app, kept by their SHA-256 with their files extracted."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else data_dir() / "packs"

    def add(self, path: Path) -> KeptPack:
        """Check a pack file, keep a copy of it, and extract it beside the copy.

        Everything is checked before anything is kept: a refused file leaves nothing.

        Raises:
            JvpackError: the file cannot be read, or is refused (``jvpack.extract`` says why).
            SignatureError: its contents do not match its signature.
        """
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            scratch = Path(tempfile.mkdtemp(prefix=".opening-", dir=self.root))
        except OSError as error:
            raise JvpackError(
                _("cannot keep the pack in {folder}: {reason}").format(
                    folder=self.root, reason=error.strerror or error
                )
            ) from None
        try:
            copy = scratch / "pack.jvpack"
            digest = _copy(path, copy)
            files = scratch / "files"
            files.mkdir()
            opened = jvpack.extract(copy, files, shown=path)
            entry = self.root / digest[:32]
            if entry.exists():
                shutil.rmtree(entry)
            scratch.replace(entry)
        except OSError as error:
            raise JvpackError(
                _("cannot keep the pack in {folder}: {reason}").format(
                    folder=self.root, reason=error.strerror or error
                )
            ) from None
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        kept = entry / "pack.jvpack"
        return KeptPack(kept, dataclasses.replace(opened, folder=entry / "files"))


def _copy(source: Path, target: Path) -> str:
    """Copy a file no larger than a pack file may be; return its SHA-256.

    Raises:
        JvpackError: it is larger than a pack file may be.
        OSError: it cannot be read or written.
    """
    most = jvpack.LIMITS.total_bytes + jvpack.LIMITS.manifest_bytes
    digest = hashlib.sha256()
    copied = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(jvpack.CHUNK):
            copied += len(chunk)
            if copied > most:
                raise JvpackError(
                    _("{file} cannot be opened: {reason}").format(
                        file=source.name, reason=_("it is larger than a pack file may be")
                    )
                )
            digest.update(chunk)
            writer.write(chunk)
    return digest.hexdigest()
