"""Where an export goes by default: a folder that exists, made only where a platform expects it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.gui.dialogs.destination import documents_folder, export_folder


def name_documents(home: Path, value: str) -> None:
    """Write the user's XDG user-dirs.dirs, naming their Documents folder."""
    config = home / ".config"
    config.mkdir(exist_ok=True)
    (config / "user-dirs.dirs").write_text(
        f'# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR="$HOME/Desktop"\n'
        f"XDG_DOCUMENTS_DIR={value}\n",
        encoding="utf-8",
    )


def test_an_existing_documents_folder_is_used(home: Path) -> None:
    (home / "Documents").mkdir()
    assert documents_folder("linux") == home / "Documents"


def test_on_linux_a_missing_documents_folder_means_the_home_folder(home: Path) -> None:
    assert documents_folder("linux") == home
    assert list(home.iterdir()) == []  # nothing created


@pytest.mark.parametrize(
    ("value", "folder"),
    [('"$HOME/Dokumente"', "Dokumente"), ('"$HOME/Work/書類"', "Work/書類")],
)
def test_on_linux_a_documents_folder_the_xdg_config_names_is_created(
    home: Path, value: str, folder: str
) -> None:
    name_documents(home, value)
    assert documents_folder("linux") == home / folder
    assert (home / folder).is_dir()


def test_an_absolute_documents_folder_in_the_xdg_config_is_created(
    home: Path, tmp_path: Path
) -> None:
    name_documents(home, f'"{tmp_path / "papers"}"')
    assert documents_folder("linux") == tmp_path / "papers"
    assert (tmp_path / "papers").is_dir()


def test_a_documents_folder_the_xdg_config_turns_off_means_the_home_folder(home: Path) -> None:
    name_documents(home, '"$HOME/"')  # xdg-user-dirs' way of saying "no such folder"
    assert documents_folder("linux") == home
    assert not (home / "Documents").exists()


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_get_their_documents_folder_back(home: Path, platform: str) -> None:
    assert documents_folder(platform) == home / "Documents"
    assert (home / "Documents").is_dir()


def test_a_documents_folder_that_cannot_be_made_means_the_home_folder(home: Path) -> None:
    (home / "Documents").write_text("a file where the folder should be", encoding="utf-8")
    assert documents_folder("darwin") == home


def test_the_folder_of_the_last_export_is_suggested_while_it_exists(
    home: Path, tmp_path: Path
) -> None:
    last = tmp_path / "decks"
    last.mkdir()
    assert export_folder(str(last)) == last
    last.rmdir()
    assert export_folder(str(last)) == documents_folder()
    assert export_folder("") == documents_folder()
    assert export_folder("decks") == documents_folder()  # never relative to the working folder
