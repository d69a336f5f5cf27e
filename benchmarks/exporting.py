"""Time ``jvdesk export -o deck.pptx`` beside python-pptx alone writing the same deck (issue 12).

Each case (the shipped pack, and the pack ten times its size from ``bigpack.py``) exports the
full default briefing once, untimed, and reads a recipe back from that deck
(``pptx_floor.write_recipe``). Then ``jvdesk export`` and the floor (a process rebuilding the
recipe's deck with python-pptx alone, ``pptx_floor.py``) run alternately as whole processes;
the figures are their medians. Both run with compiled bytecode cached (in a folder of the run's
own, the first, uncounted round writing it), as an installed jvdesk and python-pptx have it,
even where ``PYTHONDONTWRITEBYTECODE`` is set.

Run alone: ``python -m benchmarks.exporting`` (``make bench`` adds the rows to its table).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bigpack import make_big_pack
from benchmarks.harness import Row, paired_process_ms, print_table
from benchmarks.pptx_floor import write_recipe

FLOOR = Path(__file__).with_name("pptx_floor.py")
TARGET = "ratio ≤ 1.5"


@dataclass(frozen=True)
class ExportTimes:
    """One case's figures: whole processes, medians of alternated runs.

    Attributes:
        label: the case ("shipped pack", "10× pack").
        slides: the slides of the deck.
        export_ms: ``jvdesk export`` writing the deck.
        floor_ms: python-pptx alone writing the same deck.
    """

    label: str
    slides: int
    export_ms: float
    floor_ms: float

    @property
    def export_per_slide(self) -> float:
        return self.export_ms / self.slides

    @property
    def floor_per_slide(self) -> float:
        return self.floor_ms / self.slides


def _environment(workdir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(workdir / "pycache")
    return env


def _time(workdir: Path, label: str, pack: Path | None, repeat: int) -> ExportTimes:
    """Export a pack's full briefing once, read its recipe, then time both processes."""
    name = label.replace(" ", "-").replace("×", "x")
    deck, recipe, floor_deck = (
        workdir / f"{name}{suffix}" for suffix in (".pptx", ".json", "-floor.pptx")
    )
    export = [sys.executable, "-m", "jvdesk", "export", "-o", str(deck)]
    if pack is not None:
        export += ["--pack", str(pack)]
    env = _environment(workdir)
    subprocess.run(export, check=True, capture_output=True, env=env)
    slides = write_recipe(deck, recipe)
    floor = [sys.executable, str(FLOOR), str(recipe), str(floor_deck)]
    export_ms, floor_ms = paired_process_ms(export, floor, env, repeat=repeat)
    return ExportTimes(label, slides, export_ms, floor_ms)


def export_times(workdir: Path) -> list[ExportTimes]:
    """The figures of the shipped pack and of the 10× pack, written and timed in ``workdir``."""
    shipped = _time(workdir, "shipped pack", None, repeat=9)
    big = _time(workdir, "10× pack", make_big_pack(workdir / "pack-x10"), repeat=5)
    return [shipped, big]


def rows_of(times: list[ExportTimes]) -> list[Row]:
    """Each case beside its floor, and the time per slide of the larger beside the smaller's."""
    rows = [
        Row(
            f"export .pptx, {case.label} ({case.slides} slides)",
            case.export_ms,
            "python-pptx alone, same deck",
            case.floor_ms,
            TARGET,
        )
        for case in times
    ]
    small, large = times[0], times[-1]
    rows.append(
        Row(
            f"export .pptx, ms per slide, {large.label}",
            large.export_per_slide,
            f"ms per slide, {small.label}",
            small.export_per_slide,
            "ratio ≤ 1 (time linear in slides)",
        )
    )
    return rows


def export_rows(workdir: Path) -> list[Row]:
    """The .pptx export's rows of ``make bench``, each beside its floor; prints the time per
    slide of each case, the export's and the floor's."""
    times = export_times(workdir)
    for case in times:
        print(
            f"export .pptx, {case.label}: {case.export_per_slide:.1f} ms per slide; "
            f"python-pptx alone {case.floor_per_slide:.1f} ms per slide ({case.slides} slides)"
        )
    return rows_of(times)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        rows = export_rows(Path(folder))
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
