"""Run every benchmark and print one table: ``make bench``."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from benchmarks.harness import Row, median_ms, paired_process_ms, print_table, process_ms
from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.core.yamlsource import YamlFileError, load_document
from jvdesk.gui.app import BENCH_ENV


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


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _app_rows(settings_dir: str) -> list[Row]:
    """Cold start, panel switching and memory of the desktop app, beside a bare window."""
    python = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JVDESK_SETTINGS_DIR": settings_dir}
    bare = str(Path(__file__).parent / "bare_window.py")
    # Start-up is timed with settings of its own, untouched by the runs below, so every
    # start opens on the overview, as a fresh install does.
    start_env = {**env, BENCH_ENV: "1", "JVDESK_SETTINGS_DIR": str(Path(settings_dir) / "start")}
    start = process_ms([python, "-m", "jvdesk"], env=start_env)
    floor = process_ms([python, bare], env=env)
    memory = _peak_kib([python, "-m", "benchmarks.app_memory"], env)
    bare_memory = _peak_kib([python, bare, "--memory"], env)
    first, again, built = _switching(env)
    advance = subprocess.run(
        [python, "-m", "benchmarks.advancing"], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    rows = []
    bundled = Path(__file__).resolve().parents[1] / "dist" / "jvdesk" / "jvdesk"
    if bundled.is_file():
        bundle_ms, venv_ms = paired_process_ms(
            [str(bundled)], [python, "-m", "jvdesk"], env=start_env
        )
        rows.append(
            Row(
                "bundle: start to first paint",
                bundle_ms,
                "the venv's, runs alternated",
                venv_ms,
                "ratio ≤ 1.15",
            )
        )
    else:
        print("(the bundle's start is measured after `make package`)")
    return [
        *rows,
        Row("app: start to first paint", start, "bare window + 1 plot", floor, "ratio ≤ 1.0"),
        Row(
            f"show: advance a slide (p95 of {advance[1]})",
            float(advance[0]),
            "budget",
            16.0,
            "< 16 ms",
        ),
        Row("app: panel switch, first visit (p95)", first, "budget", 50.0, "< 50 ms (prebuilt)"),
        Row("app: panel switch, revisit (p95)", again, "budget", 16.0, "< 16 ms"),
        Row("app: building a page on the spot (p95)", built, "budget", 50.0, "shown for reference"),
        Row(
            "app: peak memory, all panels (MiB)",
            memory / 1024,
            "bare window + 1 plot (MiB)",
            bare_memory / 1024,
            "ratio ≤ 1.3",
        ),
    ]


def _peak_kib(command: list[str], env: dict[str, str]) -> float:
    values = []
    for _ in range(3):
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        values.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def _switching(env: dict[str, str]) -> tuple[float, float, float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.switching"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    first, again, built = result.stdout.split()
    return float(first), float(again), float(built)


def main() -> int:
    pack = shipped_pack_path()
    files = sorted(pack.rglob("*.yaml"))
    rows = [
        Row(
            "load + validate shipped pack",
            median_ms(lambda: load_pack(pack)),
            "libyaml safe_load of its files",
            median_ms(
                lambda: [
                    yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for f in files
                ]
            ),
            "ratio ≤ 4 (two passes, positions, validation)",
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
    validate_ms = process_ms([python, "-m", "jvdesk", "validate"])
    rows.append(
        Row(
            "`jvdesk validate` as a process",
            validate_ms,
            "`python -c pass`",
            process_ms([python, "-c", "pass"]),
            "no Qt loaded",
        )
    )
    # How the desktop app opens packs without loading the validator (jvdesk.core.snapshot).
    rows.append(
        Row(
            "app: open the shipped pack (snapshot)",
            median_ms(lambda: open_pack(pack)),
            "load + validate shipped pack",
            rows[0].value_ms,
            "shown for reference",
        )
    )
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(shutil.copytree(pack, Path(folder) / "pack"))
        rows.append(
            Row(
                "app: open another pack (child process)",
                median_ms(lambda: open_pack(copy), repeat=7, warmup=1),
                "`jvdesk validate` as a process",
                validate_ms,
                "shown for reference",
            )
        )
    with tempfile.TemporaryDirectory() as settings_dir:
        rows += _app_rows(settings_dir)
    try:
        load_pack(pack)
    except PackError as error:
        print(error, file=sys.stderr)
        return 1
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
