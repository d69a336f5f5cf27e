"""The Qt-free layers stay Qt-free: checked in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHECK = """
import importlib, pkgutil, sys
import jvdesk.core, jvdesk.export, jvdesk.cli
for package in (jvdesk.core, jvdesk.export):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
from jvdesk.core.loader import load_pack
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.planning import plan_deck
plan_deck(load_pack(shipped_pack_path()))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
print(",".join(loaded))
"""


def test_core_export_and_cli_never_load_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_validate_command_never_loads_qt() -> None:
    script = (
        "import sys; from jvdesk.__main__ import main; code = main(['validate']); "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules), code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "False 0"


APP_CHECK = """
import pathlib, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.snapshot import open_pack
from jvdesk.gui.workspace.mainwindow import MainWindow
from jvdesk.gui.common.settings import Settings
window = MainWindow(open_pack(shipped_pack_path()), Settings())
window.show()
assert not window.self_test()
assert window.open_pack(pathlib.Path(sys.argv[1]))
assert not window.self_test()
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("pydantic", "yaml"))))
"""


def test_the_desktop_app_never_loads_the_validator(pack_dir: Path) -> None:
    # The shipped pack comes from its snapshot; another pack is checked in a child process.
    result = subprocess.run(
        [sys.executable, "-c", APP_CHECK, str(pack_dir)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == ""


DRAWING_CHECK = """
import importlib, pkgutil, sys, tempfile, pathlib
import jvdesk.gui.drawing as drawing
for module in pkgutil.walk_packages(drawing.__path__, drawing.__name__ + "."):
    importlib.import_module(module.name)
from jvdesk.core.loader import load_pack
from jvdesk.core.resources import shipped_pack_path
from jvdesk.core.planning import plan_deck
from jvdesk.gui.drawing.handout import export_pdf
export_pdf(plan_deck(load_pack(shipped_pack_path())), pathlib.Path(tempfile.mkdtemp()) / "h.pdf")
print(",".join(sorted(m for m in sys.modules if m in ("PySide6.QtWidgets", "pyqtgraph"))))
"""


def test_the_drawing_code_never_loads_widgets() -> None:
    # The command line draws handouts with it, where no widget may be created.
    result = subprocess.run(
        [sys.executable, "-c", DRAWING_CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


START_CHECK = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["JVDESK_BENCH_QUIT_AFTER_PAINT"] = "1"
from jvdesk.__main__ import main
code = main([])
wanted = ("jvdesk.core.jvpack", "jvdesk.export.atomic", "cryptography")
print(code, ",".join(sorted(m for m in sys.modules if m.startswith(wanted))))
"""


def test_the_desktop_app_starts_without_the_pack_file_and_export_code() -> None:
    # `jvdesk` with no command starts the app through the command line's module: it reads
    # neither the .jvpack reader nor the export's writer until a user asks for them.
    result = subprocess.run(
        [sys.executable, "-c", START_CHECK], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 "


JAPANESE_START = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["JVDESK_BENCH_QUIT_AFTER_PAINT"] = "1"
os.environ["LANG"] = "ja_JP.UTF-8"
from jvdesk.__main__ import main
code = main([])
print(code, ",".join(sorted({m.split(".")[0] for m in sys.modules if m.startswith("babel")})))
"""


def test_a_second_start_in_japanese_takes_its_figures_from_the_kept_cldr_answers() -> None:
    # The first start asks Babel for the first screen's figures and dates and keeps the
    # answers; the second shows the same screen without importing Babel.
    first, second = (
        subprocess.run(
            [sys.executable, "-c", JAPANESE_START], capture_output=True, text=True, check=True
        ).stdout.splitlines()[-1]
        for _ in range(2)
    )
    assert (first, second) == ("0 babel", "0 ")
