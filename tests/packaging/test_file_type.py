"""The .jvpack file type as each installer registers it: Linux, Windows and macOS."""

from __future__ import annotations

import ast
import configparser
import os
import plistlib
import re
import runpy
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest

from tests.realtools import require

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
MIME_XML = LINUX / "jvdesk-pack.xml"
ISS = ROOT / "packaging" / "windows" / "jvdesk.iss"
SPEC = ROOT / "packaging" / "jvdesk.spec"

MIME_TYPE = "application/x-jvdesk-pack"
EXTENSION = "jvpack"
UTI = "org.jvdesk.pack"
NS = {"mime": "http://www.freedesktop.org/standards/shared-mime-info"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


# Linux: shared-mime-info and the desktop entry


def test_the_mime_package_declares_the_type_by_its_extension() -> None:
    root = ElementTree.parse(MIME_XML).getroot()
    (declared,) = root.findall("mime:mime-type", NS)
    assert declared.get("type") == MIME_TYPE
    assert [glob.get("pattern") for glob in declared.findall("mime:glob", NS)] == ["*.jvpack"]
    assert [sub.get("type") for sub in declared.findall("mime:sub-class-of", NS)] == [
        "application/zip"
    ]
    comments = {c.get(XML_LANG): c.text for c in declared.findall("mime:comment", NS)}
    assert comments == {
        None: "jvdesk content pack",
        "ja": "jvdesk コンテンツパック",
        "hi": "jvdesk सामग्री पैक",
    }
    assert declared.find("mime:icon", NS).get("name") == "jvdesk"  # type: ignore[union-attr]


@pytest.fixture
def mime_home(tmp_path: Path) -> Path:
    """A private XDG data folder with the package installed and the database built."""
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "mime" / "packages" / MIME_XML.name).write_bytes(MIME_XML.read_bytes())
    built = subprocess.run(
        [require("update-mime-database"), str(data / "mime")],
        env={**os.environ, "XDG_DATA_HOME": str(data)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (built.returncode, built.stderr) == (0, "")
    return data


def test_update_mime_database_registers_the_extension(mime_home: Path) -> None:
    globs = (mime_home / "mime" / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"50:{MIME_TYPE}:*.{EXTENSION}" in globs
    subclasses = (mime_home / "mime" / "subclasses").read_text(encoding="utf-8").splitlines()
    assert f"{MIME_TYPE} application/zip" in subclasses


def _qt_mime_type(data_home: Path, file: Path) -> str:
    """The MIME type Qt's database gives a file, with `data_home` as XDG_DATA_HOME."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "found = QMimeDatabase().mimeTypeForFile(sys.argv[1])\n"
        "print(found.name(), found.inherits('application/zip'))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    env.pop("XDG_DATA_DIRS", None)
    return subprocess.run(
        [sys.executable, "-c", script, str(file)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()


def test_a_desktop_reads_a_jvpack_file_as_the_type(mime_home: Path, tmp_path: Path) -> None:
    pack = tmp_path / "update.jvpack"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pack.yaml", "id: example\n")
    assert _qt_mime_type(tmp_path / "no-data", pack) == "application/zip True"
    assert _qt_mime_type(mime_home, pack) == f"{MIME_TYPE} True"


def _desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "jvdesk.desktop", encoding="utf-8")
    return entry["Desktop Entry"]


def test_the_desktop_entry_opens_the_type() -> None:
    entry = _desktop_entry()
    assert entry["MimeType"].split(";") == [MIME_TYPE, ""]
    # %f: one file, so `jvdesk FILE.jvpack`; the launcher drops it when there is no file.
    assert entry["Exec"] == "jvdesk %f"


def test_the_desktop_entry_is_valid() -> None:
    checked = subprocess.run(
        [require("desktop-file-validate"), str(LINUX / "jvdesk.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


def test_the_deb_recommends_what_registers_the_type() -> None:
    control = (LINUX / "control.in").read_text(encoding="utf-8")
    (recommends,) = re.findall(r"^Recommends: (.*)$", control, flags=re.MULTILINE)
    assert {"shared-mime-info", "desktop-file-utils"} <= set(recommends.split(", "))


def test_the_deb_build_installs_the_mime_package() -> None:
    build = (LINUX / "build.sh").read_text(encoding="utf-8")
    assert (
        'install -D -m 644 packaging/linux/jvdesk-pack.xml "$root/usr/share/mime/packages/'
        'jvdesk-pack.xml"'
    ) in build.splitlines()


# Windows: the Inno Setup script


def _inno_entries(section: str) -> list[dict[str, str]]:
    """The entries of one section of the .iss, each as its parameters, quotes undone."""
    entries = []
    current = None
    for line in ISS.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            current = line.strip()
        elif current == f"[{section}]" and line.strip() and not line.startswith(";"):
            parameters = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
            entries.append(
                {
                    name: value[1:-1].replace('""', '"') if value.startswith('"') else value
                    for name, value in ((name, value.strip()) for name, value in parameters)
                }
            )
    return entries


def _inno_value(subkey: str, name: str = "") -> dict[str, str]:
    (entry,) = [
        entry
        for entry in _inno_entries("Registry")
        if entry["Subkey"] == subkey and entry["ValueName"] == name
    ]
    return entry


def test_the_windows_installer_associates_the_extension() -> None:
    assert "ChangesAssociations=yes" in ISS.read_text(encoding="utf-8").splitlines()
    extension = _inno_value(rf"Software\Classes\.{EXTENSION}")
    assert (extension["Root"], extension["ValueData"]) == ("HKA", "jvdesk.pack")
    assert _inno_value(rf"Software\Classes\.{EXTENSION}", "Content Type")["ValueData"] == MIME_TYPE
    command = _inno_value(r"Software\Classes\jvdesk.pack\shell\open\command")
    assert command["ValueData"] == r'"{app}\jvdesk-gui.exe" "%1"'
    icon = _inno_value(r"Software\Classes\jvdesk.pack\DefaultIcon")
    assert icon["ValueData"] == r'"{app}\jvdesk-gui.exe",0'


def test_the_windows_uninstaller_removes_the_association() -> None:
    ours = [
        entry
        for entry in _inno_entries("Registry")
        if re.search(rf"\\(\.{EXTENSION}|jvdesk\.pack)(\\|$)", entry["Subkey"])
    ]
    assert len(ours) >= 5
    assert all(entry["Root"] == "HKA" for entry in ours)
    assert all(
        {"uninsdeletekey", "uninsdeletevalue"} & set(entry.get("Flags", "").split())
        for entry in ours
    )


# macOS: the app bundle's Info.plist


def _info_plist() -> dict[str, Any]:
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "BUNDLE":
            (info,) = [keyword.value for keyword in node.keywords if keyword.arg == "info_plist"]
            plist: dict[str, Any] = ast.literal_eval(info)
            return plist
    raise AssertionError("packaging/jvdesk.spec has no BUNDLE")


def test_the_mac_app_declares_and_opens_the_type() -> None:
    plist = _info_plist()
    plistlib.loads(plistlib.dumps(plist))  # every value is one a property list can hold
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert declared["UTTypeIdentifier"] == UTI
    assert "public.data" in declared["UTTypeConformsTo"]
    assert declared["UTTypeTagSpecification"] == {
        "public.filename-extension": [EXTENSION],
        "public.mime-type": [MIME_TYPE],
    }
    (opens,) = [
        kind for kind in plist["CFBundleDocumentTypes"] if kind["LSItemContentTypes"] == [UTI]
    ]
    assert opens["CFBundleTypeName"] == "jvdesk content pack"
    assert (opens["CFBundleTypeRole"], opens["LSHandlerRank"]) == ("Viewer", "Owner")
    names = [kind["CFBundleTypeName"] for kind in plist["CFBundleDocumentTypes"]]
    assert len(names) == len(set(names))
    assert plist["CFBundleExecutable"] == "jvdesk-gui"


# The launchers hand the file on as it came


@pytest.mark.parametrize("entry", ["entry_gui.py", "entry_cli.py"])
def test_the_launchers_pass_the_command_line_through(
    entry: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jvdesk.cli

    seen = []

    def fake_main(argv: list[str] | None = None, **_: object) -> int:
        seen.append((argv, sys.argv[1:]))  # runpy puts the script's path in argv[0]
        return 0

    monkeypatch.setattr(jvdesk.cli, "main", fake_main)
    monkeypatch.setattr(sys, "argv", ["jvdesk-gui", "/home/official/update 2.jvpack"])
    with pytest.raises(SystemExit) as stopped:
        runpy.run_path(str(ROOT / "packaging" / entry), run_name="__main__")
    assert stopped.value.code == 0
    assert seen == [(None, ["/home/official/update 2.jvpack"])]
