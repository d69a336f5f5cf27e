"""A pack ten times the shipped one, for ``make bench``: every panel repeated, ids made unique.

Generated on demand, never committed. Each copy's panels keep the shipped texts, figures,
charts and sources (so every source stays cited); the full briefing runs through all of
them, ten times as long, so its deck has about ten times the slides.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from jvdesk.core.resources import shipped_pack_path

COPIES = 10
ITEM_LISTS = ("targets", "figures", "quotes", "charts")


def _renamed(panel: dict[str, Any], copy: int) -> dict[str, Any]:
    """A panel with its id and its items' ids made unique to a copy (copy 1 is the original)."""
    if copy == 1:
        return panel
    panel = dict(panel, id=f"{panel['id']}-{copy}", title=f"{panel['title']} ({copy})")
    for name in ITEM_LISTS:
        panel[name] = [dict(item, id=f"{item['id']}-{copy}") for item in panel.get(name, [])]
    return panel


def make_big_pack(target: Path, copies: int = COPIES) -> Path:
    """Write the pack ``copies`` times over into ``target`` (a new folder); return it."""
    shutil.copytree(shipped_pack_path(), target)
    meta = yaml.safe_load((target / "pack.yaml").read_text(encoding="utf-8"))
    files: list[str] = []
    ids: list[str] = []
    for name in meta["panels"]:
        panel = yaml.safe_load((target / name).read_text(encoding="utf-8"))
        for copy in range(1, copies + 1):
            renamed = _renamed(panel, copy)
            file = name if copy == 1 else name.replace(".yaml", f"-{copy}.yaml")
            if copy > 1:
                text = yaml.safe_dump(renamed, allow_unicode=True, sort_keys=False)
                (target / file).write_text(text, encoding="utf-8")
            files.append(file)
            ids.append(renamed["id"])
    full = next(briefing for briefing in meta["briefings"] if briefing["id"] == "full")
    full["panels"] = ids
    full["duration_minutes"] = min(600, full["duration_minutes"] * copies)
    meta["panels"] = files
    meta["title"] = f"{meta['title']} ×{copies}"
    (target / "pack.yaml").write_text(
        yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    return target


if __name__ == "__main__":
    print(make_big_pack(Path(sys.argv[1])))
