"""Time the PDF handout as a whole process, beside its floor: ``python -m benchmarks.handouts``.

The floor (``benchmarks/pdf_floor.py``) is a process that loads the same pack, plans the
same briefing and has Qt draw the same pages, texts at fixed sizes, into a QPdfWriter: what
``jvdesk export --format pdf`` costs with no text fitting. Both are run in turn, round by
round, so drift on a shared machine hits them alike. Run from the repository's root.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import Row, paired_process_ms, print_table

TARGET = "ratio ≤ 1.5"


def _pages(command: list[str], env: dict[str, str]) -> int:
    """Run a command once; the number of pages it says it drew."""
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = re.search(r"(\d+)( pages)?\)?\s*$", result.stdout)
    assert found, f"no page count in {result.stdout!r}"
    return int(found.group(1))


def handout_rows(workdir: Path, repeat: int = 9) -> list[Row]:
    """The handout with and without notes, each beside its floor (median ms of ``repeat``)."""
    python = sys.executable
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rows = []
    for label, options in (("notes", []), ("no notes", ["--no-notes"])):
        stem = label.replace(" ", "-")
        app = [python, "-m", "jvdesk", "export", "--format", "pdf", *options]
        app += ["-o", str(workdir / f"handout-{stem}.pdf")]
        floor = [python, "-m", "benchmarks.pdf_floor", str(workdir / f"floor-{stem}.pdf"), *options]
        pages, floor_pages = _pages(app, env), _pages(floor, env)
        # The floor breaks long notes between paragraphs, the handout between lines: a pack
        # with other notes could give them different page counts, which the row then shows.
        drawn = f"{pages} pages" if pages == floor_pages else f"{floor_pages} pages (not {pages})"
        value, floor_ms = paired_process_ms(app, floor, env=env, repeat=repeat)
        rows.append(
            Row(f"export PDF handout ({label})", value, f"Qt floor, {drawn}", floor_ms, TARGET)
        )
    return rows


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        print_table(handout_rows(Path(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
