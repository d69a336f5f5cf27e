"""Refresh and build jvdesk's translation catalogues (docs/translating.md).

    python tools/translations.py update    # extract messages from the code into the catalogues
    python tools/translations.py compile   # build what jvdesk reads at run time
    python tools/translations.py check     # fail on a stale catalogue or an unfinished message

Two catalogues per language, one per kind of code:
- the desktop app's widgets use Qt's: ``resources/translations/jvdesk_<lang>.ts``, refreshed
  by ``pyside6-lupdate`` and built into ``.qm`` by ``pyside6-lrelease``, both from
  PySide6-Essentials; Qt Linguist edits them;
- the Qt-free layers (pack problems, export, the deck's words, the command line) and the
  handout's drawing (which the command line runs too) use gettext:
  ``resources/locale/jvdesk.pot`` extracted by Babel, ``resources/locale/<lang>/
  LC_MESSAGES/jvdesk.po`` beside it, built into ``.mo``; Poedit edits them.

The built files (.qm, .mo) are not committed: ``make`` builds them before it runs, tests or
packages jvdesk.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "jvdesk"
LOCALE = ROOT / "resources" / "locale"
QT = ROOT / "resources" / "translations"
TEMPLATE = LOCALE / "jvdesk.pot"
LANGUAGES = ("ja", "hi")
DOMAIN = "jvdesk"
# The functions of jvdesk.core.i18n, and where their messages are.
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}
QT_FREE = ("core", "export", "cli.py", "__main__.py")
# The handout's own words: drawn by the command line too, where no Qt catalogue is installed.
QT_FREE_IN_GUI = "gui/drawing/"
TOOLS = Path(sys.executable).parent


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_path(language: str) -> Path:
    return QT / f"{DOMAIN}_{language}.ts"


def qt_sources() -> list[Path]:
    return sorted((SOURCE / "gui").rglob("*.py"))


def _qt_free_sources() -> Iterator[tuple[str, int, object, list[str], object]]:
    for relative, line, message, comments, context in extract_from_dir(
        SOURCE,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    ):
        if relative.split("/")[0] in QT_FREE or relative.startswith(QT_FREE_IN_GUI):
            yield relative, line, message, comments, context


def extract_template() -> Catalog:
    """Every message of the Qt-free layers, as a template."""
    template = Catalog(project="jvdesk", domain=DOMAIN, charset="utf-8")
    for relative, line, message, comments, context in _qt_free_sources():
        template.add(
            message,
            locations=[(f"src/jvdesk/{relative}", line)],
            auto_comments=comments,
            context=context,
        )
    return template


def _write_po(path: Path, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def _read_po(path: Path, language: str | None = None) -> Catalog:
    with path.open("rb") as stream:
        return read_po(stream, locale=language, domain=DOMAIN)


def _describe(catalog: Catalog) -> None:
    """The catalogue's header, without Babel's placeholders."""
    catalog.project = "jvdesk"
    catalog.version = ""
    catalog.copyright_holder = "jvdesk developers"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "jvdesk translators"
    catalog.language_team = f"{catalog.locale_identifier} translators"
    catalog.fuzzy = False


def update() -> None:
    """Refresh every catalogue from the code: new messages added, gone ones dropped."""
    template = extract_template()
    _describe(template)
    _write_po(TEMPLATE, template)
    for language in LANGUAGES:
        path = po_path(language)
        if path.exists():
            catalog = _read_po(path, language)
        else:
            catalog = Catalog(locale=language, domain=DOMAIN, project="jvdesk")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _describe(catalog)
        _write_po(path, catalog)
    QT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        _lupdate(ts_path(language), language)


def _lupdate(target: Path, language: str) -> None:
    files = [str(path.relative_to(ROOT)) for path in qt_sources()]
    command = [str(TOOLS / "pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
    command += ["-target-language", language, "-ts", str(target)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def compile_all() -> None:
    """Build the .mo and .qm files jvdesk reads."""
    for language in LANGUAGES:
        catalog = _read_po(po_path(language), language)
        with po_path(language).with_suffix(".mo").open("wb") as stream:
            write_mo(stream, catalog, use_fuzzy=False)
        ts = ts_path(language)
        command = [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts)]
        command += ["-qm", str(ts.with_suffix(".qm"))]
        subprocess.run(command, check=True)


def _ts_messages(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) → (translation, its type) of a Qt catalogue."""
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            text = "" if translation is None else "".join(translation.itertext())
            if message.find("numerusform") is not None or (
                translation is not None and len(translation)
            ):
                text = "|".join(form.text or "" for form in translation.iter("numerusform"))
            messages[(name, message.findtext("source") or "")] = (text, kind)
    return messages


def problems() -> list[str]:
    """What is stale or unfinished in the committed catalogues, in words."""
    found: list[str] = []
    expected = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in extract_template()}
    expected.discard((None, ""))
    committed = {
        (m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in _read_po(TEMPLATE) if m.id
    }
    found += _differences("resources/locale/jvdesk.pot", expected, committed)
    for language in LANGUAGES:
        catalog = _read_po(po_path(language), language)
        have = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}
        found += _differences(str(po_path(language).relative_to(ROOT)), expected, have)
        for message in catalog:
            if message.id and (message.fuzzy or not _translated(message.string)):
                found.append(f"{po_path(language).name} ({language}): unfinished {message.id!r}")
    with tempfile.TemporaryDirectory() as scratch:
        for language in LANGUAGES:
            fresh = Path(scratch) / f"fresh_{language}.ts"
            _lupdate(fresh, language)
            now, committed_ts = _ts_messages(fresh), _ts_messages(ts_path(language))
            found += _differences(ts_path(language).name, set(now), set(committed_ts))
            for key, (text, kind) in committed_ts.items():
                if key in now and (kind in ("unfinished", "vanished", "obsolete") or not text):
                    found.append(f"{ts_path(language).name}: unfinished {key[1]!r} ({key[0]})")
    return found


def _translated(string: object) -> bool:
    if isinstance(string, tuple | list):
        return all(string)
    return bool(string)


def _differences(name: str, expected: Iterable[object], have: Iterable[object]) -> list[str]:
    expected, have = set(expected), set(have)
    missing = sorted(str(key) for key in expected - have)
    extra = sorted(str(key) for key in have - expected)
    out = [f"{name}: stale, lacks {key} (run make translations)" for key in missing]
    out += [f"{name}: stale, holds {key} no longer in the code" for key in extra]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "compile", "check"))
    args = parser.parse_args()
    if args.command == "update":
        update()
        compile_all()
    elif args.command == "compile":
        compile_all()
    else:
        found = problems()
        print("\n".join(found) or "catalogues current and complete")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
