"""A pack other than the shipped one opens from its cached snapshot after its first check."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from jvdesk.core import snapshot, snapshotcache
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.snapshot import Waiting, open_pack, pack_json
from tests.conftest import Edit

Checks = list[Path]


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Checks:
    """Every pack folder checked in a child process, in order (the real check still runs)."""
    folders: Checks = []
    check = snapshot.check_in_child

    def counted(folder: Path, waiting: Waiting | None = None) -> ContentPack:
        folders.append(folder)
        return check(folder, waiting)

    monkeypatch.setattr(snapshot, "check_in_child", counted)
    return folders


def _entries() -> list[Path]:
    folder = snapshotcache.cache_dir()
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_the_cache_is_in_the_user_cache_folder() -> None:
    cache_home = Path(os.environ["XDG_CACHE_HOME"])  # tests/conftest.py points it at tmp
    assert snapshotcache.cache_dir() == cache_home / "jvdesk" / "snapshots"


def test_jvdesk_cache_dir_overrides_the_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JVDESK_CACHE_DIR", str(tmp_path / "bench-cache"))
    assert snapshotcache.cache_dir() == tmp_path / "bench-cache"


def test_a_pack_is_checked_once_then_opens_from_the_cache(pack_dir: Path, checks: Checks) -> None:
    first = open_pack(pack_dir)
    assert len(checks) == 1
    assert len(_entries()) == 1
    again = open_pack(pack_dir)
    assert len(checks) == 1  # no child process the second time
    assert again == first == load_pack(pack_dir.resolve())


def test_a_copy_of_a_cached_pack_opens_from_the_cache_in_its_own_folder(
    pack_dir: Path, checks: Checks, tmp_path: Path
) -> None:
    open_pack(pack_dir)
    copy = tmp_path / "copy"
    pack_dir.rename(copy)
    assert open_pack(copy).folder == copy
    assert len(checks) == 1


def _add_panel(pack_dir: Path, edit: Edit) -> None:
    beta = (pack_dir / "panels/beta.yaml").read_text(encoding="utf-8")
    gamma = beta.replace("id: beta", "id: gamma").replace("Beta", "Gamma")
    (pack_dir / "panels/gamma.yaml").write_text(gamma, encoding="utf-8")
    edit("pack.yaml", "  - panels/beta.yaml\n", "  - panels/beta.yaml\n  - panels/gamma.yaml\n")


CHANGES: dict[str, Callable[[Path, Edit], None]] = {
    "a panel's figure": lambda pack, edit: edit("panels/alpha.yaml", "value: 10", "value: 11"),
    "a source": lambda pack, edit: edit("sources.yaml", "url:", "url: "),
    "pack.yaml": lambda pack, edit: edit("pack.yaml", "title: Minimal pack", "title: Renamed"),
    "a new panel file listed in pack.yaml": _add_panel,
    "a new YAML file not listed": lambda pack, edit: (pack / "notes.yaml").write_text("a: 1\n"),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_changing_any_file_checks_the_pack_again(
    pack_dir: Path, edit: Edit, checks: Checks, change: Callable[[Path, Edit], None]
) -> None:
    open_pack(pack_dir)
    change(pack_dir, edit)
    assert open_pack(pack_dir) == load_pack(pack_dir.resolve())
    assert len(checks) == 2
    open_pack(pack_dir)
    assert len(checks) == 2  # the changed pack is cached in turn


def test_a_new_panel_file_shows_once_checked_again(
    pack_dir: Path, edit: Edit, checks: Checks
) -> None:
    assert len(open_pack(pack_dir).panels) == 2
    _add_panel(pack_dir, edit)
    assert [panel.id for panel in open_pack(pack_dir).panels] == ["alpha", "beta", "gamma"]


def test_going_back_to_an_earlier_version_needs_no_check(
    pack_dir: Path, edit: Edit, checks: Checks
) -> None:
    open_pack(pack_dir)
    edit("panels/alpha.yaml", "value: 10", "value: 11")
    open_pack(pack_dir)
    edit("panels/alpha.yaml", "value: 11", "value: 10")
    open_pack(pack_dir)
    assert len(checks) == 2


def test_a_pack_with_problems_is_not_cached(pack_dir: Path, edit: Edit, checks: Checks) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    for _ in range(2):
        with pytest.raises(PackError, match="expected a number, got 'ten'"):
            open_pack(pack_dir)
    assert len(checks) == 2
    assert _entries() == []


def _entry(pack_dir: Path) -> Path:
    key = snapshotcache.pack_key(pack_dir)
    assert key is not None
    return snapshotcache.cache_dir() / f"{key}.json"


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda data: b"",
    "cut short": lambda data: data[: len(data) // 2],
    "not text": lambda data: b"\xff\xfe" * 100,
    "a figure altered": lambda data: data.replace(b'"value": 10.0', b'"value": 19.0', 1),
    "its digest altered": lambda data: b"0" * 64 + data[64:],
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_entry_is_ignored_and_replaced(
    pack_dir: Path, checks: Checks, damage: Callable[[bytes], bytes]
) -> None:
    expected = open_pack(pack_dir)
    entry = _entry(pack_dir)
    damaged = damage(entry.read_bytes())
    assert damaged != entry.read_bytes()
    entry.write_bytes(damaged)
    assert open_pack(pack_dir) == expected
    assert len(checks) == 2
    assert snapshotcache.load(entry.stem) is not None  # written again, whole
    open_pack(pack_dir)
    assert len(checks) == 2


def test_an_entry_is_trusted_only_while_its_checksum_matches_the_pack(
    pack_dir: Path, checks: Checks
) -> None:
    # A whole entry under the pack's key whose snapshot was made from other files (the
    # key does not cover every possible panel file: see pack_key).
    stale = json.loads(pack_json(load_pack(pack_dir)))
    stale["checksum"] = "0" * 64
    stale["meta"]["title"] = "Not this pack"
    key = snapshotcache.pack_key(pack_dir)
    assert key is not None
    snapshotcache.store(key, json.dumps(stale))
    assert open_pack(pack_dir).title == "Minimal pack"
    assert len(checks) == 1


def test_an_entry_this_jvdesk_cannot_read_is_checked_again(pack_dir: Path, checks: Checks) -> None:
    key = snapshotcache.pack_key(pack_dir)
    assert key is not None
    snapshotcache.store(key, '{"format": 1, "checksum": "x", "files": [], "meta": []}')
    assert open_pack(pack_dir) == load_pack(pack_dir.resolve())
    assert len(checks) == 1


def test_a_cache_that_cannot_be_written_is_no_error(
    pack_dir: Path, checks: Checks, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(snapshotcache, "cache_dir", lambda: blocked / "snapshots")
    for _ in range(2):
        assert open_pack(pack_dir) == load_pack(pack_dir.resolve())
    assert len(checks) == 2


def test_a_new_checker_checks_again(
    pack_dir: Path, checks: Checks, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another jvdesk version (or, in a checkout, edited core sources) may judge differently.
    open_pack(pack_dir)
    monkeypatch.setattr(snapshotcache, "_checker", lambda: b"another jvdesk")
    open_pack(pack_dir)
    assert len(checks) == 2


def test_the_key_covers_every_yaml_file_by_path_and_content(pack_dir: Path) -> None:
    key = snapshotcache.pack_key(pack_dir)
    (pack_dir / "panels/alpha.yaml").rename(pack_dir / "panels/alpha2.yaml")
    assert snapshotcache.pack_key(pack_dir) != key
    (pack_dir / "panels/alpha2.yaml").rename(pack_dir / "panels/alpha.yaml")
    assert snapshotcache.pack_key(pack_dir) == key
    hidden = pack_dir / ".git"
    hidden.mkdir()
    (hidden / "config.yaml").write_text("a: 1\n", encoding="utf-8")
    assert snapshotcache.pack_key(pack_dir) == key  # hidden folders are not walked


def test_a_file_name_that_is_not_utf8_still_gives_a_key(pack_dir: Path) -> None:
    key = snapshotcache.pack_key(pack_dir)
    try:
        (pack_dir / os.fsdecode(b"notes-\xff.yaml")).write_bytes(b"a: 1\n")
    except OSError:
        pytest.skip("this file system takes UTF-8 file names only")
    assert snapshotcache.pack_key(pack_dir) not in (None, key)


def test_a_folder_too_large_to_hash_is_checked_every_time(
    pack_dir: Path, checks: Checks, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshotcache, "MAX_KEY_ENTRIES", 3)
    assert snapshotcache.pack_key(pack_dir) is None
    for _ in range(2):
        open_pack(pack_dir)
    assert len(checks) == 2
    monkeypatch.setattr(snapshotcache, "MAX_KEY_ENTRIES", 100)
    monkeypatch.setattr(snapshotcache, "MAX_KEY_BYTES", 1000)
    assert snapshotcache.pack_key(pack_dir) is None


def test_a_folder_without_pack_yaml_has_no_key(tmp_path: Path) -> None:
    assert snapshotcache.pack_key(tmp_path) is None
    assert snapshotcache.pack_key(tmp_path / "nowhere") is None


def _store_many(count: int) -> list[str]:
    keys = [f"{index:064x}" for index in range(count)]
    for index, key in enumerate(keys):
        snapshotcache.store(key, "x" * 1000)
        stamp = 1_000_000 + index  # in the past, oldest first: only the order matters
        os.utime(snapshotcache.cache_dir() / f"{key}.json", (stamp, stamp))
    return keys


def test_the_cache_keeps_the_most_recent_entries() -> None:
    keys = _store_many(snapshotcache.KEEP_ENTRIES + 5)
    assert [entry.stem for entry in _entries()] == keys[5:]


def test_an_entry_used_again_is_kept_longest() -> None:
    keys = _store_many(snapshotcache.KEEP_ENTRIES)
    assert snapshotcache.load(keys[0]) is not None  # the oldest, used now
    snapshotcache.store("f" * 64, "x")
    assert [entry.stem for entry in _entries()] == sorted([*keys[2:], keys[0], "f" * 64])


def test_the_cache_keeps_at_most_its_size_in_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshotcache, "KEEP_BYTES", 3500)  # entries are 1,065 bytes
    keys = _store_many(5)
    assert [entry.stem for entry in _entries()] == keys[2:]


def test_the_newest_entry_is_kept_however_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshotcache, "KEEP_BYTES", 10)
    keys = _store_many(3)
    assert [entry.stem for entry in _entries()] == keys[2:]


def test_part_files_left_by_a_process_that_died_are_removed() -> None:
    _store_many(1)
    folder = snapshotcache.cache_dir()
    old, recent = folder / ".a.json.x.part", folder / ".b.json.y.part"
    for part in (old, recent):
        part.write_text("half", encoding="utf-8")
    os.utime(old, (1_000_000, 1_000_000))
    snapshotcache.store("e" * 64, "x")
    assert not old.exists()
    assert recent.exists()  # perhaps another jvdesk writing it now
