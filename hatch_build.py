"""Hatchling build hook: a wheel carries jvdesk's built catalogues (.qm, .mo).

The catalogues' sources (.ts, .po) are committed; what jvdesk reads at run time is not
(.gitignore). Without this hook a wheel built from a fresh clone (``pip install .``,
``pip wheel .``) had no .qm or .mo, and the installed app spoke English only.

The hook builds them with ``compile_all`` of tools/translations.py, the one function
``make`` runs too, so there is a single way they are built. It needs Babel (for .mo) and
the standard library (tools/translations.py writes .qm itself, the bytes pyside6-lrelease
writes), both in ``[build-system] requires``: a wheel builds in an isolated environment
without Qt, so lrelease, which comes with PySide6-Essentials, is not used here.

- A wheel: the catalogues are built in a temporary folder and put into the wheel at the
  paths the installed code reads (``jvdesk/_resources/...``, see jvdesk.core.resources);
  they take the place of any stale ones a checkout's ``resources/`` holds. The checkout is
  not written to.
- An editable install (``pip install -e .``) reads ``resources/`` of the checkout, so they
  are built there, beside their sources, as ``make`` builds them.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _translations_tool(root: Path) -> ModuleType:
    path = root / "tools" / "translations.py"
    spec = importlib.util.spec_from_file_location("jvdesk_build_translations", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CataloguesHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        tool = _translations_tool(root)
        if version == "editable":
            tool.compile_all()
            return
        # Where the wheel puts resources/: the force-include of [tool.hatch.build.targets.wheel],
        # keyed by hatchling with os.path.abspath (no symlinks resolved, unlike Path.resolve).
        source = os.path.abspath(root / "resources")  # noqa: PTH100
        resources = self.build_config.force_include[source]
        self._scratch = Path(tempfile.mkdtemp(prefix="jvdesk-catalogues-"))
        for relative in tool.compile_all(self._scratch):
            build_data["force_include"][str(self._scratch / relative)] = f"{resources}/{relative}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
