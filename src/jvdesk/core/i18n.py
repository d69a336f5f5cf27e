"""The language jvdesk speaks, and the catalogue of its words outside the desktop app.

jvdesk speaks English, Japanese and Hindi. The Qt-free layers (pack problems, export
warnings, the deck's own words, the command line) translate with gettext, one catalogue
per language under ``resources/locale/<lang>/LC_MESSAGES/jvdesk.mo``, compiled from the
``.po`` files beside them by ``make translations`` (docs/translating.md). The desktop app
translates its own widgets with Qt's catalogues and sets the language here too, so that
what the Qt-free layers word for it follows the same choice.

The language in force is the process's (``set_language``), or, inside ``using(lang)``, the
one a piece of work asked for: an export writes its slides in one language and its speaker
notes in another without touching what the command line prints.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Final, Literal, get_args

from jvdesk.core.resources import ResourceError, resource_path

Language = Literal["en", "ja", "hi"]
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)
DEFAULT: Final[Language] = "en"
# Each language named in itself, as a menu offers it to someone who may not read the others.
NATIVE_NAMES: Final[Mapping[Language, str]] = {"en": "English", "ja": "日本語", "hi": "हिन्दी"}
# Each language as a document names it (BCP 47): a deck's runs, a PDF's /Lang.
TAGS: Final[Mapping[Language, str]] = {"en": "en", "ja": "ja-JP", "hi": "hi-IN"}
DOMAIN: Final = "jvdesk"

# The variables gettext reads, in its order of precedence.
ENVIRONMENT: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_process_language: Language = DEFAULT
_working_language: ContextVar[Language | None] = ContextVar("jvdesk_language", default=None)


def parse_language(value: str | None) -> Language | None:
    """The jvdesk language a locale name asks for, or None when it is not one jvdesk speaks.

    >>> parse_language("ja_JP.UTF-8"), parse_language("hi-IN"), parse_language("fr_FR")
    ('ja', 'hi', None)
    """
    if not value:
        return None
    code = value.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if code in ("c", "posix"):
        return DEFAULT
    return code if code in LANGUAGES else None


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """The language the environment asks for, read the way gettext reads it.

    The variables themselves are read, not the C library's locale: on a machine where
    ``ja_JP.UTF-8`` is not installed, Python falls back to ``C.UTF-8`` and Babel's
    ``default_locale()`` answers ``en_US_POSIX``, yet ``LANG=ja_JP.UTF-8`` still means
    Japanese. The first variable set decides; ``LANGUAGE`` may list several, in order.
    """
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = environ.get(name, "")
        if not value:
            continue
        for candidate in value.split(":") if name == "LANGUAGE" else [value]:
            language = parse_language(candidate)
            if language is not None:
                return language
        if name != "LANGUAGE":
            return DEFAULT
    return DEFAULT


def set_language(language: Language) -> None:
    """Make ``language`` the process's language (the command line's, or the app's)."""
    global _process_language
    _process_language = language


def current() -> Language:
    """The language in force here: a ``using`` block's, else the process's."""
    return _working_language.get() or _process_language


@contextmanager
def using(language: Language) -> Iterator[None]:
    """Word and format everything inside the block in ``language``."""
    token = _working_language.set(language)
    try:
        yield
    finally:
        _working_language.reset(token)


@cache
def catalogue(language: Language) -> _gettext.NullTranslations:
    """The compiled catalogue of a language, read once, when first needed.

    English is the source language and needs none. A catalogue missing from an
    installation (which ``make translations`` and the packaging build create) leaves the
    words in English rather than stopping jvdesk; tests/test_translations.py proves every
    catalogue is built and current.
    """
    if language == DEFAULT:
        return _gettext.NullTranslations()
    try:
        folder = resource_path("locale")
    except ResourceError:
        return _gettext.NullTranslations()
    return _gettext.translation(DOMAIN, localedir=folder, languages=[language], fallback=True)


def _(message: str) -> str:
    """``message`` in the language in force."""
    return catalogue(current()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count``, in the language in force."""
    return catalogue(current()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """``message`` in the language in force, told apart from the same words elsewhere."""
    return catalogue(current()).pgettext(context, message)


ResourceError.translate = staticmethod(_)  # its messages are worded when shown


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue; translate it where it is shown, with ``_``."""
    return message
