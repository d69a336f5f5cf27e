"""Entry point of the ``jvdesk`` command: the CLI, or the desktop app with no sub-command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jvdesk.core.deckplan import DeckPlan


def _start_gui(pack: Path | None, self_test: bool = False) -> int:
    # Imported here so that `jvdesk validate` and friends never load Qt.
    from jvdesk.gui.app import run

    return run(pack, self_test)


def _export_pdf(plan: DeckPlan, target: Path, notes: bool, warnings: list[str]) -> int:
    # Qt draws the handout (it shapes Devanagari and embeds CJK fonts); imported only here.
    from jvdesk.gui.drawing.handout import export_pdf

    return export_pdf(plan, target, notes, warnings=warnings)


def main(argv: list[str] | None = None) -> int:
    """Run the ``jvdesk`` command.

    Args:
        argv: the arguments after the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit code.
    """
    from jvdesk import cli

    return cli.main(argv, start_gui=_start_gui, export_pdf=_export_pdf)


if __name__ == "__main__":
    sys.exit(main())
