"""A content pack in one signed file: build a .jvpack, check it, and open it.

The format is documented in docs/jvpack-format.md, so that another tool can verify a pack.
In short: a ZIP archive of the pack's files, with ``jvpack.json`` (the manifest: the pack's
id, version and title, the publisher the signer names, and the SHA-256 of every file) and,
when signed, ``jvpack.sig`` (an Ed25519 signature over the manifest's exact bytes and the
public key that made it).

A .jvpack is untrusted input, read from e-mail or a USB stick. Everything that could harm
the reader is refused from the ZIP central directory before a byte is extracted (see
``LIMITS``), and the files are extracted only into a private folder the caller owns, each
read with a hard limit and checked against the manifest.

Signatures use the ``cryptography`` library: it is the Python Cryptographic Authority's
binding of OpenSSL, maintained and audited, with wheels for every platform jvdesk ships on.
PyNaCl would do the same (libsodium) but adds a second native library for one algorithm;
a hand-written Ed25519 would be slow and unaudited; GnuPG needs a program officials cannot
install. Keys are Ed25519: short, deterministic signatures, no parameters to get wrong.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jvdesk.core.i18n import _
from jvdesk.core.pack import ContentPack

MANIFEST = "jvpack.json"
SIGNATURE = "jvpack.sig"
FORMAT = "jvpack"
FORMAT_VERSION = 1
PUBLIC_KEY_FORMAT = "jvdesk-public-key"


@dataclass(frozen=True)
class Limits:
    """What a .jvpack may hold: far more than a pack needs, far less than could hurt."""

    entries: int = 2000
    file_bytes: int = 10 * 1024 * 1024
    total_bytes: int = 50 * 1024 * 1024
    ratio: int = 100  # uncompressed size over compressed size, for entries over 4 KiB
    manifest_bytes: int = 1024 * 1024


LIMITS = Limits()
RATIO_FROM = 4096  # smaller entries cannot hurt, whatever their ratio
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a ZIP can say: every build is the same
CHUNK = 64 * 1024


class JvpackError(Exception):
    """A .jvpack that cannot be read or trusted; the message is one line for the user."""


class SignatureError(JvpackError):
    """The pack's contents do not match its signature, or not the key it must be signed by."""


