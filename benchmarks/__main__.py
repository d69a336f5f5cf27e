"""Run every benchmark and print one table: ``make bench``."""

from __future__ import annotations

import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

import jvdesk
from benchmarks.bigpack import make_big_pack
from benchmarks.exporting import export_rows
from benchmarks.handouts import handout_rows
from benchmarks.harness import (
    Row,
    alternated_ms,
    median_ms,
    paired_process_ms,
    print_table,
    process_ms,
    shuffled_process_rounds,
)
from benchmarks.packfiles import pack_file_rows
from jvdesk.core import snapshotcache
from jvdesk.core.loader import load_pack
from jvdesk.core.problems import PackError
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import check_in_child, open_pack
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


# The floor of `jvdesk validate` as a process: a Python process parsing the same files with
# libyaml. It grows with the pack as the validator's work does, where `python -c pass` does
# not; what is left over is importing the validator (pydantic) and checking.
SAFE_LOAD = """
import sys, yaml
for name in sys.argv[1:]:
    with open(name, "rb") as stream:
        yaml.load(stream, Loader=yaml.CSafeLoader)
"""


def _validate_rows(packs: dict[str, Path]) -> list[Row]:
    """`jvdesk validate PACK` as a whole process, beside libyaml parsing its files in one."""
    python = sys.executable
    # Importing pydantic costs the same for any pack: the ratio falls as packs grow.
    targets = {"shipped pack": "shown for reference", "10× pack": "ratio ≤ 4, as in process"}
    rows = []
    for label, folder in packs.items():
        files = [str(path) for path in sorted(folder.rglob("*.yaml"))]
        value, floor = paired_process_ms(
            [python, "-m", "jvdesk", "validate", str(folder)],
            [python, "-c", SAFE_LOAD, *files],
            env=dict(os.environ),
            repeat=7,
        )
        rows.append(
            Row(
                f"`jvdesk validate`, {label} (process)",
                value,
                "safe_load of its files (process)",
                floor,
                targets[label],
            )
        )
    return rows


def _start_rows(
    start_env: dict[str, str], bare: tuple[list[str], dict[str, str]], copy: Path, big: Path
) -> list[Row]:
    """Starts to first paint, each run in turn with the others and with a bare window.

    Every start is timed round by round with the bare window (``bare``, the floor), in an
    order drawn afresh for each round, and each ratio is the median of the ratios of the
    rounds (``harness.Rounds.ratio``): a machine that is busier in one part of the run
    slows figure and floor alike.

    ``copy`` is the shipped pack copied elsewhere (the cache's own cost), ``big`` the 10×
    pack; both were opened before, so they open from the snapshot cache. The 10× pack is
    also started with a cache folder that cannot be created: checked at every start, as
    before the cache.
    """
    python = sys.executable
    app = [python, "-m", "jvdesk"]
    blocked = Path(start_env[snapshotcache.CACHE_ENV]).with_name("not-a-folder")
    blocked.write_text("", encoding="utf-8")
    no_cache = {**start_env, snapshotcache.CACHE_ENV: str(blocked / "cache")}
    for folder in (copy, big):  # the first start checks the pack and caches it
        subprocess.run(
            [*app, "--pack", str(folder)], env=start_env, check=True, capture_output=True
        )
    cached = list(Path(start_env[snapshotcache.CACHE_ENV]).glob("*.json"))
    assert len(cached) >= 2, f"the packs were not cached: {cached}"
    # Japanese from the system's language at a first start (settings of its own).
    japanese = {
        **start_env,
        "LANG": "ja_JP.UTF-8",
        "JVDESK_SETTINGS_DIR": start_env["JVDESK_SETTINGS_DIR"] + "-ja",
    }
    rounds = shuffled_process_rounds(
        [
            (app, start_env),
            ([*app, "--pack", str(copy)], start_env),
            ([*app, "--pack", str(big)], start_env),
            ([*app, "--pack", str(big)], no_cache),
            (app, japanese),
            bare,
        ],
        # 21 rounds: with 11, in a fixed order and as a ratio of medians, the same start's
        # ratio moved by a tenth from one run to the next on this VM (0.88 and 1.06).
        repeat=21,
    )
    shipped, copied, cached_big, checked_big, in_japanese, floor = range(6)

    def row(name: str, index: int, floor_name: str, base: int, target: str) -> Row:
        return Row(
            name,
            rounds.median(index),
            floor_name,
            rounds.median(base),
            target,
            paired_ratio=rounds.ratio(index, base),
        )

    return [
        row(
            "app: start to first paint",
            shipped,
            "bare window + 1 plot, same rounds",
            floor,
            "ratio ≤ 1.0",
        ),
        row(
            "app: start in Japanese (catalogues, fonts, pack)",
            in_japanese,
            "bare window + 1 plot, same rounds",
            floor,
            "ratio ≤ 1.0, as in English",
        ),
        row(
            "app: start in Japanese, vs in English",
            in_japanese,
            "shipped pack's start in English, same rounds",
            shipped,
            "shown for reference",
        ),
        row(
            "app: start, shipped pack copied, cached",
            copied,
            "shipped pack's start, same rounds",
            shipped,
            "ratio ≤ 1.05",
        ),
        row(
            "app: start, 10× pack, cached",
            cached_big,
            "shipped pack's start, same rounds",
            shipped,
            "ratio ≤ 1.15",
        ),
        row(
            "app: start, 10× pack, checked (no cache)",
            checked_big,
            "10× pack, cached, same rounds",
            cached_big,
            "shown for reference",
        ),
    ]


