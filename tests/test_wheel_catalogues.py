"""A wheel carries the built catalogues (.qm, .mo) where the installed jvdesk reads them.

They are not committed (.gitignore): hatch_build.py builds them while the wheel is built, with
tools/translations.py, which writes .qm in Python. So the .qm it writes must be the bytes
pyside6-lrelease writes, checked here on jvdesk's catalogues and on the rules' corner cases.
"""

from __future__ import annotations

import gettext
import importlib.util
import io
import os
import subprocess
import sys
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
# Where the wheel puts resources/ (pyproject's force-include), as jvdesk.core.resources finds it.
RESOURCES = "jvdesk/_resources"
# Translated in the committed catalogues (tests/test_translations.py checks every message is).
PO_MESSAGE = "Sources"
TS_MESSAGE = ("AboutDialog", "About jvdesk")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations", ROOT / "tools/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


def _run(*command: str | Path, cwd: Path = ROOT) -> None:
    done = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _lrelease(ts: Path, qm: Path) -> bytes:
    _run(LRELEASE, "-silent", ts, "-qm", qm)
    return qm.read_bytes()


def _po_translation(language: str) -> str:
    with (ROOT / f"resources/locale/{language}/LC_MESSAGES/jvdesk.po").open("rb") as stream:
        message = read_po(stream)[PO_MESSAGE]
    assert message is not None and isinstance(message.string, str)
    return message.string