@dataclass(frozen=True)
class PublicKey:
    """A publisher's public key, with the name stored beside it.

    Attributes:
        publisher: the publisher's name as the key file gives it.
        raw: the 32 bytes of the Ed25519 public key.
    """

    publisher: str
    raw: bytes

    @property
    def fingerprint(self) -> str:
        """A short, readable digest of the key: 'a1b2 c3d4 e5f6 0718'."""
        digest = hashlib.sha256(self.raw).hexdigest()[:16]
        return " ".join(digest[i : i + 4] for i in range(0, 16, 4))

    def to_json(self) -> str:
        record = {
            "format": PUBLIC_KEY_FORMAT,
            "version": 1,
            "publisher": self.publisher,
            "algorithm": "ed25519",
            "key": base64.b64encode(self.raw).decode("ascii"),
        }
        return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def read_public_key(path: Path) -> PublicKey:
    """Read a ``.pub`` file written by ``jvdesk pack keygen``.

    Raises:
        JvpackError: when the file cannot be read or is not such a key.
    """
    try:
        text = path.read_bytes()[: 64 * 1024].decode("utf-8")
        record = json.loads(text)
        if not isinstance(record, dict) or record.get("format") != PUBLIC_KEY_FORMAT:
            raise ValueError
        if record.get("algorithm") != "ed25519":
            raise ValueError
        raw = base64.b64decode(record["key"], validate=True)
        publisher = record.get("publisher", "")
        if len(raw) != 32 or not isinstance(publisher, str):
            raise ValueError
    except OSError as error:
        raise JvpackError(
            _("cannot read the key {file}: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from None
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error):
        raise JvpackError(
            _("{file} is not a jvdesk public key (made by `jvdesk pack keygen`)").format(file=path)
        ) from None
    return PublicKey(publisher=publisher, raw=raw)


def keygen(key_path: Path, publisher: str) -> PublicKey:
    """Write a new private key to ``key_path`` (mode 0600) and its public key beside it.

    The public key goes to ``key_path`` + ``.pub`` and carries the publisher's name.

    Raises:
        JvpackError: when either file exists already (a key is never overwritten) or
            cannot be written.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public_path = _public_path(key_path)
    for path in (key_path, public_path):
        if path.exists():
            raise JvpackError(
                _(
                    "{file} exists already; jvdesk never overwrites a key, choose another name"
                ).format(file=path)
            )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    key = PublicKey(publisher=publisher, raw=raw)
    try:
        descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(pem)
        public_path.write_text(key.to_json(), encoding="utf-8")
    except OSError as error:
        raise JvpackError(
            _("cannot write the key {file}: {reason}").format(
                file=error.filename or key_path, reason=error.strerror or error
            )
        ) from None
    return key


def _public_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + ".pub")


def _private_key(key_path: Path) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    except OSError as error:
        raise JvpackError(
            _("cannot read the key {file}: {reason}").format(
                file=key_path, reason=error.strerror or error
            )
        ) from None
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise JvpackError(
            _("{file} is not a jvdesk private key (made by `jvdesk pack keygen`)").format(
                file=key_path
            )
        )
    return key


def _canonical(record: dict[str, Any]) -> bytes:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def build(pack: ContentPack, output: Path, key_path: Path | None = None) -> None:
    """Write a validated pack's files as one .jvpack file, signed if a key is given.

    Two builds of the same folder with the same key are byte-identical: entries in a fixed
    order, with fixed times and modes, and Ed25519 signatures are deterministic.

    Args:
        pack: the pack, as ``load_pack`` checked it (the desktop app never loads the
            validator, so it is the caller's to load).
        output: the .jvpack file to write.
        key_path: the private key to sign with, its public key beside it (``KEY.pub``).

    Raises:
        JvpackError: the key cannot be used, or the file cannot be written.
    """
    files = sorted(pack.files)
    contents = {name: (pack.folder / name).read_bytes() for name in files}
    signer = None
    publisher = None
    if key_path is not None:
        signer = _private_key(key_path)
        public_path = _public_path(key_path)
        publisher = read_public_key(public_path).publisher if public_path.exists() else None
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "pack": {"id": pack.meta.id, "version": pack.meta.version, "title": pack.meta.title},
        "publisher": publisher,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in contents.items()},
    }
    manifest_bytes = _canonical(manifest)
    entries: list[tuple[str, bytes]] = [(MANIFEST, manifest_bytes)]
    if signer is not None:
        from cryptography.hazmat.primitives import serialization

        raw = signer.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        signature = {
            "algorithm": "ed25519",
            "key": base64.b64encode(raw).decode("ascii"),
            "signature": base64.b64encode(signer.sign(manifest_bytes)).decode("ascii"),
        }
        entries.append((SIGNATURE, _canonical(signature)))
    entries += list(contents.items())
    _write_zip(output, entries)


def _write_zip(output: Path, entries: Sequence[tuple[str, bytes]]) -> None:
    """Write a ZIP atomically: into a temporary file beside ``output``, then renamed."""
    output = output.resolve()
    try:
        handle, temporary = tempfile.mkstemp(prefix=".jvpack-", dir=output.parent)
    except OSError as error:
        raise JvpackError(
            _("cannot write {file}: {reason}").format(file=output, reason=error.strerror or error)
        ) from None
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w") as archive:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # Unix, so that the mode below is read
                info.external_attr = (stat.S_IFREG | 0o644) << 16
                archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
        Path(temporary).chmod(0o644)
        Path(temporary).replace(output)
    except OSError as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise JvpackError(
            _("cannot write {file}: {reason}").format(file=output, reason=error.strerror or error)
        ) from None


@dataclass(frozen=True)
class Opened:
    """A .jvpack, checked and extracted.

    Attributes:
        folder: where its files were extracted (a private folder the caller removes).
        pack_id, version, title: as the manifest gives them.
        claimed_publisher: the publisher the signer wrote into the manifest; never shown as
            who signed (anyone can write a ministry's name), only beside a trusted name.
        signer: the key that signed the manifest, when the pack is signed (and the
            signature is valid: a mismatch is refused).
    """

    folder: Path
    pack_id: str
    version: str
    title: str
    claimed_publisher: str | None
    signer: PublicKey | None


def _refuse(path: Path, reason: str) -> JvpackError:
    return JvpackError(_("{file} cannot be opened: {reason}").format(file=path.name, reason=reason))


def _mismatch(path: Path, reason: str) -> SignatureError:
    return SignatureError(
        _("{file} cannot be opened: {reason}").format(file=path.name, reason=reason)
    )


def _check_name(name: str) -> str | None:
    """What is wrong with an entry's name, or None when it is a plain relative path."""
    if not name or "\\" in name or "\x00" in name:
        return _("an entry has a name no file of a pack can have")
    if name.startswith("/") or ":" in name:  # ":" as in C:\ or C:file on Windows
        return _("an entry has an absolute path ({name})").format(name=name)
    if any(part in ("", ".", "..") for part in name.rstrip("/").split("/")):
        return _("an entry leads outside the pack ({name})").format(name=name)
    return None


def check_archive(
    path: Path, archive: zipfile.ZipFile, limits: Limits = LIMITS
) -> list[zipfile.ZipInfo]:
    """Check every entry from the central directory, before anything is extracted.

    Returns:
        The file entries (folders left out).

    Raises:
        JvpackError: on the first entry or total that breaks a rule.
    """
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise _refuse(
            path,
            _("it has {count} entries; a pack file may have at most {most}").format(
                count=len(infos), most=limits.entries
            ),
        )
    seen: set[str] = set()
    total = 0
    files = []
    for info in infos:
        name = info.filename
        trouble = _check_name(name)
        if trouble is not None:
            raise _refuse(path, trouble)
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            raise _refuse(path, _("the entry {name} is there twice").format(name=name))
        seen.add(folded)
        if info.flag_bits & 0x1:
            raise _refuse(path, _("the entry {name} is encrypted").format(name=name))
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise _refuse(path, _("the entry {name} is a symbolic link").format(name=name))
        if name.endswith("/"):
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(
                path,
                _("the entry {name} uses a compression jvdesk does not read").format(name=name),
            )
        if info.file_size > limits.file_bytes:
            raise _refuse(
                path,
                _("the entry {name} is larger than {most} MB").format(
                    name=name, most=limits.file_bytes // (1024 * 1024)
                ),
            )
        if info.file_size > RATIO_FROM and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise _refuse(
                path,
                _("the entry {name} expands more than {ratio} times (a compression bomb)").format(
                    name=name, ratio=limits.ratio
                ),
            )
        total += info.file_size
        if total > limits.total_bytes:
            raise _refuse(
                path,
                _("its files come to more than {most} MB").format(
                    most=limits.total_bytes // (1024 * 1024)
                ),
            )
        files.append(info)
    return files


def _read_entry(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """An entry's bytes in chunks, never more than its central directory says."""
    left = info.file_size
    try:
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(min(CHUNK, left + 1))
                if not chunk:
                    break
                left -= len(chunk)
                if left < 0:
                    raise _refuse(
                        path,
                        _("the entry {name} is longer than the archive's directory says").format(
                            name=info.filename
                        ),
                    )
                yield chunk
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise _refuse(
            path,
            _("the entry {name} is damaged ({reason})").format(name=info.filename, reason=error),
        ) from None
    if left != 0:
        raise _refuse(
            path,
            _("the entry {name} is shorter than the archive's directory says").format(
                name=info.filename
            ),
        )


def _manifest(
    path: Path, archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]
) -> tuple[bytes, dict[str, Any]]:
    info = by_name.get(MANIFEST)
    if info is None:
        raise _refuse(
            path, _("it has no {manifest}; it is not a jvdesk pack file").format(manifest=MANIFEST)
        )
    if info.file_size > LIMITS.manifest_bytes:
        raise _refuse(path, _("its manifest is too large"))
    data = b"".join(_read_entry(path, archive, info))
    try:
        record = json.loads(data.decode("utf-8"))
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise ValueError
        version = record.get("format_version")
        if not isinstance(version, int) or version < 1:
            raise ValueError
        pack = record["pack"]
        files = record["files"]
        if not isinstance(pack, dict) or not isinstance(files, dict):
            raise ValueError
        for key in ("id", "version", "title"):
            if not isinstance(pack.get(key), str):
                raise ValueError
        for name, digest in files.items():
            if not isinstance(name, str) or not isinstance(digest, str) or len(digest) != 64:
                raise ValueError
        if record.get("publisher") is not None and not isinstance(record["publisher"], str):
            raise ValueError
    except (ValueError, KeyError, UnicodeDecodeError):
        raise _refuse(path, _("its manifest is damaged")) from None
    if version > FORMAT_VERSION:
        raise _refuse(
            path,
            _("it is written in pack file format {version}; update jvdesk to open it").format(
                version=version
            ),
        )
    return data, record


def _signer(
    path: Path, archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo], manifest: bytes
) -> PublicKey | None:
    info = by_name.get(SIGNATURE)
    if info is None:
        return None
    if info.file_size > 64 * 1024:
        raise _mismatch(path, _("its signature is damaged"))
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        record = json.loads(b"".join(_read_entry(path, archive, info)).decode("utf-8"))
        if record.get("algorithm") != "ed25519":
            raise ValueError
        raw = base64.b64decode(record["key"], validate=True)
        signature = base64.b64decode(record["signature"], validate=True)
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, manifest)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, binascii.Error):
        raise _mismatch(path, _("its signature is damaged")) from None
    except InvalidSignature:
        raise _mismatch(path, _("the signature does not match its contents")) from None
    return PublicKey(publisher="", raw=raw)