def _big_pack_rows(
    env: dict[str, str], big: Path, shipped: list[float], bare_memory: float
) -> list[Row]:
    """Panel switching and memory with the 10× pack, beside the shipped pack's."""
    first, again = _switching(env, str(big), "--no-build")
    memory = _peak_kib([sys.executable, "-m", "benchmarks.app_memory", str(big)], env)
    return [
        Row(
            "app: panel switch, first visit, 10× pack (p95)",
            first,
            "shipped pack's",
            shipped[0],
            "< 50 ms (prebuilt)",
        ),
        Row(
            "app: panel switch, revisit, 10× pack (p95)",
            again,
            "shipped pack's",
            shipped[1],
            "< 16 ms",
        ),
        Row(
            "app: peak memory, all panels, 10× pack (MiB)",
            memory / 1024,
            "bare window + 1 plot (MiB)",
            bare_memory,
            "shown for reference (100 pages)",
        ),
    ]


def _app_rows(work: Path, copy: Path, big: Path) -> list[Row]:
    """Cold start, panel switching and memory of the desktop app, beside a bare window."""
    settings_dir = str(work / "settings")
    python = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "JVDESK_SETTINGS_DIR": settings_dir}
    bare = str(Path(__file__).parent / "bare_window.py")
    # Start-up is timed with settings of its own, untouched by the runs below, so every
    # start opens on the overview, as a fresh install does.
    start_env = {**env, BENCH_ENV: "1", "JVDESK_SETTINGS_DIR": str(Path(settings_dir) / "start")}
    memory = _peak_kib([python, "-m", "benchmarks.app_memory"], env)
    bare_memory = _peak_kib([python, bare, "--memory"], env)
    first, again, built = _switching(env)
    language = [
        float(value)
        for value in subprocess.run(
            [python, "-m", "benchmarks.language"],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    ]
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
        *_start_rows(start_env, ([python, bare], env), copy, big),
        Row(
            f"show: advance a slide (p95 of {advance[1]})",
            float(advance[0]),
            "budget",
            16.0,
            "< 16 ms",
        ),
        Row("app: panel switch, first visit (p95)", first, "budget", 50.0, "< 50 ms (prebuilt)"),
        Row("app: panel switch, revisit (p95)", again, "budget", 16.0, "< 16 ms"),
        Row(
            "app: panel switch, revisit (p95), vs bare Qt",
            again,
            "bare stack, same texts as labels",
            _switching(env, "--no-build", "--floor")[0],
            "shown for reference",
        ),
        Row("app: building a page on the spot (p95)", built, "budget", 50.0, "shown for reference"),
        Row(
            f"app: switch language live (p95 of {language[1]:.0f})",
            language[0],
            "budget",
            300.0,
            "< 300 ms",
        ),
        Row(
            "app: peak memory, all panels (MiB)",
            memory / 1024,
            "bare window + 1 plot (MiB)",
            bare_memory / 1024,
            "ratio ≤ 1.3",
        ),
        *_big_pack_rows(env, big, [first, again], bare_memory / 1024),
    ]


