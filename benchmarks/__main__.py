"""Run every benchmark and print one table: ``make bench``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import yaml

from benchmarks.harness import Row, median_ms, print_table, process_ms
from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.yamlsource import YamlFileError, load_document


def _hostile_files(folder: Path) -> dict[str, Path]:
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 12):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        bomb.append(f"{name}: &{name} [{','.join(['*' + previous] * 9)}]")
    files = {
        "alias bomb (9^12 nodes)": "\n".join(bomb) + "\n",
        "nesting 100,000 deep": "a: " + "[" * 100_000 + "]" * 100_000 + "\n",
        "a file over 1 MB": "a: " + "x" * 1_000_100 + "\n",
    }
    paths = {}
    for index, (label, text) in enumerate(files.items()):
        path = folder / f"hostile-{index}.yaml"
        path.write_text(text, encoding="utf-8")
        paths[label] = path
    return paths


def _reject(path: Path) -> None:
    try:
        load_document(path, path.name)
    except YamlFileError:
        return
    raise AssertionError(f"{path} was accepted")


def main() -> int:
    pack = shipped_pack_path()
    files = sorted(pack.rglob("*.yaml"))
    rows = [
        Row(
            "load + validate shipped pack",
            median_ms(lambda: load_pack(pack)),
            "yaml.safe_load of its files",
            median_ms(lambda: [yaml.safe_load(f.read_text(encoding="utf-8")) for f in files]),
            "ratio ≤ 4 (locations cost one more parse)",
        )
    ]
    with tempfile.TemporaryDirectory() as folder:
        floor = median_ms(lambda: load_document(pack / "pack.yaml", "pack.yaml"))
        for label, path in _hostile_files(Path(folder)).items():
            rows.append(
                Row(
                    f"reject {label}",
                    median_ms(lambda path=path: _reject(path), repeat=5, warmup=1),
                    "read shipped pack.yaml",
                    floor,
                    "< 2,000 ms each",
                )
            )
    python = sys.executable
    rows.append(
        Row(
            "`jvdesk validate` as a process",
            process_ms([python, "-m", "jvdesk", "validate"]),
            "`python -c pass`",
            process_ms([python, "-c", "pass"]),
            "no Qt loaded",
        )
    )
    try:
        load_pack(pack)
    except PackError as error:
        print(error, file=sys.stderr)
        return 1
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
