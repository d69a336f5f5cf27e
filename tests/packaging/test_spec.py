"""The bundle's spec names modules that exist: a stale name breaks only the bundle."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "jvdesk.spec"


def _hidden_imports() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "HIDDEN" for target in node.targets
        ):
            return [str(ast.literal_eval(item)) for item in node.value.elts]  # type: ignore[attr-defined]
    raise AssertionError("packaging/jvdesk.spec has no HIDDEN list")


def _named_at_run_time() -> set[str]:
    """jvdesk modules the source imports by name (importlib), which analysis cannot follow."""
    named = set()
    for path in (ROOT / "src" / "jvdesk").rglob("*.py"):
        named.update(
            re.findall(
                r'"(jvdesk\.(?:gui|core|export|cli)(?:\.[a-z_]+)*)"',
                path.read_text(encoding="utf-8"),
            )
        )
    return named


def test_every_hidden_import_exists() -> None:
    missing = [name for name in _hidden_imports() if importlib.util.find_spec(name) is None]
    assert missing == []


def test_every_module_imported_by_name_is_a_hidden_import() -> None:
    assert _named_at_run_time() - set(_hidden_imports()) == set()
    assert _named_at_run_time() >= {
        "jvdesk.gui.workspace.chartwidget",
        "jvdesk.gui.dialogs.export",
        "jvdesk.gui.dialogs.briefing",
    }