def _ts_translation(language: str) -> str:
    root = ET.parse(ROOT / f"resources/translations/jvdesk_{language}.ts").getroot()
    context, source = TS_MESSAGE
    for element in root.iter("context"):
        if element.findtext("name") == context:
            for message in element.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{TS_MESSAGE} is not in jvdesk_{language}.ts")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built as from a fresh clone: from an sdist of this checkout, offline.

    Not from the checkout itself: its resources/ holds the catalogues ``make`` built, and the
    wheel's force-include would take those, hook or not. The sdist, like a clone, leaves out
    what .gitignore names.
    """
    out = tmp_path_factory.mktemp("dist")
    code = "import sys, hatchling.build as b; print(b.build_sdist(sys.argv[1]))"
    _run(sys.executable, "-c", code, out)
    (sdist,) = out.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        built = [name for name in archive.getnames() if name.endswith((".qm", ".mo"))]
    assert built == [], "the sdist should hold the catalogues' sources only"
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "--disable-pip-version-check", "--quiet", "-w", out, sdist,
    )  # fmt: skip
    (found,) = out.glob("*.whl")
    return found


@pytest.mark.package
def test_the_wheel_carries_every_built_catalogue(wheel: Path) -> None:
    tool = _tool()
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for language in tool.LANGUAGES:
        assert f"{RESOURCES}/translations/jvdesk_{language}.qm" in names
        assert f"{RESOURCES}/locale/{language}/LC_MESSAGES/jvdesk.mo" in names


@pytest.mark.package
def test_the_wheels_catalogues_speak_japanese(wheel: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        mo = archive.read(f"{RESOURCES}/locale/ja/LC_MESSAGES/jvdesk.mo")
        qm = archive.read(f"{RESOURCES}/translations/jvdesk_ja.qm")
    assert gettext.GNUTranslations(io.BytesIO(mo)).gettext(PO_MESSAGE) == _po_translation("ja")
    assert qm == _lrelease(ROOT / "resources/translations/jvdesk_ja.ts", tmp_path / "ja.qm")


@pytest.mark.package
def test_jvdesk_installed_from_the_wheel_reads_them(wheel: Path, tmp_path: Path) -> None:
    """The unpacked wheel's own code finds both catalogues, as an installed jvdesk does."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    code = """if True:
        import sys
        from PySide6.QtCore import QTranslator
        from jvdesk.core import i18n
        from jvdesk.core.resources import resource_path, resources_root
        print(resources_root())
        print(i18n.catalogue("ja").gettext(sys.argv[1]))
        translator = QTranslator()
        assert translator.load("jvdesk_ja", str(resource_path("translations")))
        print(translator.translate(sys.argv[2], sys.argv[3]))
    """
    done = subprocess.run(
        [sys.executable, "-c", code, PO_MESSAGE, *TS_MESSAGE],
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        str(site / RESOURCES),
        _po_translation("ja"),
        _ts_translation("ja"),
    ]


@pytest.mark.parametrize("language", ["ja", "hi"])
def test_qm_is_what_lrelease_writes(language: str, tmp_path: Path) -> None:
    tool = _tool()
    tool.write_qm(tool.ts_path(language), tmp_path / "python.qm")
    expected = _lrelease(tool.ts_path(language), tmp_path / "lrelease.qm")
    assert (tmp_path / "python.qm").read_bytes() == expected


# What lrelease keeps, drops and how it writes each: disambiguations with and without a plain
# message, unfinished, obsolete and vanished messages, empty and missing translations, length
# variants, <byte> characters, text outside the BMP, a nameless context, plural forms too few
# and too many for the language, and a duplicate.
CORNERS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="LANGUAGE">
<context>
    <name>Dialog</name>
    <message><source>Open</source><extracomment>x</extracomment>
        <translatorcomment>y</translatorcomment><translation>開く</translation></message>
    <message><source>Open</source><comment>menu</comment><translation>メニュー</translation></message>
    <message><source>Close</source><comment>window</comment><translation>閉じる</translation></message>
    <message><source>Close</source><comment>tab</comment><translation>タブ</translation></message>
    <message><source>Begun</source><translation type="unfinished">途中</translation></message>
    <message><source>Not begun</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="obsolete">旧</translation></message>
    <message><source>Vanished</source><translation type="vanished">旧</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>No translation</source></message>
    <message><source>Variants</source><translation variants="yes"><lengthvariant>長い訳</lengthvariant><lengthvariant>短</lengthvariant></translation></message>
    <message><source>Bell<byte value="x1b"/></source><translation>ベル<byte value="7"/></translation></message>
    <message><source>Flag 🎌
twice</source><oldsource>Old</oldsource><translation>旗 🎌
二度  </translation></message>
    <message><source>Open</source><translation>重複</translation></message>
</context>
<context>
    <name></name>
    <message><source>No context</source><comment>kept</comment><translation>文脈なし</translation></message>
</context>
<context>
    <name>Ünïcode — context</name>
    <message numerus="yes"><source>%n files</source><translation><numerusform>%n 個</numerusform></translation></message>
    <message numerus="yes"><source>%n many</source><translation><numerusform>a %n</numerusform><numerusform>b %n</numerusform><numerusform>c %n</numerusform></translation></message>
    <message numerus="yes"><source>%n empty</source><translation><numerusform>a %n</numerusform><numerusform></numerusform></translation></message>
    <message numerus="yes"><source>%n begun</source><translation type="unfinished"><numerusform></numerusform><numerusform>x</numerusform></translation></message>
    <message numerus="yes"><source>%n variants</source><translation><numerusform variants="yes"><lengthvariant>long %n</lengthvariant><lengthvariant>s%n</lengthvariant></numerusform><numerusform>b</numerusform></translation></message>
    <message><source>Close</source><comment>window</comment><translation>別の文脈</translation></message>
</context>
</TS>
"""  # noqa: E501


@pytest.mark.parametrize("language", ["ja", "hi", "hi_IN"])
def test_qm_corner_cases_are_what_lrelease_writes(language: str, tmp_path: Path) -> None:
    ts = tmp_path / "corners.ts"
    ts.write_text(CORNERS.replace("LANGUAGE", language), encoding="utf-8")
    _tool().write_qm(ts, tmp_path / "python.qm")
    assert (tmp_path / "python.qm").read_bytes() == _lrelease(ts, tmp_path / "lrelease.qm")


def test_a_language_without_plural_rules_fails_the_build(tmp_path: Path) -> None:
    ts = tmp_path / "corners.ts"
    ts.write_text(CORNERS.replace("LANGUAGE", "fr"), encoding="utf-8")
    with pytest.raises(ValueError, match="no plural rules for language 'fr'"):
        _tool().write_qm(ts, tmp_path / "python.qm")
