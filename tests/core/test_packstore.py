"""Trusted publishers' keys and the pack files the app keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core import jvpack
from jvdesk.core.jvpack import JvpackError
from jvdesk.core.loader import load_pack
from jvdesk.core.packstore import PackLibrary, TrustStore
from tests.conftest import MINIMAL_PACK


def test_a_users_key_is_kept_once_and_can_be_removed(tmp_path: Path) -> None:
    public = jvpack.keygen(tmp_path / "desk.key", "India desk")
    store = TrustStore(user=tmp_path / "user", system=tmp_path / "system")
    first = store.add(tmp_path / "desk.key.pub")
    again = store.add(tmp_path / "desk.key.pub")
    assert first == again
    assert [trusted.name for trusted in store.trusted()] == ["India desk"]
    assert store.find(public) == first
    store.remove(first)
    assert store.trusted() == []


def test_an_administrators_key_cannot_be_removed_by_a_user(tmp_path: Path) -> None:
    system = tmp_path / "system"
    system.mkdir()
    jvpack.keygen(tmp_path / "embassy.key", "Embassy")
    (system / "embassy.pub").write_bytes((tmp_path / "embassy.key.pub").read_bytes())
    (system / "notes.pub").write_text("not a key", encoding="utf-8")  # skipped, not fatal
    store = TrustStore(user=tmp_path / "user", system=system)
    (trusted,) = store.trusted()
    assert trusted.system and trusted.name == "Embassy"
    with pytest.raises(JvpackError, match="installed for every user by an administrator"):
        store.remove(trusted)
    assert (system / "embassy.pub").exists()


def test_a_kept_pack_file_is_extracted_beside_its_copy(tmp_path: Path) -> None:
    built = tmp_path / "update.jvpack"
    jvpack.build(load_pack(MINIMAL_PACK), built)
    library = PackLibrary(tmp_path / "library")
    kept = library.add(built)
    assert kept.file.read_bytes() == built.read_bytes()
    assert (kept.opened.folder / "pack.yaml").is_file()
    built.unlink()  # the USB stick is gone: the pack stays
    assert load_pack(kept.opened.folder).meta.id == "minimal"


def test_a_refused_pack_file_leaves_nothing_in_the_library(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jvpack"
    notes.write_text("not a zip", encoding="utf-8")
    library = PackLibrary(tmp_path / "library")
    with pytest.raises(JvpackError, match=r"notes\.jvpack cannot be opened"):
        library.add(notes)
    assert list((tmp_path / "library").iterdir()) == []