def extract(path: Path, folder: Path, limits: Limits = LIMITS, shown: Path | None = None) -> Opened:
    """Check a .jvpack and extract its pack files into ``folder`` (which must be empty).

    ``shown`` is the file as the user knows it, named in messages (``path`` may be a copy).

    Raises:
        JvpackError: the file is not a pack file, breaks a limit or is damaged.
        SignatureError: its signature or a file's digest does not match.
    """
    label = shown or path
    try:
        size = path.stat().st_size
    except OSError as error:
        raise JvpackError(
            _("cannot read {file}: {reason}").format(file=path, reason=error.strerror or error)
        ) from None
    if size > limits.total_bytes + limits.manifest_bytes:
        raise _refuse(label, _("it is larger than a pack file may be"))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise _refuse(label, _("it is not a jvdesk pack file (not a ZIP archive)")) from None
    with archive:
        files = check_archive(label, archive, limits)
        by_name = {info.filename: info for info in files}
        manifest_bytes, manifest = _manifest(label, archive, by_name)
        signer = _signer(label, archive, by_name, manifest_bytes)
        listed: dict[str, str] = manifest["files"]
        present = set(by_name) - {MANIFEST, SIGNATURE}
        if present != set(listed):
            extra = sorted(present - set(listed))
            missing = sorted(set(listed) - present)
            reason = (
                _("the entry {name} is not in its manifest").format(name=extra[0])
                if extra
                else _("the file {name} of its manifest is missing").format(name=missing[0])
            )
            raise _mismatch(label, reason)
        for name in sorted(listed):
            trouble = _check_name(name)
            if trouble is not None:
                raise _refuse(label, trouble)
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                for chunk in _read_entry(label, archive, by_name[name]):
                    digest.update(chunk)
                    handle.write(chunk)
            if digest.hexdigest() != listed[name]:
                raise _mismatch(
                    label, _("the file {name} does not match its manifest").format(name=name)
                )
    pack = manifest["pack"]
    return Opened(
        folder=folder,
        pack_id=pack["id"],
        version=pack["version"],
        title=pack["title"],
        claimed_publisher=manifest.get("publisher"),
        signer=signer,
    )


@contextlib.contextmanager
def opened(path: Path, limits: Limits = LIMITS) -> Iterator[Opened]:
    """A .jvpack extracted into a private temporary folder, removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="jvdesk-pack-"))  # mode 0700: this user's only
    try:
        yield extract(path, folder, limits)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def trusted_by(opened_pack: Opened, keys: Sequence[PublicKey]) -> PublicKey | None:
    """The trusted key that signed the pack (with its stored name), or None."""
    if opened_pack.signer is None:
        return None
    return next((key for key in keys if key.raw == opened_pack.signer.raw), None)


def compare_versions(first: str, second: str) -> int:
    """Compare dotted versions numerically: -1, 0 or 1 ('1.10' is after '1.9')."""

    def parts(version: str) -> tuple[int, ...]:
        numbers = [int(part) for part in version.split(".") if part.isdigit()]
        while numbers and numbers[-1] == 0:
            numbers.pop()
        return tuple(numbers)

    one, two = parts(first), parts(second)
    return (one > two) - (one < two)
