"""Entry point of the ``jvdesk`` command: the CLI, or the desktop app with no sub-command."""

from __future__ import annotations

import sys
from pathlib import Path


def _start_gui(pack: Path | None) -> int:
    # Imported here so that `jvdesk validate` and friends never load Qt.
    from jvdesk.gui.launch import run

    return run(pack)


def main(argv: list[str] | None = None) -> int:
    """Run the ``jvdesk`` command.

    Args:
        argv: the arguments after the program name; ``sys.argv[1:]`` when None.

    Returns:
        The process exit code.
    """
    from jvdesk import cli

    return cli.main(argv, start_gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())
