"""The jvdesk command: exit codes and messages, run as a user runs it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from jvdesk import __version__
from jvdesk.cli import main
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from tests.conftest import MINIMAL_PACK, Edit
from tests.realtools import pdf_pages


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jvdesk", *args],
        capture_output=True,
        text=True,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def call(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_version() -> None:
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"jvdesk {__version__}\n")


def test_help_mentions_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "validate" in result.stdout and "info" in result.stdout
    assert "With no command, jvdesk opens the desktop app." in " ".join(result.stdout.split())


def test_usage_error_exits_2() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert "invalid choice: 'frobnicate'" in result.stderr


def test_validate_the_shipped_pack() -> None:
    result = run("validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: India–Japan Joint Vision 2025 1.1: 10 panels, ")


def test_validate_lists_every_problem_and_exits_1(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    edit("panels/beta.yaml", "    sources: [press]", "    sources: [pres]")
    result = run("validate", str(pack_dir))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'",
        "panels/beta.yaml:10:15: initiatives[0].sources[0]: unknown source id 'pres' "
        "(did you mean 'press'?); define it in sources.yaml or fix the spelling",
        "The content pack has 2 problems; fix them and load it again.",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "pack.yaml: the file is empty; it should hold a mapping of fields"),
        (b"\x00\x01binary", "pack.yaml: this is a binary file, not YAML text"),
        (b"a: !!python/object/apply:os.system ['true']\n", "the YAML tag !!python/object/apply"),
        (b"a: &a [1]\nb: *a\n", "pack.yaml:2:4: YAML aliases (*a) are not allowed"),
        (b"a: [\n", "pack.yaml:2:1: invalid YAML"),
    ],
)
def test_hostile_input_never_shows_a_traceback(
    pack_dir: Path, content: bytes, message: str
) -> None:
    (pack_dir / "pack.yaml").write_bytes(content)
    result = run("validate", str(pack_dir))
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_a_path_that_is_not_a_pack(tmp_path: Path) -> None:
    code, out, err = call("validate", str(tmp_path / "missing"))
    assert (code, out) == (1, "")
    assert err.splitlines()[0] == f"{tmp_path / 'missing'}: does not exist; choose a pack folder"


def test_info_summarises_the_pack() -> None:
    code, out, _ = call("info", str(MINIMAL_PACK))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Minimal pack, version 1.0 (schema 1)"
    assert "Summit:    Test Summit, Tokyo, 29–30 Aug 2025" in lines
    assert "As of:     1 Sep 2025 (when its content was last checked)" in lines
    assert (
        "Editorial status: 1 checked against the official text, 1 from summaries, to be checked"
        in lines
    )
    assert "  full: Full briefing (2 panels, 20 min) for Officials" in lines
    assert lines[-1].startswith("Checksum:  sha256:")


def test_info_lists_where_each_target_stands(pack_dir: Path, edit: Edit) -> None:
    edit(
        "panels/alpha.yaml",
        "    would_count: A published total of investment since the summit.\n",
        "    trajectory: {kind: cumulative, start: 2025-08-29, end: 2035-08-29, why: A total.}\n"
        "    readings:\n"
        "      - {as_of: 2025-08, value: 0.2, unit: JPY trillion, label: So far,"
        " measures: target, sources: [official]}\n",
    )
    code, out, _ = call("info", str(pack_dir))
    assert code == 0
    lines = out.splitlines()
    block = lines[lines.index("Progress") + 1 : lines.index("Progress") + 2]
    # Statuses in a column as wide as the longest word, "no reading yet".
    assert block == ["  Investment  ahead           JPY 0.2 trillion as of Aug 2025"]
    code, out, _ = call("info", str(MINIMAL_PACK))
    lines = out.splitlines()
    assert lines[lines.index("Progress") + 1] == "  Investment  no reading yet"


def test_info_lists_every_shipped_target_with_its_status() -> None:
    _code, out, _ = call("info")
    lines = out.splitlines()
    start = lines.index("Progress") + 1
    block = lines[start : lines.index("", start)]
    # Every target once: the 500,000 exchange is on two panels.
    labels = {t.label for p in load_pack(shipped_pack_path()).panels for t in p.targets}
    assert len(block) == len(labels) == 7
    statuses = ("behind", "on track", "ahead", "indicator only", "no reading yet")
    assert all(any(f"  {status}" in line for status in statuses) for line in block)
    assert sum(" as of " in line for line in block) >= 3  # at least three targets have a reading


def test_no_command_starts_the_app_on_the_given_pack() -> None:
    started: list[Path | None] = []

    def start(pack: Path | None, self_test: bool) -> int:
        started.append(pack)
        return 0

    assert main(["--pack", str(MINIMAL_PACK)], start_gui=start) == 0
    assert started == [MINIMAL_PACK]


def test_an_internal_error_is_logged_not_shown(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("JVDESK_LOG_DIR", str(tmp_path))

    def broken(pack: Path | None, self_test: bool) -> int:
        raise RuntimeError("boom")

    err = io.StringIO()
    assert main([], start_gui=broken, err=err) == 70
    assert err.getvalue() == (
        f"jvdesk: internal error: RuntimeError: boom; details are in {tmp_path / 'crash.log'}. "
        "Please report it.\n"
    )
    assert "Traceback (most recent call last)" in (tmp_path / "crash.log").read_text()


def test_export_writes_the_briefing(tmp_path: Path) -> None:
    target = tmp_path / "overview.pptx"
    code, out, err = call("export", "--briefing", "overview-10", "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(f"Wrote {target} (")
    presentation = Presentation(str(target))
    titles = [slide.shapes.title.text for slide in presentation.slides]
    assert titles[:3] == [
        "India–Japan Joint Vision 2025",
        "Agenda",
        "1. Next Generation Economic Partnership",
    ]
    assert "Joint Declaration on Security Cooperation" in titles


def test_export_options(tmp_path: Path) -> None:
    target = tmp_path / "hr.pptx"
    code, _, err = call(
        "export",
        "--pack",
        str(MINIMAL_PACK),
        "--only",
        "beta",
        "--aspect",
        "4:3",
        "--no-notes",
        "-o",
        str(target),
    )
    assert (code, err) == (0, "")
    presentation = Presentation(str(target))
    assert presentation.slide_width / presentation.slide_height == pytest.approx(4 / 3)
    titles = [slide.shapes.title.text for slide in presentation.slides]
    assert "Beta document" in titles and "1. Alpha direction" not in titles
    assert not any(slide.has_notes_slide for slide in presentation.slides)


def test_export_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pptx", tmp_path / "b.pptx"
    assert run("export", "-o", str(first)).returncode == 0
    assert run("export", "-o", str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["--briefing", "nope"],
            2,
            "jvdesk export: no briefing 'nope'; the pack's briefings are: "
            "full, overview-10, business-delegation",
        ),
        (
            ["--briefing", "overview-10", "--only", "mobility"],
            2,
            "jvdesk export: not in the briefing 'overview-10': mobility; its panels are: "
            "economic-partnership, hr-action-plan, security-declaration",
        ),
    ],
)
def test_export_usage_errors(tmp_path: Path, args: list[str], code: int, message: str) -> None:
    result = call("export", *args, "-o", str(tmp_path / "x.pptx"))
    assert result[0] == code
    assert result[2] == message + "\n"


def test_export_to_a_missing_folder(tmp_path: Path) -> None:
    result = run("export", "-o", str(tmp_path / "no" / "deck.pptx"))
    assert result.returncode == 1
    assert result.stderr == (
        f"jvdesk export: the folder {tmp_path / 'no'} does not exist; create it or choose another\n"
    )


def test_pack_before_the_command_is_used(pack_dir: Path, edit: Edit) -> None:
    edit("panels/alpha.yaml", "value: 10", "value: ten")
    code, _, err = call("--pack", str(pack_dir), "validate")
    assert code == 1
    assert err.splitlines()[0] == (
        "panels/alpha.yaml:11:12: targets[0].value: expected a number, got 'ten'"
    )
    code, _, err = call("--pack", str(pack_dir), "validate", str(MINIMAL_PACK))
    assert (code, err) == (2, "jvdesk validate: two different packs were given; name one\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "deck.txt"], "the output file must end in .pptx or .pdf, not 'deck.txt'"),
        (
            ["--format", "pdf", "-o", "deck.pptx"],
            "--format pdf does not match the file name 'deck.pptx'",
        ),
        (
            ["--only", " , ", "-o", "deck.pptx"],
            "--only needs panel ids, such as --only economic-partnership,health",
        ),
    ],
)
def test_export_refuses_mismatched_names(tmp_path: Path, args: list[str], message: str) -> None:
    args = [str(tmp_path / a) if a.startswith("deck.") else a for a in args]
    code, _, err = call("export", *args)
    assert code == 2
    assert err == f"jvdesk export: {message}\n".replace("'deck.", "'deck.")


def test_export_warns_of_text_too_long_for_its_slide(pack_dir: Path, edit: Edit) -> None:
    long_title = ("Alpha direction on the long and winding road of partnership " * 5)[:200].strip()
    edit("panels/alpha.yaml", "title: Alpha direction\n", f"title: {long_title}\n")
    target = pack_dir.parent / "deck.pptx"
    code, out, err = call("export", "--pack", str(pack_dir), "--aspect", "4:3", "-o", str(target))
    slides = len(plan_deck(load_pack(pack_dir)).slides)
    assert (code, out) == (0, f"Wrote {target} ({slides} slides)\n")
    assert err == (
        'jvdesk export: warning: slide 3 ("1. Alpha direction on the long and winding road of '
        'partne..."): the title is too long to fit even at the smallest text size; '
        "shorten it in the pack\n"
    )


def test_export_of_a_handout_counts_its_pages_not_its_slides(pack_dir: Path, edit: Edit) -> None:
    points = "".join(
        f"  - Talking point {n}, say this first, then that, and then the other thing.\n"
        for n in range(1, 61)
    )
    edit("panels/alpha.yaml", "  - Say this.\n", points)  # notes that run onto more pages
    target = pack_dir.parent / "handout.pdf"
    result = run("export", "--pack", str(pack_dir), "-o", str(target))
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(target)
    assert pages > len(plan_deck(load_pack(pack_dir)).slides)
    assert result.stdout == f"Wrote {target} ({pages} pages)\n"


@pytest.mark.parametrize(("pages", "said"), [(1, "1 page"), (2, "2 pages")])
def test_export_says_one_page_in_the_singular(tmp_path: Path, pages: int, said: str) -> None:
    def one_page(plan: object, target: Path, notes: bool, warnings: list[str]) -> int:
        target.write_bytes(b"%PDF")
        return pages

    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "handout.pdf"
    args = ["export", "--pack", str(MINIMAL_PACK), "-o", str(target)]
    assert main(args, export_pdf=one_page, out=out, err=err) == 0
    assert (out.getvalue(), err.getvalue()) == (f"Wrote {target} ({said})\n", "")


def test_export_of_a_deck_counts_its_slides(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    code, out, err = call("export", "--pack", str(MINIMAL_PACK), "-o", str(target))
    slides = len(Presentation(str(target)).slides)
    assert slides == len(plan_deck(load_pack(MINIMAL_PACK)).slides)
    assert (code, out, err) == (0, f"Wrote {target} ({slides} slides)\n", "")
