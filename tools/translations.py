"""Refresh and build jvdesk's translation catalogues (docs/translating.md).

    python tools/translations.py update    # extract messages from the code into the catalogues
    python tools/translations.py compile   # build what jvdesk reads at run time
    python tools/translations.py check     # fail on a stale catalogue or an unfinished message

Two catalogues per language, one per kind of code:
- the desktop app's widgets use Qt's: ``resources/translations/jvdesk_<lang>.ts``, refreshed
  by ``pyside6-lupdate`` (PySide6-Essentials) and built into ``.qm`` here, in Python
  (``write_qm``: the bytes ``pyside6-lrelease`` writes, which tests/test_wheel_catalogues.py
  checks); Qt Linguist edits them;
- the Qt-free layers (pack problems, export, the deck's words, the command line) and the
  handout's drawing (which the command line runs too) use gettext:
  ``resources/locale/jvdesk.pot`` extracted by Babel, ``resources/locale/<lang>/
  LC_MESSAGES/jvdesk.po`` beside it, built into ``.mo`` by Babel; Poedit edits them.

The built files (.qm, .mo) are not committed. ``compile_all`` is the one way they are built:
``make`` runs it before it runs, tests or packages jvdesk, and the wheel's build hook
(hatch_build.py) runs it too, so a wheel or ``pip install .`` carries them. Building needs
Babel and the standard library only, not Qt: a wheel builds in an isolated environment.
"""

from __future__ import annotations

import argparse
import io
import struct
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
RESOURCES = ROOT / "resources"
LOCALE = RESOURCES / "locale"
QT = RESOURCES / "translations"
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


def compile_all(into: Path = RESOURCES) -> list[str]:
    """Build the .mo and .qm files jvdesk reads.

    Args:
        into: the folder to build them in, laid out as ``resources/`` is; by default
            ``resources/`` itself, beside their sources.

    Returns:
        The paths built, relative to ``into`` (``translations/jvdesk_ja.qm``, ...).
    """
    built = []
    for language in LANGUAGES:
        mo = po_path(language).with_suffix(".mo").relative_to(RESOURCES)
        catalog = _read_po(po_path(language), language)
        (into / mo).parent.mkdir(parents=True, exist_ok=True)
        with (into / mo).open("wb") as stream:
            write_mo(stream, catalog, use_fuzzy=False)
        qm = ts_path(language).with_suffix(".qm").relative_to(RESOURCES)
        write_qm(ts_path(language), into / qm)
        built += [mo.as_posix(), qm.as_posix()]
    return built


# Qt's binary catalogue (.qm), written as pyside6-lrelease writes it with its default options
# (Qt 6's qttools, src/linguist/shared/qm.cpp: every message saved with its context, source
# and comment, no context table). Written here rather than by running lrelease, so that
# building a wheel needs no Qt in its isolated build environment.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_LANGUAGE, QM_HASHES, QM_MESSAGES, QM_NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
QM_END, QM_TRANSLATION, QM_SOURCE, QM_CONTEXT, QM_COMMENT = 1, 3, 6, 7, 8
# Per language: Qt's plural rules (bytecode of qttools' numerus.cpp) and its number of plural
# forms. A language not here fails the build; add its entry from numerus.cpp, and the test
# that compares with pyside6-lrelease's output checks it.
QM_NUMERUS = {"ja": (b"", 1), "hi": (b"\x01\x01", 2)}
# Qt joins a translation's length variants with this character.
QM_VARIANT_SEPARATOR = "\u009c"


def write_qm(ts: Path, qm: Path) -> None:
    """Build the Qt catalogue ``qm`` from the Qt Linguist file ``ts``, as pyside6-lrelease.

    Obsolete and vanished messages are left out, and so are unfinished ones with no
    translation; an unfinished message with a translation is kept, as lrelease keeps it.
    """
    root = ET.parse(ts).getroot()
    language = root.get("language", "")
    base = language.replace("-", "_").split("_")[0]
    if base not in QM_NUMERUS:
        raise ValueError(f"{ts.name}: no plural rules for language {language!r} (QM_NUMERUS)")
    rules, forms = QM_NUMERUS[base]

    every: list[tuple[str, str, str, str, list[str | None]]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            # A message with no <translation> at all is finished, as lrelease reads it.
            kind = "" if translation is None else translation.get("type", "")
            if translation is None:
                texts: list[str | None] = []
            elif message.get("numerus") == "yes":
                texts = [_ts_text(form) for form in translation.iter("numerusform")]
            else:
                texts = [_ts_text(translation)]
            # As lrelease: a message has one form, a plural one as many as its language.
            wanted = forms if message.get("numerus") == "yes" else 1
            texts = (texts + [None] * wanted)[:wanted]
            source = _ts_text(message.find("source")) or ""
            comment = _ts_text(message.find("comment")) or ""
            every.append((kind, name, source, comment, texts))

    stripped = {(name, source) for _, name, source, comment, _ in every if not comment}
    messages: dict[tuple[bytes, bytes, bytes], list[str | None]] = {}
    for kind, name, source, comment, texts in every:
        if kind in ("obsolete", "vanished") or (kind == "unfinished" and not texts[0]):
            continue
        key = (name.encode(), source.encode(), comment.encode())
        # lrelease drops a disambiguating comment when no message has the same context and
        # source without one, and the comment-less key is still free.
        plain = (key[0], key[1], b"")
        if comment and name and (name, source) not in stripped and plain not in messages:
            key = plain
        messages.setdefault(key, texts)

    body = io.BytesIO()
    offsets = []
    for (name_bytes, source_bytes, comment_bytes), texts in sorted(messages.items()):
        offsets.append((_elf_hash(source_bytes + comment_bytes), body.tell()))
        for text in texts:
            body.write(bytes([QM_TRANSLATION]))
            if text is None:
                body.write(struct.pack(">I", 0xFFFFFFFF))
            else:
                encoded = text.encode("utf-16-be")
                body.write(struct.pack(">I", len(encoded)) + encoded)
        for tag, value in (
            (QM_COMMENT, comment_bytes),
            (QM_SOURCE, source_bytes),
            (QM_CONTEXT, name_bytes),
        ):
            body.write(bytes([tag]) + struct.pack(">I", len(value)) + value)
        body.write(bytes([QM_END]))
    hashes = b"".join(struct.pack(">II", *offset) for offset in sorted(offsets))

    out = io.BytesIO()
    out.write(QM_MAGIC)
    for tag, section in (
        (QM_LANGUAGE, language.encode()),
        (QM_HASHES, hashes),
        (QM_MESSAGES, body.getvalue()),
        (QM_NUMERUS_RULES, rules),
    ):
        if section:
            out.write(bytes([tag]) + struct.pack(">I", len(section)) + section)
    qm.parent.mkdir(parents=True, exist_ok=True)
    qm.write_bytes(out.getvalue())


def _ts_text(element: ET.Element | None) -> str | None:
    """The text of a .ts element as Qt reads it: None when it holds no text at all."""
    if element is None:
        return None
    if element.get("variants") == "yes":
        variants = [_ts_text(variant) or "" for variant in element.iter("lengthvariant")]
        return QM_VARIANT_SEPARATOR.join(variants) or None
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "0")
            parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    text = "".join(parts)
    return text or None


def _elf_hash(data: bytes) -> int:
    """Qt's hash of a message's source and comment, by which QTranslator finds it."""
    value = 0
    for byte in data:
        if not byte:
            break
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


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
