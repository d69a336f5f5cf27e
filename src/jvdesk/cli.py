"""The ``jvdesk`` command line: validate and describe content packs (never imports Qt)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jvdesk import __version__
from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.formatting import format_date, format_date_range
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import ResourceError, shipped_pack_path
from jvdesk.core.snapshot import pack_json, problems_json
from jvdesk.export.atomic import ExportCancelled, ExportError, write_atomically

if TYPE_CHECKING:
    from jvdesk.core.deckplan import DeckPlan

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70

GuiStarter = Callable[[Path | None, bool], int]
PdfExporter = Callable[["DeckPlan", Path, bool, list[str]], int]  # returns the pages written


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jvdesk",
        description=(
            "Briefing desk for the India–Japan Joint Vision for the Next Decade. "
            "With no command, jvdesk opens the desktop app."
        ),
        epilog="PACK is a content pack folder; it defaults to the pack jvdesk ships.",
    )
    parser.add_argument("--version", action="version", version=f"jvdesk {__version__}")
    parser.add_argument(
        "--pack",
        type=Path,
        metavar="PACK",
        dest="top_pack",
        help="the content pack for the desktop app or the command",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open every panel of the desktop app off screen, then exit (0 when all opened)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help="check a content pack and list every problem",
        description="Check a content pack. Exit 0 when it is valid; otherwise list every "
        "problem as file:line:column: field: message and exit 1.",
    )
    validate.add_argument("pack", nargs="?", type=Path, metavar="PACK")
    validate.add_argument(
        "--snapshot",
        type=Path,
        metavar="FILE",
        help="also write the checked pack, or its problems, to FILE as JSON (the desktop app "
        "checks packs this way)",
    )
    info = commands.add_parser(
        "info",
        help="summarise a content pack",
        description="Summarise a content pack: panels, targets, quotes, sources, briefings.",
    )
    info.add_argument("pack", nargs="?", type=Path, metavar="PACK")
    export = commands.add_parser(
        "export",
        help="write a briefing as an editable PowerPoint deck or a PDF handout",
        description="Write a briefing as a .pptx deck (native charts, speaker notes) or a PDF "
        "handout. The file is written whole or not at all.",
    )
    export.add_argument("--pack", type=Path, metavar="PACK", help="the content pack folder")
    export.add_argument("--briefing", metavar="ID", help="the briefing (default: the first)")
    export.add_argument(
        "--only", metavar="PANEL,...", help="only these panels, in the briefing's order"
    )
    export.add_argument(
        "--template", type=Path, metavar="FILE", help="your own .pptx or .potx to build on"
    )
    export.add_argument(
        "--aspect",
        choices=["16:9", "4:3"],
        default="16:9",
        help="shape of jvdesk's own template (a given template keeps its own size)",
    )
    export.add_argument("--no-notes", action="store_true", help="leave out speaker notes")
    export.add_argument(
        "--marking",
        metavar="TEXT",
        default="",
        help="a handling marking for every slide and page, such as RESTRICTED or DRAFT",
    )
    export.add_argument(
        "--format",
        choices=["pptx", "pdf"],
        help="file format (default: from the file name, else pptx)",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    return parser


def _pack_path(args: argparse.Namespace) -> Path | None:
    """The pack named after the command, or before it (`jvdesk --pack X validate`)."""
    named: Path | None = getattr(args, "pack", None)
    top: Path | None = args.top_pack
    if named is not None and top is not None and named != top:
        raise UsageError("two different packs were given; name one")
    return named if named is not None else top


def _load(args: argparse.Namespace, *, check: bool = True) -> ContentPack:
    """The pack the command names, or the shipped one.

    Args:
        args: the parsed arguments.
        check: validate it now (``validate``); else a pack a checked snapshot still vouches
            for is read from it (``export``, ``info``: ``jvdesk.core.opening``).
    """
    # Imported here: the validator (pydantic) is heavy, and the desktop app starts from
    # this module without needing it.
    path = _pack_path(args)
    folder = path if path is not None else shipped_pack_path()
    if not check:
        from jvdesk.core.opening import open_checked

        return open_checked(folder)
    from jvdesk.core.loader import load_pack

    return load_pack(folder)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _counts(pack: ContentPack) -> str:
    panels = pack.panels
    return ", ".join(
        [
            _count(len(panels), "panel"),
            _count(sum(len(p.targets) for p in panels), "target"),
            _count(sum(len(p.figures) for p in panels), "key figure"),
            _count(sum(len(p.quotes) for p in panels), "quote"),
            _count(sum(len(p.charts) for p in panels), "chart"),
            _count(len(pack.sources), "source"),
        ]
    )


def _validate(args: argparse.Namespace, out: TextIO) -> int:
    target: Path | None = args.snapshot
    try:
        pack = _load(args)
    except PackError as error:
        if target is not None:
            _write_snapshot(target, problems_json(error))
        raise
    if target is not None:
        _write_snapshot(target, pack_json(pack))
    print(f"OK: {pack.title} {pack.meta.version}: {_counts(pack)}", file=out)
    return EXIT_OK


def _write_snapshot(target: Path, text: str) -> None:
    try:
        write_atomically(target, text.encode("utf-8"))
    except ExportError as error:
        raise UsageError(str(error)) from None


def _info(args: argparse.Namespace, out: TextIO) -> int:
    pack = _load(args, check=False)
    meta = pack.meta
    summit = meta.summit
    leaders = " and ".join(f"{leader.name} ({leader.role})" for leader in summit.leaders)
    lines = [
        f"{pack.title}, version {meta.version} (schema {meta.schema_version})",
        f"Folder:    {pack.folder}",
        f"As of:     {format_date(meta.as_of)} (when its content was last checked)",
        f"Summit:    {summit.title}, {summit.place}, "
        f"{format_date_range(summit.start_date, summit.end_date)}",
        f"Leaders:   {leaders}",
        f"Contents:  {_counts(pack)}, {_count(len(meta.follow_ups), 'follow-up')}",
        "",
        "Panels:",
    ]
    width = max(len(panel.title) for panel in pack.panels)
    for panel in pack.panels:
        number = str(panel.number) if panel.number is not None else "-"
        counts = ", ".join(
            [
                _count(len(panel.targets), "target"),
                _count(len(panel.quotes), "quote"),
                _count(len(panel.charts), "chart"),
            ]
        )
        lines.append(f"  {number:>2}  {panel.title:<{width}}  {counts}  [{panel.status}]")
    checked = sum(panel.status == "checked" for panel in pack.panels)
    lines += [
        "",
        f"Editorial status: {checked} checked against the official text, "
        f"{len(pack.panels) - checked} from summaries, to be checked",
        "",
        "Briefings:",
    ]
    for briefing in meta.briefings:
        lines.append(
            f"  {briefing.id}: {briefing.title} ({len(briefing.panels)} panels, "
            f"{briefing.duration_minutes} min) for {briefing.audience}"
        )
    lines += ["", f"Checksum:  sha256:{pack.checksum}"]
    print("\n".join(lines), file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, err: TextIO, pdf: PdfExporter | None) -> int:
    from jvdesk.core.planning import plan_deck

    pack = _load(args, check=False)
    briefing_ids = [briefing.id for briefing in pack.meta.briefings]
    if args.briefing is not None and args.briefing not in briefing_ids:
        raise UsageError(
            f"no briefing '{args.briefing}'; the pack's briefings are: {', '.join(briefing_ids)}"
        )
    only = None
    if args.only is not None:
        only = [part.strip() for part in args.only.split(",") if part.strip()]
        if not only:
            raise UsageError("--only needs panel ids, such as --only economic-partnership,health")
    briefing = pack.briefing(args.briefing)
    if only is not None:
        unknown = [panel for panel in only if panel not in briefing.panels]
        if unknown:
            raise UsageError(
                f"not in the briefing '{briefing.id}': {', '.join(unknown)}; "
                f"its panels are: {', '.join(briefing.panels)}"
            )
    suffix = args.output.suffix.lower()
    if suffix not in (".pptx", ".pdf"):
        raise UsageError(f"the output file must end in .pptx or .pdf, not {args.output.name!r}")
    kind = args.format or suffix[1:]
    if kind != suffix[1:]:
        raise UsageError(f"--format {kind} does not match the file name {args.output.name!r}")
    try:
        plan = plan_deck(
            pack, briefing.id, only=only, notes=not args.no_notes, marking=args.marking
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    warnings: list[str] = []  # text too long for its box, named on stderr
    if kind == "pdf":
        if pdf is None:
            raise UsageError("PDF export needs the desktop components, which are not available")
        # A handout's notes can run onto extra pages: count pages, not the plan's slides.
        written = _count(pdf(plan, args.output, not args.no_notes, warnings), "page")
    else:
        # Imported here: python-pptx is heavy (about 0.2 s), and only a .pptx needs it.
        from jvdesk.export.pptx import DeckOptions, export_pptx

        options = DeckOptions(template=args.template, aspect=args.aspect, notes=not args.no_notes)
        export_pptx(plan, args.output, options, as_of=pack.content_date(), warnings=warnings)
        written = _count(len(plan.slides), "slide")
    for warning in warnings:
        print(f"jvdesk export: warning: {warning}", file=err)
    print(f"Wrote {args.output} ({written})", file=out)
    return EXIT_OK


class UsageError(Exception):
    """An argument the command cannot act on."""


def main(
    argv: Sequence[str] | None = None,
    *,
    start_gui: GuiStarter | None = None,
    export_pdf: PdfExporter | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the command line.

    Args:
        argv: arguments after the program name; ``sys.argv[1:]`` when None.
        start_gui: what to call when no command is given (the desktop app).
        export_pdf: what writes a PDF handout and returns its page count (it needs Qt, so
            it is passed in).
        out: where results go (stdout by default).
        err: where problems go (stderr by default).

    Returns:
        0 on success, 1 when the pack has problems, 2 on a usage error, 70 on an
        internal error (its traceback is written to the log folder).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        if args.command == "validate":
            return _validate(args, out)
        if args.command == "info":
            return _info(args, out)
        if args.command == "export":
            return _export(args, out, err, export_pdf)
        if start_gui is None:
            parser.print_usage(err)
            print("jvdesk: the desktop app is not available here", file=err)
            return EXIT_USAGE
        return start_gui(args.top_pack, args.self_test)
    except PackError as error:
        for problem in error.problems:
            print(problem, file=err)
        print(error.summary(), file=err)
        return EXIT_PROBLEMS
    except UsageError as error:
        print(f"jvdesk {args.command or ''}: {error}".replace(" :", ":"), file=err)
        return EXIT_USAGE
    except ExportError as error:
        print(f"jvdesk export: {error}", file=err)
        return EXIT_PROBLEMS
    except ExportCancelled:
        return 130
    except ResourceError as error:
        print(f"jvdesk: {error}", file=err)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the one place that turns a bug into a message
        log = write_crash_report(error)
        where = f"; details are in {log}" if log else ""
        first_line = (str(error).splitlines() or [""])[0][:200]
        name = type(error).__name__
        print(f"jvdesk: internal error: {name}: {first_line}{where}. Please report it.", file=err)
        return EXIT_INTERNAL
