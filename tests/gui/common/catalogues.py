"""Tiny translation catalogues for tests: Qt's, compiled by pyside6-lrelease, and gettext's.

Tests write the few messages they assert, so their words do not change as jvdesk's own
catalogues grow.
"""

from __future__ import annotations

import gettext
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jvdesk.core import i18n

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# (context, source, translation): a numerus message where the source has "%n", with one
# form (Japanese has one).
Message = tuple[str, str, str]


def compile_catalogue(folder: Path, language: str, messages: Sequence[Message]) -> Path:
    """Write ``messages`` as a Qt Linguist file in ``folder`` and compile it; the .qm's path."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, ET.Element] = {}
    for context, source, translation in messages:
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        message = ET.SubElement(contexts[context], "message")
        ET.SubElement(message, "source").text = source
        words = ET.SubElement(message, "translation")
        if "%n" in source:
            message.set("numerus", "yes")
            ET.SubElement(words, "numerusform").text = translation
        else:
            words.text = translation
    ts = folder / f"test_{language}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


@contextmanager
def installed(qm: Path) -> Iterator[QTranslator]:
    """Install a compiled catalogue for the block, as ``language.apply`` does, then remove it.

    Installing and removing each post a LanguageChange event to every widget.
    """
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    assert QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


class WordList(gettext.NullTranslations):
    """A gettext catalogue of a few words, the rest left in English."""

    def __init__(self, words: Mapping[str, str]) -> None:
        super().__init__()
        self.words = dict(words)

    def gettext(self, message: str) -> str:
        return self.words.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        chosen = msgid1 if n == 1 else msgid2
        return self.words.get(chosen, chosen)

    def pgettext(self, context: str, message: str) -> str:
        return self.words.get(message, message)


def fake_gettext(monkeypatch: pytest.MonkeyPatch, words: Mapping[str, Mapping[str, str]]) -> None:
    """Make ``jvdesk.core.i18n`` read these words by language instead of its catalogues."""
    monkeypatch.setattr(i18n, "catalogue", lambda language: WordList(words.get(language, {})))
