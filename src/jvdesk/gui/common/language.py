"""The interface's language: Qt's catalogues for the widgets, gettext's for the rest.

``apply(language)`` installs jvdesk's own catalogue (``resources/translations/
jvdesk_<lang>.qm``) and Qt's ``qtbase_<lang>.qm`` (standard buttons, file dialogs) where Qt
ships one, sets the Qt-free layers' language (``jvdesk.core.i18n``) and the default
QLocale. Installing a translator sends every widget a LanguageChange event: widgets that
set their texts once re-set them then (``retranslate``), and the main window rebuilds its
pages from the pack in the new language. Catalogues are read when a language is first
chosen, never at start-up in English.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDockWidget

from jvdesk.core import i18n
from jvdesk.core.i18n import DEFAULT, Language
from jvdesk.core.resources import ResourceError, resource_path
from jvdesk.gui.drawing.bundled_fonts import register

QT_LOCALES = {
    "en": QLocale.Language.English,
    "ja": QLocale.Language.Japanese,
    "hi": QLocale.Language.Hindi,
}
_installed: list[QTranslator] = []
_interface_families: list[str] | None = None  # the application font's, before any language


def _translator(path: str, name: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, path) else None


def apply(language: Language) -> bool:
    """Make ``language`` the interface's language, live.

    Returns:
        Whether jvdesk's catalogue for the language was found (always True for English).
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QT_LOCALES[language]))
    if app is None:
        return True
    # Before the LanguageChange below makes widgets draw the new words.
    _prefer(language)
    if language == DEFAULT:  # removing a translator sends LanguageChange too
        return True
    found = False
    own: QTranslator | None = None
    with contextlib.suppress(ResourceError):
        own = _translator(str(resource_path("translations")), f"jvdesk_{language}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators: tuple[QTranslator | None, ...] = (
        own,
        _translator(qt_folder, f"qtbase_{language}"),
    )
    for candidate in translators:
        if candidate is not None:
            QCoreApplication.installTranslator(candidate)
            _installed.append(candidate)
            found = found or candidate is own
    return found


def _prefer(language: Language) -> None:
    """Name the fonts a language's text is drawn with in the application font.

    The interface's font has no Japanese or Devanagari glyphs. Unnamed, Qt looks for a
    font that has them through fontconfig, once per font, style and script; a start in
    Japanese spent about 35 ms of its first screen on that search (measured: 23 ms building
    the window, 10 ms showing it).
    - Hindi names the bundled Devanagari font after the interface's own: Latin text keeps
      the interface's font.
    - Japanese names the bundled Japanese font alone, which has Latin letters of its own,
      and asks for no hinting. Named second, it still cost a fontconfig search per font
      and style (33 million instructions at a start), and hinting made FreeType spend
      2.4 times as long on each glyph (callgrind; tools/subset_fonts.py). macOS draws
      every script unhinted; the screenshots in the README show the result.
    - English names the interface's font alone, hinted as the system says.
    """
    global _interface_families
    font = QGuiApplication.font()
    if _interface_families is None:
        _interface_families = font.families()[:1]
    bundled = register(language) if language != DEFAULT else ()
    hinting = QFont.HintingPreference.PreferDefaultHinting
    if language == "ja" and bundled:
        wanted = [*bundled]
        hinting = QFont.HintingPreference.PreferNoHinting
    else:
        wanted = [*_interface_families, *bundled]
    if font.families() != wanted or font.hintingPreference() != hinting:
        font.setFamilies(wanted)
        font.setHintingPreference(hinting)
        QGuiApplication.setFont(font)


def reword_dock_buttons(dock: QDockWidget) -> None:
    """Give a dock's Float and Close buttons their names in the interface's language.

    WORKAROUND for Qt's QDockWidgetPrivate::updateButtons (qtbase,
    src/widgets/widgets/qdockwidget.cpp), which names the buttons for screen readers when
    a dock is built, floated or given other features, but not when the language changes:
    they went on saying "Float" and "Close" in the language jvdesk started in. The words
    are Qt's own, in its catalogue's "QDockWidget" context.
    """
    translate = QCoreApplication.translate
    words = {
        "qt_dockwidget_floatbutton": (
            translate("QDockWidget", "Float"),
            translate("QDockWidget", "Undocks and re-attaches the dock widget"),
        ),
        "qt_dockwidget_closebutton": (
            translate("QDockWidget", "Close"),
            translate("QDockWidget", "Closes the dock widget"),
        ),
    }
    for button in dock.findChildren(QAbstractButton):
        name = words.get(button.objectName())
        if name is not None:
            button.setAccessibleName(name[0])
            button.setAccessibleDescription(name[1])
