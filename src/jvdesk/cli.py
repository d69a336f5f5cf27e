"""The ``jvdesk`` command line: validate and describe content packs (never imports Qt)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jvdesk import __version__
from jvdesk.core import i18n, packpath
from jvdesk.core.crashlog import write_crash_report
from jvdesk.core.i18n import DEFAULT, LANGUAGES, _, ngettext
from jvdesk.core.pack import ContentPack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import ResourceError, shipped_pack_path
from jvdesk.core.snapshot import pack_json, problems_json

if TYPE_CHECKING:
    from jvdesk.core.deckplan import DeckPlan

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70
EXIT_BROKEN_PIPE = 141  # as for a program SIGPIPE stopped (128 + 13)

GuiStarter = Callable[[Path | None, bool], int]
PdfExporter = Callable[["DeckPlan", Path, bool, list[str]], int]  # returns the pages written


def _parser() -> argparse.ArgumentParser:
    """The command line's parser, its help in the language in force (set before it is built)."""
    parser = argparse.ArgumentParser(
        prog="jvdesk",
        description=_(
            "Briefing desk for the India–Japan Joint Vision for the Next Decade. "
            "With no command, jvdesk opens the desktop app."
        ),
        epilog=_(
            "PACK is a content pack folder or a .jvpack file; it defaults to the pack jvdesk "
            "ships. `jvdesk FILE.jvpack` opens the desktop app on that pack file."
        ),
    )
    parser.add_argument("--version", action="version", version=f"jvdesk {__version__}")
    parser.add_argument(
        "--pack",
        type=Path,
        metavar="PACK",
        dest="top_pack",
        help=_("the content pack for the desktop app or the command"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("open every panel of the desktop app off screen, then exit (0 when all opened)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    validate = commands.add_parser(
        "validate",
        help=_("check a content pack and list every problem"),
        description=_(
            "Check a content pack. Exit 0 when it is valid; otherwise list every "
            "problem as file:line:column: field: message and exit 1."
        ),
    )
    validate.add_argument("pack", nargs="?", type=Path, metavar="PACK")
    validate.add_argument(
        "--trust",
        type=Path,
        metavar="KEY.pub",
        help=_(
            "refuse a .jvpack file unless it is signed by this public key and its contents "
            "match the signature"
        ),
    )
    validate.add_argument(
        "--snapshot",
        type=Path,
        metavar="FILE",
        help=_(
            "also write the checked pack, or its problems, to FILE as JSON (the desktop app "
            "checks packs this way)"
        ),
    )
    info = commands.add_parser(
        "info",
        help=_("summarise a content pack"),
        description=_(
            "Summarise a content pack: panels, targets, quotes, sources, briefings, "
            "and how much of it is translated."
        ),
    )
    info.add_argument("pack", nargs="?", type=Path, metavar="PACK")
    info.add_argument(
        "--keys",
        action="store_true",
        help=_(
            "list every text a translation may give instead: its key and its English "
            "words, separated by a tab"
        ),
    )
    info.add_argument(
        "--lang",
        choices=[language for language in LANGUAGES if language != DEFAULT],
        # Translators: --keys and LANG as typed; translated, official and missing are the
        # words jvdesk prints, in English, for tools to read.
        help=_(
            "with --keys: only the texts a translation into LANG gives, each followed by "
            "translated, official or missing"
        ),
    )
    export = commands.add_parser(
        "export",
        help=_("write a briefing as an editable PowerPoint deck or a PDF handout"),
        description=_(
            "Write a briefing as a .pptx deck (native charts, speaker notes) or a PDF "
            "handout. The file is written whole or not at all."
        ),
    )
    export.add_argument("--pack", type=Path, metavar="PACK", help=_("the content pack folder"))
    export.add_argument("--briefing", metavar="ID", help=_("the briefing (default: the first)"))
    export.add_argument(
        "--only", metavar="PANEL,...", help=_("only these panels, in the briefing's order")
    )
    export.add_argument(
        "--template", type=Path, metavar="FILE", help=_("your own .pptx or .potx to build on")
    )
    export.add_argument(
        "--aspect",
        choices=["16:9", "4:3"],
        default="16:9",
        help=_("shape of jvdesk's own template (a given template keeps its own size)"),
    )
    export.add_argument("--no-notes", action="store_true", help=_("leave out speaker notes"))
    export.add_argument(
        "--marking",
        metavar="TEXT",
        default="",
        help=_("a handling marking for every slide and page, such as RESTRICTED or DRAFT"),
    )
    export.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        default=DEFAULT,
        help=_("the language of the slides or pages (default: en)"),
    )
    export.add_argument(
        "--notes-lang",
        choices=list(LANGUAGES),
        help=_("the language of the speaker notes (default: the slides')"),
    )
    export.add_argument(
        "--format",
        choices=["pptx", "pdf"],
        help=_("file format (default: from the file name, else pptx)"),
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    diff = commands.add_parser(
        "diff",
        help=_("list what changed between two versions of a content pack"),
        description=_(
            "List what changed from OLD to NEW (pack folders or .jvpack files): panels, "
            "targets, figures, readings, chart data, quotes, sources, briefings, follow-ups "
            "and translations, each changed value as old → new."
        ),
    )
    diff.add_argument("old", type=Path, metavar="OLD")
    diff.add_argument("new", type=Path, metavar="NEW")
    pack = commands.add_parser(
        "pack",
        help=_("make signing keys and build signed .jvpack files"),
        description=_("Make a publisher's signing key, and build a pack folder into one file."),
    )
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    keygen = pack_commands.add_parser(
        "keygen",
        help=_("write a new private key and its public key KEY.pub"),
        description=_(
            "Write a new Ed25519 private key to KEY (readable by you alone; keep it safe and "
            "never send it) and its public key to KEY.pub, which carries the publisher's name "
            "and is what officials add to their trusted publishers."
        ),
    )
    keygen.add_argument("-o", "--output", type=Path, required=True, metavar="KEY")
    keygen.add_argument(
        "--publisher", default="", metavar="NAME", help=_("the publisher's name, in KEY.pub")
    )
    build = pack_commands.add_parser(
        "build",
        help=_("check a pack folder and write it as one .jvpack file"),
        description=_(
            "Check a pack folder and write it as one .jvpack file, signed with KEY when given. "
            "Two builds of the same folder with the same key are byte-identical."
        ),
    )
    build.add_argument("folder", type=Path, metavar="DIR")
    build.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.jvpack")
    build.add_argument("--sign", type=Path, metavar="KEY", help=_("the private key to sign with"))
    return parser


def _pack_path(args: argparse.Namespace) -> Path | None:
    """The pack named after the command, or before it (`jvdesk --pack X validate`)."""
    named: Path | None = getattr(args, "pack", None)
    top: Path | None = args.top_pack
    if named is not None and top is not None and named != top:
        raise UsageError(_("two different packs were given; name one"))
    return named if named is not None else top


def _load(args: argparse.Namespace, *, check: bool = True, path: Path | None = None) -> ContentPack:
    """The pack the command names, or the shipped one.

    Args:
        args: the parsed arguments (``args.files``: where .jvpack files are extracted to,
            and removed from when the command ends).
        check: validate it now (``validate``); else a pack a checked snapshot still vouches
            for is read from it (``export``, ``info``: ``jvdesk.core.opening``).
        path: the pack to load, when not the one the arguments name.
    """
    # Imported here: the validator (pydantic) is heavy, and the desktop app starts from
    # this module without needing it.
    path = path if path is not None else _pack_path(args)
    if path is not None and packpath.is_pack_file(path):
        return _load_pack_file(args, path)
    folder = path if path is not None else shipped_pack_path()
    if not check:
        from jvdesk.core.opening import open_checked

        return open_checked(folder)
    from jvdesk.core.loader import load_pack

    return load_pack(folder)


def _load_pack_file(args: argparse.Namespace, path: Path) -> ContentPack:
    """A .jvpack, checked and extracted into a private folder removed when the command ends.

    With ``--trust KEY.pub`` (validate), a pack not signed by that key is refused.
    """
    import dataclasses

    from jvdesk.core import jvpack
    from jvdesk.core.loader import load_pack

    trust: Path | None = getattr(args, "trust", None)
    key = jvpack.read_public_key(trust) if trust is not None else None
    opened = args.files.enter_context(jvpack.opened(path))
    if key is not None and jvpack.trusted_by(opened, [key]) is None:
        reason = (
            _("it is not signed, and --trust {key} accepts only packs signed with that key")
            if opened.signer is None
            else _("it is signed with another key than {key}")
        )
        raise jvpack.SignatureError(
            _("{file} cannot be opened: {reason}").format(
                file=path.name, reason=reason.format(key=trust.name if trust else "")
            )
        )
    args.opened.append(opened)
    pack = load_pack(opened.folder)
    return dataclasses.replace(pack, folder=path)  # shown as the file, not where it was put


def _signature_line(args: argparse.Namespace) -> str | None:
    """How the .jvpack just validated is signed, in one line; None for a folder."""
    if not args.opened:
        return None
    opened = args.opened[-1]
    if opened.signer is None:
        return _("Signature: none (an unsigned pack file)")
    trust: Path | None = getattr(args, "trust", None)
    if trust is not None:
        from jvdesk.core import jvpack

        key = jvpack.read_public_key(trust)
        return _("Signature: verified, signed by {publisher} (key {fingerprint})").format(
            publisher=key.publisher or key.fingerprint, fingerprint=key.fingerprint
        )
    return _(
        "Signature: valid, by key {fingerprint}; give --trust KEY.pub to check who signed it"
    ).format(fingerprint=opened.signer.fingerprint)


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from jvdesk.core.summary import counts, missing_translations

    target: Path | None = args.snapshot
    try:
        pack = _load(args)
    except PackError as error:
        if target is not None:
            _write_snapshot(target, problems_json(error))
        raise
    if target is not None:
        _write_snapshot(target, pack_json(pack))
    # Translators: {title} and {version} are the pack's; {counts} is "10 panels, 12 targets…".
    message = _("OK: {title} {version}: {counts}")
    print(
        message.format(title=pack.title, version=pack.meta.version, counts=counts(pack)), file=out
    )
    signature = _signature_line(args)
    if signature is not None:
        print(signature, file=out)
    for warning in missing_translations(pack):
        print(f"jvdesk validate: {_warning(warning)}", file=err)
    return EXIT_OK


def _warning(message: str) -> str:
    # Translators: a warning on the command line; {message} says what is wrong.
    return _("warning: {message}").format(message=message)


def _write_snapshot(target: Path, text: str) -> None:
    from jvdesk.export.atomic import ExportError, write_atomically

    try:
        write_atomically(target, text.encode("utf-8"))
    except ExportError as error:
        raise UsageError(str(error)) from None


def _info(args: argparse.Namespace, out: TextIO) -> int:
    from jvdesk.core.summary import key_lines, summary_lines

    if args.lang is not None and not args.keys:
        raise UsageError(_("--lang goes with --keys, such as --keys --lang ja"))
    pack = _load(args, check=False)
    lines = key_lines(pack, args.lang) if args.keys else summary_lines(pack)
    print("\n".join(lines), file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, err: TextIO, pdf: PdfExporter | None) -> int:
    from jvdesk.core.planning import plan_deck

    pack = _load(args, check=False)
    briefing_ids = [briefing.id for briefing in pack.meta.briefings]
    if args.briefing is not None and args.briefing not in briefing_ids:
        raise UsageError(
            _("no briefing '{briefing}'; the pack's briefings are: {briefings}").format(
                briefing=args.briefing, briefings=", ".join(briefing_ids)
            )
        )
    only = None
    if args.only is not None:
        only = [part.strip() for part in args.only.split(",") if part.strip()]
        if not only:
            raise UsageError(
                _("--only needs panel ids, such as --only economic-partnership,health")
            )
    briefing = pack.briefing(args.briefing)
    if only is not None:
        unknown = [panel for panel in only if panel not in briefing.panels]
        if unknown:
            raise UsageError(
                _("not in the briefing '{briefing}': {unknown}; its panels are: {panels}").format(
                    briefing=briefing.id,
                    unknown=", ".join(unknown),
                    panels=", ".join(briefing.panels),
                )
            )
    suffix = args.output.suffix.lower()
    if suffix not in (".pptx", ".pdf"):
        raise UsageError(
            _("the output file must end in .pptx or .pdf, not {name}").format(
                name=repr(args.output.name)
            )
        )
    kind = args.format or suffix[1:]
    if kind != suffix[1:]:
        raise UsageError(
            _("--format {format} does not match the file name {name}").format(
                format=kind, name=repr(args.output.name)
            )
        )
    try:
        plan = plan_deck(
            pack,
            briefing.id,
            only=only,
            notes=not args.no_notes,
            marking=args.marking,
            language=args.lang,
            notes_language=args.notes_lang,
        )
    except ValueError as error:
        raise UsageError(str(error)) from None
    warnings: list[str] = []  # text too long for its box, named on stderr
    exported = {slide.panel_id for slide in plan.slides if slide.panel_id}
    from jvdesk.core.summary import untranslated

    warnings += untranslated(pack, (args.lang, args.notes_lang or args.lang), exported)
    if kind == "pdf":
        if pdf is None:
            raise UsageError(_("PDF export needs the desktop components, which are not available"))
        # A handout's notes can run onto extra pages: count pages, not the plan's slides.
        pages = pdf(plan, args.output, not args.no_notes, warnings)
        wrote = ngettext("Wrote {file} ({count} page)", "Wrote {file} ({count} pages)", pages)
        written = wrote.format(file=args.output, count=pages)
    else:
        # Imported here: python-pptx is heavy (about 0.2 s), and only a .pptx needs it.
        from jvdesk.export.pptx import DeckOptions, export_pptx

        options = DeckOptions(template=args.template, aspect=args.aspect, notes=not args.no_notes)
        export_pptx(plan, args.output, options, as_of=pack.content_date(), warnings=warnings)
        slides = len(plan.slides)
        wrote = ngettext("Wrote {file} ({count} slide)", "Wrote {file} ({count} slides)", slides)
        written = wrote.format(file=args.output, count=slides)
    for warning in warnings:
        print(f"jvdesk export: {_warning(warning)}", file=err)
    print(written, file=out)
    return EXIT_OK


def _diff(args: argparse.Namespace, out: TextIO) -> int:
    from jvdesk.core.packdiff import diff_lines, diff_packs

    old = _load(args, path=args.old)
    new = _load(args, path=args.new)
    print("\n".join(diff_lines(diff_packs(old, new))), file=out)
    return EXIT_OK


def _pack(args: argparse.Namespace, out: TextIO) -> int:
    from jvdesk.core import jvpack

    if args.pack_command == "keygen":
        key = jvpack.keygen(args.output, args.publisher)
        print(
            _("Wrote the private key {key} (keep it safe) and the public key {public}").format(
                key=args.output, public=args.output.with_name(args.output.name + ".pub")
            ),
            file=out,
        )
        print(_("Key fingerprint: {fingerprint}").format(fingerprint=key.fingerprint), file=out)
        return EXIT_OK
    if args.output.suffix.lower() != packpath.SUFFIX:
        raise UsageError(
            _("the pack file's name must end in .jvpack, not {name}").format(
                name=repr(args.output.name)
            )
        )
    from jvdesk.core.loader import load_pack

    pack = load_pack(args.folder)
    jvpack.build(pack, args.output, args.sign)
    if args.sign is None:
        said = _("Wrote {file}: {title} {version}, unsigned")
        print(said.format(file=args.output, title=pack.title, version=pack.meta.version), file=out)
    else:
        said = _("Wrote {file}: {title} {version}, signed with {key}")
        print(
            said.format(
                file=args.output, title=pack.title, version=pack.meta.version, key=args.sign
            ),
            file=out,
        )
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
    # The language the environment asks for (LANG=ja_JP.UTF-8), read before any word is
    # written; the desktop app sets its own from its settings when it starts.
    i18n.set_language(i18n.language_from_environment())
    parser = _parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 1 and argv[0].lower().endswith(".jvpack"):
        argv = ["--pack", argv[0]]  # a double-clicked pack file opens the desktop app on it
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    with contextlib.ExitStack() as files:
        args.files, args.opened = files, []
        return _run(args, parser, out, err, start_gui, export_pdf)


def _run(
    args: argparse.Namespace,
    parser: argparse.ArgumentParser,
    out: TextIO,
    err: TextIO,
    start_gui: GuiStarter | None,
    export_pdf: PdfExporter | None,
) -> int:
    """Run the command parsed, reporting what goes wrong as ``main`` says."""
    try:
        if args.command == "validate":
            return _validate(args, out, err)
        if args.command == "info":
            return _info(args, out)
        if args.command == "export":
            return _export(args, out, err, export_pdf)
        if args.command == "diff":
            return _diff(args, out)
        if args.command == "pack":
            return _pack(args, out)
        if start_gui is None:
            parser.print_usage(err)
            unavailable = _("the desktop app is not available here")
            print(f"jvdesk: {unavailable}", file=err)
            return EXIT_USAGE
        return start_gui(args.top_pack, args.self_test)
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the one place that turns a failure into a message
        return _failed(error, args, out, err)


def _failed(error: Exception, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Say what went wrong in one line (a pack's problems, one a line); the exit code.

    The export's and the pack file's errors are imported here, not with this module: the
    desktop app starts through it and reads neither (the pack-file reader alone took
    4.1–6.8 ms of each start to import).
    """
    from jvdesk.core.jvpack import JvpackError
    from jvdesk.export.atomic import ExportCancelled, ExportError

    if isinstance(error, PackError):
        for problem in error.problems:
            print(problem, file=err)
        print(error.summary(), file=err)
        return EXIT_PROBLEMS
    if isinstance(error, UsageError | JvpackError):
        print(f"jvdesk {args.command or ''}: {error}".replace(" :", ":"), file=err)
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_PROBLEMS
    if isinstance(error, ExportError):
        print(f"jvdesk export: {error}", file=err)
        return EXIT_PROBLEMS
    if isinstance(error, ExportCancelled):
        return 130
    if isinstance(error, ResourceError):
        print(f"jvdesk: {error}", file=err)
        return EXIT_PROBLEMS
    if isinstance(error, BrokenPipeError):
        # The reader stopped reading (`jvdesk info --keys | head`): stop quietly, and keep
        # Python from failing once more when it flushes the closed pipe on exit.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
        return EXIT_BROKEN_PIPE
    log = write_crash_report(error)
    first_line = (str(error).splitlines() or [""])[0][:200]
    name = type(error).__name__
    if log:
        # Translators: {error} is the error's name and first line, in English; {log} a file.
        message = _("internal error: {error}; details are in {log}. Please report it.")
    else:
        message = _("internal error: {error}. Please report it.")
    print(f"jvdesk: {message.format(error=f'{name}: {first_line}', log=log)}", file=err)
    return EXIT_INTERNAL
