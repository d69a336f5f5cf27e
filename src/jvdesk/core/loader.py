"""Load a content pack folder, reporting every problem in it at once, each located."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from jvdesk.core.crosschecks import CrossChecker
from jvdesk.core.model import SCHEMA_VERSION, PackFile, Panel, SourcesFile
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
    """The panel files pack.yaml lists, as far as they could be read.

    Attributes:
        read: each file that was read, with its panel, or None where it is not valid.
        all_read: whether pack.yaml's list of panels was read and every file in it
            found and parsed.
    """

    read: list[tuple[YamlDocument, Panel | None]] = field(default_factory=list)
    all_read: bool = False

    def complete(self) -> list[Panel] | None:
        """Every panel of the pack, or None when a listed file was not read or is not valid."""
        panels = [panel for _, panel in self.read if panel is not None]
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
    _cross_check(problems, pack_document, meta, sources_document, panels)
    if problems:
        raise PackError(problems)
    assert meta is not None and sources is not None
    return _build(folder, meta, sources, panels)


def _check_folder(folder: Path) -> None:
    """Make sure the folder exists and holds a pack.yaml.

    Raises:
        PackError: when it does not, with the one problem that stops everything else.
    """
    try:
        is_folder, exists = folder.is_dir(), folder.exists()
    except OSError as error:
        raise PackError(
            [Problem(str(folder), 0, 0, "", f"cannot be read ({error.strerror or error})")]
        ) from None
    if not is_folder:
        what = "does not exist" if not exists else "is a file, not a pack folder"
        raise PackError([Problem(str(folder), 0, 0, "", f"{what}; choose a pack folder")])
    if not (folder / PACK_FILE).exists():
        raise PackError(
            [Problem(PACK_FILE, 0, 0, "", f"{folder} holds no {PACK_FILE}; is it a pack folder?")]
        )


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
        advice = "update jvdesk" if version > SCHEMA_VERSION else f"use {SCHEMA_VERSION}"
        raise PackError(
            [
                document.problem(
                    ("schema_version",),
                    f"this pack is written for schema_version {version}; this jvdesk reads "
                    f"schema_version {SCHEMA_VERSION}; {advice}",
                )
            ]
        )
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
    listed = pack_document.data.get("panels") if pack_document else None
    if pack_document is None or not isinstance(listed, list):
        return _PanelFiles()
    root = folder.resolve()
    panels = _PanelFiles(all_read=True)
    seen: set[str] = set()
    for index, name in enumerate(listed[:MAX_PANELS]):
        if not isinstance(name, str):
            continue
        if name in seen:
            problems.append(pack_document.problem(("panels", index), f"{name} is listed twice"))
            continue
        seen.add(name)
        trouble = _panel_file_trouble(folder, root, name)
        if trouble is not None:
            problems.append(pack_document.problem(("panels", index), trouble))
            panels.all_read = False
            continue
        document = _read(folder, name, problems)
        if document is None:
            panels.all_read = False
            continue
        panels.read.append((document, _validate(document, Panel, problems)))
    if len(listed) > MAX_PANELS:
        problems.append(
            pack_document.problem(("panels",), f"a pack may have at most {MAX_PANELS} panels")
        )
    return panels


def _panel_file_trouble(folder: Path, root: Path, name: str) -> str | None:
    """What is wrong with a listed panel file's path, or None when it is a file in the pack."""
    target = (folder / name).resolve()
    if not target.is_relative_to(root):
        return "the path leads outside the pack folder; panel files must be inside it"
    if not target.is_file():
        return f"no such file in the pack folder: {name}"
    return None


def _cross_check(
    problems: list[Problem],
    pack_document: YamlDocument | None,
    meta: PackFile | None,
    sources_document: YamlDocument | None,
    panels: _PanelFiles,
) -> None:
    """Check what spans files: ids, panel rules, source citations, briefings' panels."""
    checker = CrossChecker(problems)
    for document, panel in panels.read:
        if panel is not None:
            checker.panel(document, panel)
    citing = [pack_document] if pack_document else []
    citing += [document for document, _ in panels.read]
    complete = panels.complete()
    checker.citations(sources_document, citing, complete=complete is not None)
    if meta is not None and pack_document is not None:
        checker.pack_file(meta, pack_document, complete)


def _build(folder: Path, meta: PackFile, sources: SourcesFile, panels: _PanelFiles) -> ContentPack:
    """Assemble the checked files into a pack."""
    files = [PACK_FILE, SOURCES_FILE] + [document.file for document, _ in panels.read]
    return ContentPack(
        folder=folder,
        meta=meta,
        panels=tuple(panel for _, panel in panels.read if panel is not None),
        sources={source.id: source for source in sources.sources},
        checksum=checksum(folder, files),
        files=tuple(files),
    )
