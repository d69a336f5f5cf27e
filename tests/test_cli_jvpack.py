"""The command line's pack files: keygen, build, validate --trust, info, export, diff."""

from __future__ import annotations

import io
import stat
from pathlib import Path

from jvdesk.cli import main
from tests.conftest import MINIMAL_PACK, Edit


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _keygen(folder: Path, publisher: str = "India–Japan desk") -> Path:
    key = folder / "desk.key"
    code, _out, _ = call("pack", "keygen", "-o", str(key), "--publisher", publisher)
    assert code == 0
    return key


def test_keygen_writes_a_private_key_for_its_owner_and_never_prints_it(tmp_path: Path) -> None:
    key = tmp_path / "desk.key"
    code, out, err = call("pack", "keygen", "-o", str(key), "--publisher", "India–Japan desk")
    assert (code, err) == (0, "")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert "PRIVATE KEY" not in out and key.read_text() not in out
    assert '"publisher": "India–Japan desk"' in (tmp_path / "desk.key.pub").read_text()
    assert out.splitlines()[1].startswith("Key fingerprint: ")


def test_two_builds_are_byte_identical_and_validate_as_signed(tmp_path: Path) -> None:
    key = _keygen(tmp_path)
    first, second = tmp_path / "a.jvpack", tmp_path / "b.jvpack"
    for target in (first, second):
        code, out, _ = call(
            "pack", "build", str(MINIMAL_PACK), "-o", str(target), "--sign", str(key)
        )
        assert code == 0
    assert out == f"Wrote {second}: Minimal pack 1.0, signed with {key}\n"
    assert first.read_bytes() == second.read_bytes()
    code, out, _ = call("validate", str(first), "--trust", str(tmp_path / "desk.key.pub"))
    assert code == 0
    assert out.splitlines()[1].startswith("Signature: verified, signed by India–Japan desk (key ")


def test_validate_with_trust_refuses_another_signer_or_none(tmp_path: Path) -> None:
    key = _keygen(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    _keygen(other, "Someone else")
    signed, plain = tmp_path / "signed.jvpack", tmp_path / "plain.jvpack"
    call("pack", "build", str(MINIMAL_PACK), "-o", str(signed), "--sign", str(key))
    call("pack", "build", str(MINIMAL_PACK), "-o", str(plain))
    code, out, err = call("validate", str(signed), "--trust", str(other / "desk.key.pub"))
    assert (code, out) == (1, "")
    assert err == (
        "jvdesk validate: signed.jvpack cannot be opened: it is signed with another key than "
        "desk.key.pub\n"
    )
    code, _, err = call("validate", str(plain), "--trust", str(tmp_path / "desk.key.pub"))
    assert code == 1
    assert (
        "it is not signed, and --trust desk.key.pub accepts only packs signed with that key" in err
    )
    code, out, _ = call("validate", str(plain))
    assert (code, out.splitlines()[1]) == (0, "Signature: none (an unsigned pack file)")


def test_a_hostile_file_is_refused_in_one_line_with_exit_1(tmp_path: Path) -> None:
    notes = tmp_path / "notes.jvpack"
    notes.write_text("not a zip\n", encoding="utf-8")
    code, out, err = call("validate", str(notes))
    assert (code, out) == (1, "")
    assert err == (
        "jvdesk validate: notes.jvpack cannot be opened: it is not a jvdesk pack file (not a "
        "ZIP archive)\n"
    )


def test_info_and_export_take_a_pack_file(tmp_path: Path) -> None:
    built = tmp_path / "pack.jvpack"
    call("pack", "build", str(MINIMAL_PACK), "-o", str(built))
    code, out, _ = call("info", str(built))
    assert code == 0
    assert f"File:      {built}" in out.splitlines()
    deck = tmp_path / "deck.pptx"
    code, out, _ = call("export", "--pack", str(built), "-o", str(deck))
    assert code == 0 and deck.is_file()


def test_diff_lists_what_changed_between_a_folder_and_a_pack_file(
    tmp_path: Path, pack_dir: Path, edit: Edit
) -> None:
    built = tmp_path / "old.jvpack"
    call("pack", "build", str(MINIMAL_PACK), "-o", str(built))
    edit("panels/alpha.yaml", "value: 10", "value: 500000")
    code, out, _ = call("diff", str(built), str(pack_dir))
    assert code == 0
    assert "changed: alpha / target big-target / value: 10 → 500000" in out.splitlines()
    code, out, _ = call("diff", str(built), str(built))
    assert (code, out) == (0, "No changes.\n")


def test_a_pack_file_alone_opens_the_desktop_app_on_it(tmp_path: Path) -> None:
    started: list[Path | None] = []

    def start(pack: Path | None, self_test: bool) -> int:
        started.append(pack)
        return 0

    built = tmp_path / "Joint Vision update.jvpack"
    assert main([str(built)], start_gui=start) == 0
    assert started == [built]


def test_build_refuses_a_name_that_is_not_a_pack_file(tmp_path: Path) -> None:
    code, _, err = call("pack", "build", str(MINIMAL_PACK), "-o", str(tmp_path / "pack.zip"))
    assert code == 2
    assert "the pack file's name must end in .jvpack, not 'pack.zip'" in err
