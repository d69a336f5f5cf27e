"""Load a content pack folder, reporting every problem in it at once, each located."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from jvdesk.core.crosschecks import CrossChecker
from jvdesk.core.i18n import _
from jvdesk.core.model import SCHEMA_VERSION, PackFile, Panel, SourcesFile, TranslationsFile
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError, Problem
from jvdesk.core.snapshot import checksum
from jvdesk.core.validation import ValidationError, validate
from jvdesk.core.wording import explain
from jvdesk.core.yamlsource import YamlDocument, YamlFileError, load_document

PACK_FILE = "pack.yaml"
SOURCES_FILE = "sources.yaml"
MAX_PANELS = 200

M = TypeVar("M")


@dataclass
class _PanelFiles:
    """The panel (or translations) files pack.yaml lists, as far as they could be read.

    Attributes:
        read: each file that was read, with its panel, or None where it is not valid.
        all_read: whether pack.yaml's list of panels was read and every file in it
            found and parsed.
    """

    read: list[tuple[YamlDocument, Any]] = field(default_factory=list)
    all_read: bool = False

    def complete(self) -> list[Any] | None:
        """Every record read, or None when a listed file was not read or is not valid."""
        panels = [panel for _document, panel in self.read if panel is not None]
        if not self.all_read or len(panels) < len(self.read):
            return None
        return panels


def load_pack(folder: Path) -> ContentPack:
    """Load and check the content pack in a folder.

    Args:
        folder: the pack folder, holding pack.yaml, sources.yaml and panel files.

    Returns:
        The pack, when it has no problem at all.

    Raises:
        PackError: listing every problem found, each with file, line, column and field.
    """
    folder = Path(folder)
    _check_folder(folder)
    problems: list[Problem] = []
    pack_document = _read_pack_file(folder, problems)
    meta = _validate(pack_document, PackFile, problems) if pack_document else None
    sources_document = _read(folder, SOURCES_FILE, problems)
    sources = _validate(sources_document, SourcesFile, problems) if sources_document else None
    panels = _read_panels(folder, pack_document, problems)
    translations = _read_listed(folder, pack_document, "translations", problems)
    _cross_check(problems, pack_document, meta, sources_document, panels, translations)
    if problems:
        raise PackError(problems)
    assert meta is not None and sources is not None
    return _build(folder, meta, sources, panels, translations)


def _check_folder(folder: Path) -> None:
    """Make sure the folder exists and holds a pack.yaml.

    Raises:
        PackError: when it does not, with the one problem that stops everything else.
    """
    try:
        is_folder, exists = folder.is_dir(), folder.exists()
    except OSError as error:
        # Translators: {reason} is the operating system's own words.
        message = _("cannot be read ({reason})").format(reason=error.strerror or error)
        raise PackError([Problem(str(folder), 0, 0, "", message)]) from None
    if not is_folder:
        if exists:
            message = _("is a file, not a pack folder; choose a pack folder")
        else:
            message = _("does not exist; choose a pack folder")
        raise PackError([Problem(str(folder), 0, 0, "", message)])
    if not (folder / PACK_FILE).exists():
        message = _("{folder} holds no {file}; is it a pack folder?").format(
            folder=folder, file=PACK_FILE
        )
        raise PackError([Problem(PACK_FILE, 0, 0, "", message)])


def _read(folder: Path, file: str, problems: list[Problem]) -> YamlDocument | None:
    """Read one pack file; None, with its problems added, when it cannot be parsed."""
    try:
        return load_document(folder / file, file)
    except YamlFileError as error:
        problems.extend(error.problems)
        return None


def _read_pack_file(folder: Path, problems: list[Problem]) -> YamlDocument | None:
    """Read pack.yaml, refusing a pack written for another schema version at once.

    Raises:
        PackError: when pack.yaml names another schema version; the rest of the pack
            is then not checked, since its fields may mean something else.
    """
    document = _read(folder, PACK_FILE, problems)
    if document is None:
        return None
    version = document.data.get("schema_version")
    if isinstance(version, int) and not isinstance(version, bool) and version != SCHEMA_VERSION:
        if version > SCHEMA_VERSION:
            message = _(
                "this pack is written for schema_version {version}; this jvdesk reads "
                "schema_version {read}; update jvdesk"
            )
        else:
            message = _(
                "this pack is written for schema_version {version}; this jvdesk reads "
                "schema_version {read}; use {read}"
            )
        text = message.format(version=version, read=SCHEMA_VERSION)
        raise PackError([document.problem(("schema_version",), text)])
    return document


def _validate(document: YamlDocument, model: type[M], problems: list[Problem]) -> M | None:
    """Validate a document against a model, adding each error as a located problem."""
    problems.extend(document.problems)
    flagged = {p.path for p in document.problems}
    try:
        result = validate(model, document.data)
    except ValidationError as error:
        for item in error.errors(include_url=False):
            wording = explain(item, model)
            problem = document.problem(wording.path, wording.message, key=wording.at_key)
            if problem.path not in flagged:
                problems.append(problem)
        return None
    return None if document.problems else result


def _read_panels(
    folder: Path, pack_document: YamlDocument | None, problems: list[Problem]
) -> _PanelFiles:
    """Read and validate the panel files pack.yaml lists, in its order."""
    return _read_listed(folder, pack_document, "panels", problems)


def _read_listed(
    folder: Path, pack_document: YamlDocument | None, field_name: str, problems: list[Problem]
) -> _PanelFiles:
    """Read and validate the files a list in pack.yaml names (panels or translations)."""
    model: type = Panel if field_name == "panels" else TranslationsFile
    listed = pack_document.data.get(field_name) if pack_document else None
    if pack_document is None or not isinstance(listed, list):
        return _PanelFiles(all_read=field_name != "panels" and listed is None)
    root = folder.resolve()
    panels = _PanelFiles(all_read=True)
    seen: set[str] = set()
    for index, name in enumerate(listed[:MAX_PANELS]):
        if not isinstance(name, str):
            continue
        if name in seen:
            message = _("{file} is listed twice").format(file=name)
            problems.append(pack_document.problem((field_name, index), message))
            continue
        seen.add(name)
        trouble = _panel_file_trouble(folder, root, name)
        if trouble is not None:
            problems.append(pack_document.problem((field_name, index), trouble))
            panels.all_read = False
            continue
        document = _read(folder, name, problems)
        if document is None:
            panels.all_read = False
            continue
        panels.read.append((document, _validate(document, model, problems)))
    if len(listed) > MAX_PANELS:
        message = _("a pack may have at most {most} files").format(most=MAX_PANELS)
        problems.append(pack_document.problem((field_name,), message))
    return panels


def _panel_file_trouble(folder: Path, root: Path, name: str) -> str | None:
    """What is wrong with a listed panel file's path, or None when it is a file in the pack."""
    target = (folder / name).resolve()
    if not target.is_relative_to(root):
        return _("the path leads outside the pack folder; panel files must be inside it")
    if not target.is_file():
        return _("no such file in the pack folder: {file}").format(file=name)
    return None


