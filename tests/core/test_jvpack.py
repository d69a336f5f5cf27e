"""Pack files (.jvpack): built byte for byte the same, signed, and refused when hostile.

Every hostile archive here is built by hand, as an attacker would, and must be refused from
the ZIP central directory with one line, leaving nothing behind.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jvdesk.cli import main
from jvdesk.core import jvpack
from jvdesk.core.jvpack import JvpackError, Limits, SignatureError
from jvdesk.core.loader import load_pack
from tests.conftest import MINIMAL_PACK, Edit


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "keys" / "desk.key"
    path.parent.mkdir()
    jvpack.keygen(path, "India–Japan desk")
    return path


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Where the reader extracts to: checked to be empty again after every test."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    yield scratch
    assert list(scratch.iterdir()) == []  # nothing left behind, refused or not


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: we mean it
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in entries:
                archive.writestr(info, data)
    return path


def _open(path: Path, limits: Limits = jvpack.LIMITS) -> jvpack.Opened:
    with jvpack.opened(path, limits) as result:
        assert (result.folder / "pack.yaml").is_file()
        return result


def test_two_builds_with_one_key_are_byte_identical(tmp_path: Path, key: Path) -> None:
    first, second = tmp_path / "a.jvpack", tmp_path / "b.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), first, key)
    jvpack.build(load_pack(MINIMAL_PACK), second, key)
    assert first.read_bytes() == second.read_bytes()
    names = list(_entries(first))
    assert names[:2] == [jvpack.MANIFEST, jvpack.SIGNATURE]
    assert sorted(names[2:]) == [
        "pack.yaml",
        "panels/alpha.yaml",
        "panels/beta.yaml",
        "sources.yaml",
    ]


def test_a_signed_pack_names_its_key_and_a_trusted_key_its_publisher(
    tmp_path: Path, key: Path
) -> None:
    built = tmp_path / "signed.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built, key)
    opened = _open(built)
    public = jvpack.read_public_key(key.with_name("desk.key.pub"))
    assert opened.signer is not None and opened.signer.raw == public.raw
    assert (opened.pack_id, opened.version, opened.claimed_publisher) == (
        "minimal",
        "1.0",
        "India–Japan desk",
    )
    assert jvpack.trusted_by(opened, [public]) == public
    other = tmp_path / "other.key"
    assert jvpack.trusted_by(opened, [jvpack.keygen(other, "Someone")]) is None


def test_an_unsigned_pack_opens_with_no_signer(tmp_path: Path) -> None:
    built = tmp_path / "plain.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built)
    assert _open(built).signer is None
    assert jvpack.SIGNATURE not in _entries(built)


def test_the_private_key_is_for_its_owner_alone_and_never_overwritten(key: Path) -> None:
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert key.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    with pytest.raises(JvpackError, match="exists already; jvdesk never overwrites a key"):
        jvpack.keygen(key, "Another")


def test_a_changed_file_does_not_match_the_manifest(tmp_path: Path, key: Path) -> None:
    built = tmp_path / "s.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built, key)
    entries = _entries(built)
    entries["panels/alpha.yaml"] = entries["panels/alpha.yaml"].replace(b"value: 10", b"value: 90")
    forged = _zip(tmp_path / "forged.jvpack", list(entries.items()))
    with pytest.raises(
        SignatureError, match=re.escape("the file panels/alpha.yaml does not match its manifest")
    ):
        _open(forged)


def test_a_changed_manifest_does_not_match_the_signature(tmp_path: Path, key: Path) -> None:
    built = tmp_path / "s.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built, key)
    entries = _entries(built)
    entries[jvpack.MANIFEST] = entries[jvpack.MANIFEST].replace(b'"1.0"', b'"9.0"')
    forged = _zip(tmp_path / "forged.jvpack", list(entries.items()))
    with pytest.raises(SignatureError, match="the signature does not match its contents"):
        _open(forged)


def test_a_file_added_after_signing_is_refused(tmp_path: Path, key: Path) -> None:
    built = tmp_path / "s.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built, key)
    entries = [*_entries(built).items(), ("panels/gamma.yaml", b"id: gamma\n")]
    with pytest.raises(
        SignatureError, match=re.escape("the entry panels/gamma.yaml is not in its manifest")
    ):
        _open(_zip(tmp_path / "added.jvpack", entries))


def _hostile(tmp_path: Path, name: str | zipfile.ZipInfo, data: bytes = b"x") -> Path:
    """A valid unsigned pack file with one more entry."""
    built = tmp_path / "base.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built)
    return _zip(tmp_path / "hostile.jvpack", [*_entries(built).items(), (name, data)])


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


ENCRYPTED = "panels/secret.yaml"


def _mark_encrypted(path: Path) -> Path:
    """Set the "encrypted" flag of ENCRYPTED in its headers (zipfile will not write it)."""
    data = bytearray(path.read_bytes())
    name = ENCRYPTED.encode()
    for signature, flags, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        at = data.find(signature)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + flags] |= 0x1
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("entry", "said"),
    [
        ("../outside.yaml", "an entry leads outside the pack (../outside.yaml)"),
        ("panels/../../outside.yaml", "an entry leads outside the pack"),
        ("/etc/passwd", "an entry has an absolute path (/etc/passwd)"),
        ("C:/Windows/x.yaml", "an entry has an absolute path"),
        ("panels\\evil.yaml", "an entry has a name no file of a pack can have"),
        (_symlink("panels/link.yaml"), "the entry panels/link.yaml is a symbolic link"),
        (ENCRYPTED, "the entry panels/secret.yaml is encrypted"),
        ("pack.yaml", "the entry pack.yaml is there twice"),
        ("PACK.yaml", "the entry PACK.yaml is there twice"),  # one file on Windows and macOS
    ],
)
def test_hostile_entries_are_refused_before_anything_is_extracted(
    tmp_path: Path, entry: str | zipfile.ZipInfo, said: str
) -> None:
    hostile = _hostile(tmp_path, entry)
    if entry == ENCRYPTED:
        _mark_encrypted(hostile)
    with pytest.raises(JvpackError) as refused:
        _open(hostile)
    assert said in str(refused.value)
    assert str(refused.value).startswith("hostile.jvpack cannot be opened: ")
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "outside.yaml").exists()


def test_more_entries_than_a_pack_needs_are_refused(tmp_path: Path) -> None:
    crowded = _zip(tmp_path / "many.jvpack", [(f"f{n}.yaml", b"") for n in range(2001)])
    with pytest.raises(JvpackError, match="it has 2001 entries; a pack file may have at most 2000"):
        _open(crowded)


def test_a_compression_bomb_is_refused_from_the_directory(tmp_path: Path) -> None:
    bomb = _hostile(tmp_path, "panels/zeros.yaml", bytes(5 * 1024 * 1024))  # 5 MB of zeros
    (info,) = [i for i in zipfile.ZipFile(bomb).infolist() if i.filename == "panels/zeros.yaml"]
    assert info.file_size > 100 * info.compress_size
    with pytest.raises(JvpackError, match="expands more than 100 times \\(a compression bomb\\)"):
        _open(bomb)


def test_files_larger_than_the_limits_are_refused(tmp_path: Path) -> None:
    one_mb = 1024 * 1024
    large = _hostile(tmp_path, "panels/large.yaml", os.urandom(one_mb + 1))
    with pytest.raises(
        JvpackError, match=re.escape("the entry panels/large.yaml is larger than 1 MB")
    ):
        _open(large, Limits(file_bytes=one_mb))
    with pytest.raises(JvpackError, match="its files come to more than 1 MB"):
        _open(large, Limits(total_bytes=one_mb))


def test_a_file_that_is_not_a_zip_gets_one_line(tmp_path: Path) -> None:
    text = tmp_path / "notes.jvpack"
    text.write_text("These are my notes, not a pack.\n", encoding="utf-8")
    with pytest.raises(JvpackError) as refused:
        _open(text)
    assert str(refused.value) == (
        "notes.jvpack cannot be opened: it is not a jvdesk pack file (not a ZIP archive)"
    )


def test_a_zip_without_a_manifest_is_not_a_pack_file(tmp_path: Path) -> None:
    plain = _zip(tmp_path / "plain.jvpack", [("pack.yaml", b"id: x\n")])
    with pytest.raises(
        JvpackError, match=re.escape("it has no jvpack.json; it is not a jvdesk pack file")
    ):
        _open(plain)


def test_a_folder_that_is_not_a_valid_pack_is_not_built(
    tmp_path: Path, pack_dir: Path, edit: Edit
) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    code = main(["pack", "build", str(pack_dir), "-o", str(tmp_path / "broken.jvpack")])
    assert code == 1
    assert not (tmp_path / "broken.jvpack").exists()


@pytest.mark.parametrize(
    ("first", "second", "order"),
    [("1.0", "1.1", -1), ("1.10", "1.9", 1), ("2", "2.0.0", 0), ("1.2", "1.2", 0)],
)
def test_versions_compare_as_numbers(first: str, second: str, order: int) -> None:
    assert jvpack.compare_versions(first, second) == order


def test_a_public_key_file_is_checked(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.pub"
    wrong.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(JvpackError, match="is not a jvdesk public key"):
        jvpack.read_public_key(wrong)
