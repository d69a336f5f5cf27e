"""Located problems in a content pack, gathered into one error."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from jvdesk.core.i18n import ngettext

PathPart = str | int


def format_path(path: Sequence[PathPart]) -> str:
    """Render a field path the way a person reads it: ``targets[0].value``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a pack, located as precisely as the input allows.

    Attributes:
        file: the file's path relative to the pack folder, with forward slashes.
        line: 1-based line, or 0 when the problem concerns the whole file.
        column: 1-based column, or 0 with ``line``.
        path: the field path inside the file, such as ``targets[0].value``; empty
            for problems with the file itself.
        message: what is wrong, and where it helps, what to do.
    """

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line:
            where += f":{self.line}:{self.column}"
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.message}"


class PackError(Exception):
    """A content pack that cannot be used, with every problem found in it.

    Attributes:
        problems: the located problems, in file and line order.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        if not self.problems:
            raise ValueError("a PackError needs at least one problem")
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    def summary(self) -> str:
        """One line saying how many problems there are."""
        count = len(self.problems)
        return ngettext(
            "The content pack has {count} problem; fix it and load it again.",
            "The content pack has {count} problems; fix them and load it again.",
            count,
        ).format(count=count)