def _cross_check(
    problems: list[Problem],
    pack_document: YamlDocument | None,
    meta: PackFile | None,
    sources_document: YamlDocument | None,
    panels: _PanelFiles,
    translations: _PanelFiles,
) -> None:
    """Check what spans files: ids, panel rules, source citations, briefings' panels,
    translations' keys."""
    checker = CrossChecker(problems)
    as_of = meta.as_of if meta is not None else None
    for document, panel in panels.read:
        if panel is not None:
            checker.panel(document, panel, as_of)
    citing = [pack_document] if pack_document else []
    citing += [document for document, _record in panels.read]
    citing += [document for document, _record in translations.read]
    complete = panels.complete()
    every_file = complete is not None and translations.complete() is not None
    checker.citations(sources_document, citing, complete=every_file)
    if meta is not None and pack_document is not None:
        checker.pack_file(meta, pack_document, complete)
        if complete is not None:
            checker.translations(meta, tuple(complete), translations.read)


def _build(
    folder: Path,
    meta: PackFile,
    sources: SourcesFile,
    panels: _PanelFiles,
    translations: _PanelFiles,
) -> ContentPack:
    """Assemble the checked files into a pack."""
    files = [PACK_FILE, SOURCES_FILE] + [document.file for document, _record in panels.read]
    files += [document.file for document, _record in translations.read]
    return ContentPack(
        folder=folder,
        meta=meta,
        panels=tuple(panel for _document, panel in panels.read if panel is not None),
        sources={source.id: source for source in sources.sources},
        checksum=checksum(folder, files),
        files=tuple(files),
        translations={
            file.language: file
            for _document, file in translations.read
            if isinstance(file, TranslationsFile)
        },
    )
