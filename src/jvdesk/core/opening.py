"""Open a pack for a command that needs a valid one (export, info), at the least cost.

A pack whose files still match a checked snapshot (the shipped pack's, or one cached when
it last passed) is read from it without the validator; any other is loaded and checked
here, and cached when it passes, so re-exporting the same pack costs what the export does.
``jvdesk validate`` always checks: checking is its job.
"""

from __future__ import annotations

from pathlib import Path

from jvdesk.core import snapshotcache
from jvdesk.core.pack import ContentPack
from jvdesk.core.snapshot import from_snapshots, pack_json


def open_checked(folder: Path) -> ContentPack:
    """The pack in a folder, checked now or when its files were last checked.

    Raises:
        PackError: listing every problem found.
    """
    pack, key = from_snapshots(Path(folder))
    if pack is not None:
        return pack
    # Imported only now: the validator (pydantic, about a quarter of a second) is needed
    # only for a pack no snapshot vouches for.
    from jvdesk.core.loader import load_pack

    pack = load_pack(folder)
    if key is not None:
        snapshotcache.store(key, pack_json(pack))
    return pack
