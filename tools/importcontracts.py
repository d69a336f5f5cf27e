"""An import-linter contract for submodules of an external package, which its own cannot check.

import-linter sees an external package as one node (``PySide6``), so a forbidden contract can
forbid all of Qt but not ``PySide6.QtWidgets`` alone. The slide and chart painters may use
QtGui (they draw into a PDF with no application window) but never widgets; this contract reads
the import lines themselves. Configured in pyproject.toml as ``type = "forbidden_submodules"``.
"""

from __future__ import annotations

from grimp import ImportGraph
from importlinter.application import output
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck


class ForbiddenSubmodulesContract(Contract):
    """Modules under ``source_modules`` never import any of ``forbidden_submodules`` directly.

    Indirect imports through the project's own modules are the layers contracts' business.
    """

    source_modules = fields.ListField(subfield=fields.StringField())
    forbidden_submodules = fields.ListField(subfield=fields.StringField())

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        sources: list[str] = list(self.source_modules)  # type: ignore[call-overload]
        forbidden: list[str] = list(self.forbidden_submodules)  # type: ignore[call-overload]
        found = []
        importers = {
            module
            for source in sources
            for module in {source, *graph.find_descendants(source)}
            if module in graph.modules
        }
        for importer in sorted(importers):
            for package in {name.split(".")[0] for name in forbidden}:
                if package not in graph.modules:
                    continue
                for detail in graph.get_import_details(importer=importer, imported=package):
                    line = detail["line_contents"]
                    words = line.replace(",", " ").split()
                    hits = [name for name in forbidden if _names(line, words, name)]
                    if hits:
                        found.append((importer, detail["line_number"], line, hits))
        return ContractCheck(kept=not found, warnings=None, metadata={"found": found})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, line_number, line, hits in check.metadata["found"]:
            output.print_error(f"{importer}:{line_number} imports {', '.join(hits)}: {line}")
            output.new_line()


def _names(line: str, words: list[str], submodule: str) -> bool:
    """Whether an import line brings in ``submodule`` (``a.B``), in either import form."""
    package, _, name = submodule.partition(".")
    if submodule in words or any(word.startswith(f"{submodule}.") for word in words):
        return True  # import a.B / from a.B import x / import a.B.c
    return line.startswith(f"from {package} import") and name in words  # from a import B
