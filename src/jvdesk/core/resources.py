"""One way to reach jvdesk's runtime resources, from a checkout, a wheel or a bundle."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path, PurePosixPath
from typing import ClassVar

SHIPPED_PACK = "packs/joint-vision-2025"


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue, as ``jvdesk.core.i18n.N_`` does.

    That one cannot be imported here: ``jvdesk.core.i18n`` reads its catalogues through
    this module.
    """
    return message


class ResourceError(LookupError):
    """A resource name that is unsafe or names nothing jvdesk ships.

    The message is put into the language in force when it is shown, not when it is raised:
    looking up the catalogues themselves may raise this error.
    """

    # How a message is put into the language in force: ``jvdesk.core.i18n`` sets it when it
    # is imported (it reads its catalogues through this module, so this one cannot import it).
    translate: ClassVar[Callable[[str], str]] = staticmethod(lambda message: message)

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.message = message
        self.values = values

    def __str__(self) -> str:
        text = type(self).translate(self.message)
        return text.format(**self.values) if self.values else text


@cache
def resources_root() -> Path:
    """Return the folder holding jvdesk's resources.

    The same lookup serves a source checkout (``resources/`` at the top of the
    repository), an installed wheel (``jvdesk/_resources``) and a PyInstaller
    bundle (``resources/`` beside the executable's unpacked files).

    Raises:
        ResourceError: when no resources folder can be found.
    """
    here = Path(__file__).resolve()
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(here.parents[1] / "_resources")
    candidates.append(here.parents[3] / "resources")
    for candidate in candidates:
        if (candidate / SHIPPED_PACK / "pack.yaml").is_file():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise ResourceError(
        N_("jvdesk's resources are missing (looked in {folders}); reinstall jvdesk"),
        folders=looked,
    )


def resource_path(name: str) -> Path:
    """Return the path of a shipped resource.

    Args:
        name: a relative, forward-slash path such as ``"schema/panel.schema.json"``.

    Raises:
        ResourceError: when the name is absolute, climbs out with ``..``, or
            names nothing that exists; the message lists what is there.
    """
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or "\\" in name or not name:
        raise ResourceError(
            N_("not a resource name: {name} (use a relative path without '..')"), name=repr(name)
        )
    root = resources_root()
    path = root.joinpath(*relative.parts)
    if not path.exists():
        parent = path.parent if path.parent.is_dir() else root
        known = sorted(p.relative_to(root).as_posix() for p in parent.iterdir())
        raise ResourceError(
            N_("no resource {name}; known here: {known}"), name=repr(name), known=", ".join(known)
        )
    return path


def shipped_pack_path() -> Path:
    """Return the folder of the content pack jvdesk ships."""
    return resource_path(SHIPPED_PACK)
