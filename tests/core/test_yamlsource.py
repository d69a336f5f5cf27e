"""Untrusted pack files: hostile or broken input gets one clear, located problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.core.yamlsource import MAX_DEPTH, MAX_FILE_BYTES, YamlFileError, load_document


def only_problem(path: Path) -> str:
    with pytest.raises(YamlFileError) as caught:
        load_document(path, path.name)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def write(tmp_path: Path, content: str | bytes, name: str = "panel.yaml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_values_keep_their_positions(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "a: 1\nb:\n  - x: 2\n    y: [3, 4]\n"), "f.yaml")
    assert document.data == {"a": 1, "b": [{"x": 2, "y": [3, 4]}]}
    assert document.locate(("b", 0, "y", 1)).line == 4
    assert document.locate(("b", 0, "y", 1)).column == 12
    assert document.locate(("b", 0, "x"), key=True).column == 5


def test_dates_stay_text(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "date: 2025-08-29\n"), "f.yaml")
    assert document.data == {"date": "2025-08-29"}


def test_empty_file(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "")) == (
        "panel.yaml: the file is empty; it should hold a mapping of fields"
    )


def test_invalid_yaml(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "title: [unclosed\nsummary: x\n")) == (
        "panel.yaml:2:8: invalid YAML: while parsing a flow sequence, "
        "did not find expected ',' or ']'"
    )


def test_a_single_value_is_not_a_pack_file(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "- just\n- a list\n")) == (
        "panel.yaml:1:1: the file should hold a mapping of fields (name: value), "
        "not a single value or list"
    )


def test_binary_file(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")) == (
        "panel.yaml: this is a binary file, not YAML text; a pack file must be UTF-8 text"
    )


def test_not_utf8(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "title: caf\xe9\n".encode("latin-1"))) == (
        "panel.yaml: the file is not UTF-8 text (byte 0xe9 on line 1); save it as UTF-8"
    )


def test_utf8_with_byte_order_mark(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "\ufefftitle: 日本\n"), "f.yaml")
    assert document.data == {"title": "日本"}


def test_python_tag_is_refused_not_run(tmp_path: Path) -> None:
    path = write(tmp_path, "title: !!python/object/apply:os.system ['touch pwned']\n")
    document = load_document(path, "panel.yaml")
    assert [str(p) for p in document.problems] == [
        "panel.yaml:1:8: title: the YAML tag !!python/object/apply:os.system is not allowed "
        "in a content pack; write a plain value"
    ]
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 12):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        lines.append(f"{name}: &{name} [{','.join(['*' + previous] * 9)}]")
    assert only_problem(write(tmp_path, "\n".join(lines) + "\n")) == (
        "panel.yaml:2:8: YAML aliases (*a) are not allowed in a content pack; "
        "write the value out in full"
    )


def test_recursive_alias(tmp_path: Path) -> None:
    assert only_problem(write(tmp_path, "a: &x [*x]\n")) == (
        "panel.yaml:1:8: YAML aliases (*x) are not allowed in a content pack; "
        "write the value out in full"
    )


@pytest.mark.parametrize("levels", [10_000, MAX_DEPTH + 1])
def test_deep_nesting(tmp_path: Path, levels: int) -> None:
    # Thousands of levels are refused from the event stream, before libyaml composes (and
    # would crash on) them; a few too many, by the builder, with the same words.
    text = "a: " + "[" * levels + "]" * levels + "\n"
    assert only_problem(write(tmp_path, text)) == (
        f"panel.yaml:1:{MAX_DEPTH + 3}: values are nested more than {MAX_DEPTH} levels deep; "
        "a pack file never needs that many"
    )


def test_deep_block_nesting(tmp_path: Path) -> None:
    lines = [f"{' ' * level}k{level}:" for level in range(MAX_DEPTH + 2)]
    assert only_problem(write(tmp_path, "\n".join(lines) + " x\n")) == (
        f"panel.yaml:{MAX_DEPTH + 1}:{MAX_DEPTH + 1}: values are nested more than {MAX_DEPTH} "
        "levels deep; a pack file never needs that many"
    )


def test_huge_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a: " + "x" * MAX_FILE_BYTES + "\n")
    assert only_problem(path) == (
        f"panel.yaml: the file is {MAX_FILE_BYTES + 4:,} bytes; a pack file may be at most "
        f"{MAX_FILE_BYTES:,} bytes; split it or remove what does not belong"
    )


def test_non_text_keys(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "1: one\ntitle: x\n"), "panel.yaml")
    assert [str(p) for p in document.problems] == [
        "panel.yaml:1:1: field names must be plain words, got '1'"
    ]


def test_folder_given_as_a_panel_file(pack_dir: Path) -> None:
    (pack_dir / "panels" / "beta.yaml").unlink()
    (pack_dir / "panels" / "beta.yaml").mkdir()
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    assert [str(p) for p in caught.value.problems] == [
        "pack.yaml:24:5: panels[1]: no such file in the pack folder: panels/beta.yaml"
    ]


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02", b"\xff\xfe\xfa", b"!!python/name:os.system", b"[[[", b"a: &a [*a]"],
)
def test_hostile_pack_file_gives_a_pack_error(pack_dir: Path, content: bytes) -> None:
    (pack_dir / "pack.yaml").write_bytes(content)
    with pytest.raises(PackError) as caught:
        load_pack(pack_dir)
    assert all(p.file == "pack.yaml" for p in caught.value.problems)
