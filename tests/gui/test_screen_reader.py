"""What a screen reader finds in the running app: a name for everything a user can act on.

The app runs on a real X server (Xvfb) with Qt's AT-SPI bridge on, which is what Orca
reads. ``atspi_walker.py``, run by Debian's own Python (pyatspi is a Debian package, not on
the package index), reads the accessible tree over D-Bus the way a screen reader's review
does, and types keys through the AT-SPI registry: the export dialog and the presentation
are opened by keyboard alone (Ctrl+E, F5, V, Esc), as a screen reader's user opens them.

Needs Debian's ``xvfb at-spi2-core python3-pyatspi dbus-daemon`` (installed by ``.ci/run``).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.realtools import require, unavailable

pytestmark = pytest.mark.gui

SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, which python3-pyatspi installs into
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
WALKER = Path(__file__).with_name("atspi_walker.py")
APP = "jvdesk"
MAIN_WINDOW = re.compile(r"frame 'jvdesk — .*'")
EXPORT_DIALOG = "dialog 'Export briefing'"
AUDIENCE = "filler 'jvdesk presentation'"
PRESENTER = "filler 'jvdesk presenter view'"
# Only so that an app that hangs cannot hang the suite; no test is about how long it takes.
SAFETY_NET = 120.0

# Roles a user acts on: a screen reader announces each by its name.
CONTROLS = frozenset(
    {
        "push button",
        "toggle button",
        "check box",
        "radio button",
        "menu item",
        "check menu item",
        "radio menu item",
        "combo box",
        "text",
        "entry",
        "password text",
        "page tab",
        "slider",
        "spin button",
        "link",
    }
)
# The entries of a list, tree or table: acted on when they can be selected or focused (a
# combo box's separator can be neither).
ITEMS = frozenset({"list item", "tree item", "table cell"})

Tree = list[dict[str, Any]]


def unnamed(tree: Tree, window: Callable[[str], bool]) -> list[str]:
    """The objects on screen in the windows ``window`` accepts that a user can act on or
    move the keyboard focus to, and that have no name, as role and path."""
    found = []
    for entry in tree:
        states = set(entry["states"])
        if not window(entry["window"]) or "showing" not in states or entry["name"].strip():
            continue
        if entry["role"] in ITEMS:
            acted_on = bool(states & {"focusable", "selectable"})
        else:
            acted_on = entry["role"] in CONTROLS or "focusable" in states
        if acted_on:
            path = " > ".join(entry["path"])
            description = f" (description {entry['description']!r})" if entry["description"] else ""
            found.append(f"{entry['role']}{description} in {path}")
    return found


def find(tree: Tree, title: str) -> dict[str, Any] | None:
    """The first object shown as ``title`` (role and name, as in a path), if any."""
    for entry in tree:
        if f"{entry['role']} {entry['name']!r}" == title:
            return entry
    return None


def has(tree: Tree, title: str, *states: str) -> bool:
    """Whether an object ``title`` is there, in every one of ``states``."""
    entry = find(tree, title)
    return entry is not None and set(states) <= set(entry["states"])


def focus(tree: Tree) -> str:
    """What has the keyboard focus, as role, name and path ("" when nothing has).

    Qt also says "focused" of the current entry of every list and combo box, and of some
    containers of the focused widget: the focus is the last object so marked, not an entry.
    """
    found = [e for e in tree if "focused" in e["states"] and e["role"] not in ITEMS]
    if not found:
        return ""
    entry = found[-1]
    return " > ".join([*entry["path"], f"{entry['role']} {entry['name']!r}"])


def main_window(tree: Tree) -> dict[str, Any] | None:
    return next((e for e in tree if not e["path"] and MAIN_WINDOW.fullmatch(e["window"])), None)


def main_window_active(tree: Tree) -> bool:
    window = main_window(tree)
    return window is not None and "active" in window["states"]


class Desk:
    """The app on a private X screen and accessibility bus, and a screen reader's hands.

    Args:
        environment: DISPLAY and DBUS_SESSION_BUS_ADDRESS of the private screen and bus.
        log: the file the app writes its output to.
    """

    def __init__(self, environment: dict[str, str], log: Path) -> None:
        self.environment = environment
        self.log = log

    def _walker(self, *arguments: str) -> Any:
        done = subprocess.run(
            [str(SYSTEM_PYTHON), str(WALKER), *arguments],
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=SAFETY_NET,
            check=False,
        )
        assert done.returncode == 0, f"the walker failed:\n{done.stderr}"
        return json.loads(done.stdout)

    def walk(self, active_only: bool = False) -> Tree:
        """The app's accessible objects on screen: in every window, or only in the one
        with the keyboard focus."""
        options = ["--showing", *(["--active"] if active_only else [])]
        found = self._walker("walk", APP, *options)
        objects: Tree = found.get("objects", [])
        return objects

    def keys(self, *names: str) -> None:
        """Type keys, as on a keyboard: ``F5``, ``Escape``, ``ctrl+e``."""
        self._walker("keys", *names)

    def click(self, role: str, name: str) -> None:
        """Click the middle of an object."""
        assert self._walker("click", APP, role, name)["clicked"], f"no {role} {name!r}"

    def focus_main_window(self) -> None:
        """Give the main window the keyboard focus, as a window manager would.

        No window manager runs on Xvfb to give a new window the focus, or to give it back
        when a dialog closes; Qt takes it for a window clicked, so a click on the status bar
        does the window manager's part.
        """
        self.click("status bar", "")
        self.until("the main window active", main_window_active)

    def until(self, what: str, check: Callable[[Tree], bool], active_only: bool = False) -> Tree:
        """Walk the app again and again until ``check`` accepts what is on screen."""
        deadline = time.monotonic() + SAFETY_NET
        while True:
            tree = self.walk(active_only=active_only)
            if check(tree):
                return tree
            if time.monotonic() > deadline:
                output = self.log.read_text(encoding="utf-8", errors="replace")[-3000:]
                pytest.fail(f"never seen: {what}\nThe app's output:\n{output}")
            time.sleep(0.2)


def _stop(process: subprocess.Popen[Any]) -> None:
    """End a process this module started, with what it started in its session."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """jvdesk on the shipped pack, on a private Xvfb screen with its own session and
    accessibility buses, its settings and logs in a temporary folder; its main window has
    the keyboard focus."""
    xvfb = require("Xvfb")
    dbus_daemon = require("dbus-daemon")
    if not os.access(BUS_LAUNCHER, os.X_OK):
        unavailable(f"{BUS_LAUNCHER} is not installed (at-spi2-core; CI installs it: .ci/run)")
    if (
        not SYSTEM_PYTHON.is_file()
        or subprocess.run(
            [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
    ):
        unavailable(f"{SYSTEM_PYTHON} cannot import pyatspi (python3-pyatspi; see .ci/run)")

    home = tmp_path_factory.mktemp("screen-reader")
    started: list[subprocess.Popen[Any]] = []

    def start(command: list[str], environment: dict[str, str] | None = None) -> str:
        """Start a server in a session of its own; the first line it prints."""
        process = subprocess.Popen(
            command,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        started.append(process)
        assert process.stdout is not None
        with process.stdout:
            line = process.stdout.readline().strip()
        assert line, f"{command[0]} did not start"
        return line

    try:
        # Xvfb picks a free display and prints it once it takes connections; the session
        # bus prints its address once it listens.
        display = start(
            [xvfb, "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"]
        )
        environment = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "DISPLAY": f":{display}",
        }
        environment["DBUS_SESSION_BUS_ADDRESS"] = start(
            [dbus_daemon, "--session", "--nofork", "--print-address=1"], environment
        )
        started.append(
            subprocess.Popen(
                [str(BUS_LAUNCHER), "--launch-immediately"],
                env=environment,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
        )
        log = home / "app.log"
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        app_environment = {
            **environment,
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            # Never the real user's settings or folders (as tests/conftest.py does).
            "JVDESK_LOG_DIR": str(home / "logs"),
            "JVDESK_SETTINGS_DIR": str(home / "settings"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(runtime),
        }
        with log.open("w", encoding="utf-8") as output:
            started.append(
                subprocess.Popen(
                    [sys.executable, "-m", "jvdesk"],
                    env=app_environment,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
        desk = Desk(environment, log)
        desk.until(
            "jvdesk's main window",
            lambda tree: any(
                e["role"] == "status bar" and MAIN_WINDOW.fullmatch(e["window"]) for e in tree
            ),
        )
        desk.focus_main_window()
        yield desk
    finally:
        for process in reversed(started):
            _stop(process)


def _in_main_window(window: str) -> bool:
    return MAIN_WINDOW.fullmatch(window) is not None


def test_every_page_of_the_main_window_names_what_it_shows(desk: Desk) -> None:
    tree = desk.walk()
    pages = [
        e["name"] for e in tree if e["role"] == "list item" and e["path"][-1:] == ["list 'Pages'"]
    ]
    assert pages[0] == "Overview"
    problems = {pages[0]: unnamed(tree, _in_main_window)}
    try:
        for page in pages[1:]:
            desk.keys("ctrl+Next")  # Ctrl+PgDown: the next page
            tree = desk.until(
                f"the page {page}", lambda t, page=page: has(t, f"list item {page!r}", "selected")
            )
            problems[page] = unnamed(tree, _in_main_window)
    finally:
        desk.keys("ctrl+0")  # back to the overview
        desk.until("the overview", lambda t: has(t, "list item 'Overview'", "selected"))
    lines = [f"{page}: {line}" for page, found in problems.items() for line in found]
    assert lines == [], "unnamed on a page of the main window:\n" + "\n".join(lines)


def test_the_export_dialog_names_every_control(desk: Desk) -> None:
    desk.keys("ctrl+e")
    try:
        tree = desk.until("the export dialog", lambda t: has(t, EXPORT_DIALOG, "active"))
        found = unnamed(tree, lambda window: window == EXPORT_DIALOG)
        assert found == [], "unnamed in the export dialog:\n" + "\n".join(found)
    finally:
        desk.keys("Escape")
        desk.until("the export dialog closed", lambda t: find(t, EXPORT_DIALOG) is None)
        desk.focus_main_window()


def test_the_presentation_names_every_control(desk: Desk) -> None:
    desk.keys("F5")
    try:
        tree = desk.until("the presentation", lambda t: has(t, AUDIENCE, "active"))
        problems = unnamed(tree, lambda window: window == AUDIENCE)
        desk.keys("v")  # the presenter view, on the one screen Xvfb has
        tree = desk.until("the presenter view", lambda t: has(t, PRESENTER, "active"))
        problems += unnamed(tree, lambda window: window in (AUDIENCE, PRESENTER))
    finally:
        desk.keys("Escape")
        desk.until(
            "the presentation ended",
            lambda t: (
                find(t, AUDIENCE) is None and find(t, PRESENTER) is None and main_window_active(t)
            ),
        )
    assert problems == [], "unnamed in the presentation:\n" + "\n".join(problems)


def test_the_tab_key_goes_round_the_export_dialog(desk: Desk) -> None:
    """Tab reaches every control of the export dialog, and each says its name on the way."""
    desk.keys("ctrl+e")
    try:
        tree = desk.until(
            "the export dialog", lambda t: has(t, EXPORT_DIALOG, "active") and focus(t) != ""
        )
        controls = {
            " > ".join([*e["path"], f"{e['role']} {e['name']!r}"])
            for e in tree
            if e["window"] == EXPORT_DIALOG
            and (e["role"] in CONTROLS or e["role"] == "list")
            and {"showing", "enabled", "focusable"} <= set(e["states"])
        }
        start = focus(tree)
        stops = [start]
        while len(stops) <= len(controls) + 1:
            desk.keys("Tab")
            tree = desk.until(
                f"the focus moving on from {stops[-1]}",
                lambda t: focus(t) not in ("", stops[-1]),
                active_only=True,
            )
            if focus(tree) == start:
                break
            stops.append(focus(tree))
        else:
            pytest.fail("Tab never came back to where it started:\n" + "\n".join(stops))
    finally:
        desk.keys("Escape")
        desk.until("the export dialog closed", lambda t: find(t, EXPORT_DIALOG) is None)
        desk.focus_main_window()
    # An editable combo box takes the focus in its text box: reaching one reaches the other.
    reached = set(stops) | {stop.rsplit(" > ", 1)[0] for stop in stops}
    assert sorted(controls - reached) == []
    assert [stop for stop in stops if stop.endswith(" ''")] == []
