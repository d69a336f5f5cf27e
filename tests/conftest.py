"""Shared fixtures: Qt offscreen, no real user folders, packs to break on purpose."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jvdesk.core import i18n
from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.pack import ContentPack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path

DATA = Path(__file__).parent / "data"
# Two virtual screens, a laptop and a projector, so presentation mode can be tested with no
# hardware (../shared/NOTES.md).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DATA / 'screens.json'}"

MINIMAL_PACK = DATA / "minimal-pack"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as `gui`, so `pytest -m "not gui"` runs the rest."""
    for item in items:
        if {"qapp", "qtbot"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_user_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point logs and settings at a temporary folder: tests never touch a real user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("JVDESK_LOG_DIR", str(home / "logs"))
    monkeypatch.setenv("JVDESK_SETTINGS_DIR", str(home / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # An administrator's trusted publishers: none on a test's machine unless it adds some.
    monkeypatch.setenv("JVDESK_SYSTEM_KEYS", str(home / "system-keys"))
    # jvdesk follows the system's language: tests start from English whatever the machine's.
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def _english_to_start() -> Iterator[None]:
    """Each test starts in English, as jvdesk does with no language set, and leaves it so."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def pack_dir(tmp_path: Path) -> Path:
    """A writable copy of the minimal valid pack."""
    target = tmp_path / "pack"
    shutil.copytree(MINIMAL_PACK, target)
    return target


Edit = Callable[[str, str, str], None]


@pytest.fixture
def edit(pack_dir: Path) -> Edit:
    """Replace text in one file of the copied pack: edit("panels/alpha.yaml", old, new)."""

    def replace(file: str, old: str, new: str) -> None:
        path = pack_dir / file
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {file}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return replace


@pytest.fixture(scope="session")
def shipped_pack() -> ContentPack:
    """The pack jvdesk ships, loaded and validated once per session."""
    return load_pack(shipped_pack_path())


@pytest.fixture(scope="session")
def shipped_plan(shipped_pack: ContentPack) -> DeckPlan:
    """The shipped pack's first briefing (the full one) as a deck plan."""
    return plan_deck(shipped_pack)


@pytest.fixture(scope="session")
def minimal_pack() -> ContentPack:
    """The minimal valid pack of tests/data: two panels, one briefing."""
    return load_pack(MINIMAL_PACK)


@pytest.fixture(scope="session")
def minimal_plan(minimal_pack: ContentPack) -> DeckPlan:
    """The minimal pack's briefing as a deck plan: 8 slides, 20 minutes."""
    return plan_deck(minimal_pack)