def _peak_kib(command: list[str], env: dict[str, str]) -> float:
    values = []
    for _ in range(3):
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
        values.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(values)


def _switching(env: dict[str, str], *args: str) -> list[float]:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.switching", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return [float(value) for value in result.stdout.split()]


def _read_all(files: list[Path]) -> None:
    for path in files:
        path.read_bytes()


def _cache_rows(pack: Path, copy: Path, big: Path) -> list[Row]:
    """What the snapshot cache costs: the key of a pack's files, and opening from it.

    Each figure is measured alternately with its floor, so a busy machine slows both alike.
    """
    big_files = sorted(big.rglob("*.yaml"))
    open_pack(copy)  # checked in a child once; cached from now on
    open_pack(big)
    shipped, copied = alternated_ms([lambda: open_pack(pack), lambda: open_pack(copy)])
    shipped_again, opened_big = alternated_ms(
        [lambda: open_pack(pack), lambda: open_pack(big)], repeat=7
    )
    key, read = alternated_ms([lambda: snapshotcache.pack_key(big), lambda: _read_all(big_files)])
    return [
        Row(
            "app: open another pack (cached snapshot)",
            copied,
            "open the shipped pack (snapshot)",
            shipped,
            "ratio ≤ 2 (its files hashed twice)",
        ),
        Row(
            "app: key of the 10× pack's files (SHA-256)",
            key,
            "read its YAML files",
            read,
            "< 10 ms",
        ),
        Row(
            "app: open the 10× pack (cached snapshot)",
            opened_big,
            "open the shipped pack (snapshot)",
            shipped_again,
            "shown for reference",
        ),
    ]


def _pack_rows(pack: Path, copy: Path, big: Path, validated: float) -> list[Row]:
    """Validating packs, and opening them in the app without the validator."""
    python = sys.executable
    validate_ms = process_ms([python, "-m", "jvdesk", "validate"])
    shipped_open = median_ms(lambda: open_pack(pack))
    return [
        Row(
            "`jvdesk validate` as a process",
            validate_ms,
            "`python -c pass`",
            process_ms([python, "-c", "pass"]),
            "no Qt loaded",
        ),
        *_validate_rows({"shipped pack": pack, "10× pack": big}),
        # How the desktop app opens packs without loading the validator (jvdesk.core.snapshot).
        Row(
            "app: open the shipped pack (snapshot)",
            shipped_open,
            "load + validate shipped pack",
            validated,
            "shown for reference",
        ),
        Row(
            "app: open another pack (child process)",
            median_ms(lambda: check_in_child(copy), repeat=7, warmup=1),
            "`jvdesk validate` as a process",
            validate_ms,
            "shown for reference",
        ),
        *_cache_rows(pack, copy, big),
    ]


def _compile_jvdesk() -> None:
    """Write the bytecode of jvdesk's modules, as an installed copy has it.

    pip compiles a package's modules when it installs it and the bundle ships them
    compiled, so an official's start reads bytecode. An editable install has none, and
    this machine sets PYTHONDONTWRITEBYTECODE=1, so until stop 23 every start timed here
    compiled all of jvdesk first (420 million instructions, a fifth of a start, callgrind),
    which the bare window, all of it installed libraries, never did.
    """
    compileall.compile_dir(Path(jvdesk.__file__).parent, quiet=1)


def main() -> int:
    _compile_jvdesk()
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
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # A snapshot cache of this run's own, for this process and every app it starts.
        os.environ[snapshotcache.CACHE_ENV] = str(work / "cache")
        copy = Path(shutil.copytree(pack, work / "pack"))
        big = make_big_pack(work / "pack-x10")
        rows += _pack_rows(pack, copy, big, validated=rows[0].value_ms)
        rows += _app_rows(work, copy, big)
        for name in ("exports", "handouts"):
            (work / name).mkdir()
        rows += export_rows(work / "exports")
        rows += handout_rows(work / "handouts")
        (work / "pack-files").mkdir()
        rows += pack_file_rows(work / "pack-files")
    try:
        load_pack(pack)
    except PackError as error:
        print(error, file=sys.stderr)
        return 1
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
