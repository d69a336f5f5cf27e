"""Whether a path given as a pack names a pack file (``.jvpack``) or a pack folder.

Apart from ``jvdesk.core.jvpack``, which reads and writes pack files: asking costs nothing,
while importing that module costs a start about 6 ms (zipfile, signatures), which a start
on a pack folder does not need.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".jvpack"


def is_pack_file(path: Path) -> bool:
    """Whether a path names a pack file rather than a pack folder."""
    return path.suffix.lower() == SUFFIX and not path.is_dir()
