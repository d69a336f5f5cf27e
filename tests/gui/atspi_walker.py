"""What a screen reader finds of a running app on the AT-SPI bus, printed as JSON.

Run by tests/gui/test_screen_reader.py with Debian's own ``/usr/bin/python3``: pyatspi
(``python3-pyatspi``) is not on the package index, so the test's virtual environment cannot
import it.

    walker.py walk APP [--showing] [--active]
                                     every object of APP, depth first, in reading order;
                                     with --showing, only what is on the screen (and the
                                     entries of a combo box); with --active, only in the
                                     window that has the keyboard focus
    walker.py keys KEY…              type keys, as a keyboard would (XTest, through the registry)
    walker.py click APP ROLE NAME    click the middle of APP's first object of ROLE named NAME

``walk`` prints ``{"found": false}`` while APP is not on the bus. A key is an X keysym name
(``F5``, ``Escape``, ``Next``) or one character, with ``ctrl+`` in front to hold Ctrl down.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]

STATES = {
    "active": pyatspi.STATE_ACTIVE,
    "enabled": pyatspi.STATE_ENABLED,
    "focusable": pyatspi.STATE_FOCUSABLE,
    "focused": pyatspi.STATE_FOCUSED,
    "selectable": pyatspi.STATE_SELECTABLE,
    "selected": pyatspi.STATE_SELECTED,
    "showing": pyatspi.STATE_SHOWING,
    "visible": pyatspi.STATE_VISIBLE,
}
CONTROL_MASK = 1 << 2  # X's ControlMask
# X keysyms of the named keys; a character's keysym is its code point (Latin-1 range).
KEYSYMS = {
    "Tab": 0xFF09,
    "Return": 0xFF0D,
    "Escape": 0xFF1B,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Prior": 0xFF55,  # Page Up
    "Next": 0xFF56,  # Page Down
    "F5": 0xFFC2,
}


def _application(name: str) -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        child = desktop.getChildAtIndex(index)
        if child is not None and child.name == name:
            return child
    return None


def _children(node: Any) -> list[Any]:
    children = (node.getChildAtIndex(index) for index in range(node.childCount))
    return [child for child in children if child is not None]


def _title(role: str, name: str) -> str:
    return f"{role} {name!r}"


def walk(name: str, showing_only: bool, active_only: bool) -> dict[str, Any]:
    """Every object of the application ``name``, as a screen reader's review reads them.

    Each object: its role, name, description and states, the window it is in (a child of
    the application) and its path: role and name of each ancestor from that window on
    (empty for a window).
    """
    application = _application(name)
    if application is None:
        return {"found": False}
    objects: list[dict[str, Any]] = []
    windows = _children(application)
    if active_only:
        windows = [window for window in windows if window.getState().contains(STATES["active"])]
    stack: list[tuple[Any, str, list[str]]] = [(window, "", []) for window in reversed(windows)]
    while stack:
        node, window, path = stack.pop()
        # Qt says a combo box's entries are on screen while its list is closed, and a screen
        # reader reads them as the arrow keys go through the box: keep them, whatever their
        # list says.
        in_combo = any(step.startswith("combo box ") for step in path)
        states = node.getState()
        if showing_only and not states.contains(pyatspi.STATE_SHOWING) and not in_combo:
            continue
        entry = {
            "role": node.getRoleName(),
            "name": node.name or "",
            "description": node.description or "",
            "states": sorted(key for key, state in STATES.items() if states.contains(state)),
            "window": window or _title(node.getRoleName(), node.name or ""),
            "path": path,
        }
        objects.append(entry)
        inside = [*path, _title(entry["role"], entry["name"])]
        stack.extend((child, entry["window"], inside) for child in reversed(_children(node)))
    return {"found": True, "objects": objects}


def keys(names: list[str]) -> dict[str, Any]:
    """Type each key in turn, through the AT-SPI registry (XTest on X11)."""
    registry = pyatspi.Registry
    for key in names:
        ctrl = key.startswith("ctrl+")
        bare = key.removeprefix("ctrl+")
        keysym = KEYSYMS[bare] if len(bare) > 1 else ord(bare)
        if ctrl:
            registry.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_LOCKMODIFIERS)
        registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        if ctrl:
            registry.generateKeyboardEvent(CONTROL_MASK, None, pyatspi.KEY_UNLOCKMODIFIERS)
    return {"typed": names}


def click(name: str, role: str, label: str) -> dict[str, Any]:
    """Click the middle of the application's first object of ``role`` named ``label``."""
    application = _application(name)
    stack = [application] if application is not None else []
    while stack:
        node = stack.pop()
        if node.getRoleName() == role and (node.name or "") == label:
            box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            x, y = box.x + box.width // 2, box.y + box.height // 2
            pyatspi.Registry.generateMouseEvent(x, y, pyatspi.MOUSE_B1C)
            return {"clicked": [x, y]}
        stack.extend(reversed(_children(node)))
    return {"clicked": None}


def main(argv: list[str]) -> int:
    command, *arguments = argv
    if command == "walk":
        result = walk(arguments[0], "--showing" in arguments[1:], "--active" in arguments[1:])
    elif command == "keys":
        result = keys(arguments)
    elif command == "click":
        result = click(*arguments)
    else:
        print(f"walker: unknown command {command!r}", file=sys.stderr)
        return 2
    json.dump(result, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
