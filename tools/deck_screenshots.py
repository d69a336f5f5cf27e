"""Render two pages of the exported deck, as LibreOffice shows them, for the README.

Run by ``make deck-screenshots``: exports the full briefing, converts it with LibreOffice
and saves the first panel slide, "Targets at a glance" and "Progress towards the targets"
as PNGs.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from jvdesk.core.deckplan import DeckPlan
from jvdesk.core.loader import load_pack
from jvdesk.core.planning import plan_deck
from jvdesk.core.resources import shipped_pack_path
from jvdesk.export.pptx import export_pptx

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def main() -> int:
    pack = load_pack(shipped_pack_path())
    for language, names in (
        ("en", {"deck-panel": "panel", "deck-glance": "glance", "deck-progress": "progress"}),
        ("ja", {"deck-panel-ja": "panel", "deck-quotes-ja": "quotes"}),
        ("hi", {"deck-panel-hi": "panel"}),
    ):
        plan = plan_deck(pack, language=language)  # type: ignore[arg-type]
        wanted = {
            name: next(i for i, s in enumerate(plan.slides) if s.kind == kind)
            for name, kind in names.items()
        }
        _shoot(plan, wanted, pack.content_date())
    return 0


def _shoot(plan: DeckPlan, wanted: dict[str, int], as_of: dt.datetime) -> None:
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        deck = folder / "deck.pptx"
        export_pptx(plan, deck, as_of=as_of)
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{folder / 'profile'}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                str(deck),
            ],
            check=True,
            capture_output=True,
        )
        OUT.mkdir(parents=True, exist_ok=True)
        for name, index in wanted.items():
            page = str(index + 1)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "80",
                    "-png",
                    "-singlefile",
                    "-f",
                    page,
                    "-l",
                    page,
                    str(folder / "deck.pdf"),
                    str(OUT / name),
                ],
                check=True,
            )
            print(f"wrote {OUT / name}.png")


if __name__ == "__main__":
    sys.exit(main())
