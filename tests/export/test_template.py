"""Opening templates: what is not a usable presentation is refused with one clear message."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jvdesk.export.pptx import default_template
from jvdesk.export.template import TemplateError, _placeholder_types, open_template


def template_error(path: Path) -> str:
    with pytest.raises(TemplateError) as caught:
        open_template(path)
    return str(caught.value)


def test_a_text_file_is_not_a_template(tmp_path: Path) -> None:
    path = tmp_path / "notes.pptx"
    path.write_text("just text", encoding="utf-8")
    assert template_error(path) == (
        "notes.pptx is not a PowerPoint file (.pptx or .potx); choose a presentation or "
        "template saved by PowerPoint or LibreOffice"
    )


def test_a_zip_that_is_not_a_presentation(tmp_path: Path) -> None:
    path = tmp_path / "archive.pptx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert template_error(path) == (
        "archive.pptx is a zip file but not a PowerPoint presentation; choose a .pptx or .potx"
    )


def test_a_damaged_presentation(tmp_path: Path) -> None:
    source = default_template("16:9").read_bytes()
    damaged = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(damaged, "w") as copy:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "ppt/presentation.xml":
                data = data[: len(data) // 2]
            copy.writestr(entry, data)
    path = tmp_path / "damaged.pptx"
    path.write_bytes(damaged.getvalue())
    message = template_error(path)
    assert message.startswith("damaged.pptx is damaged and cannot be opened (")
    assert message.endswith("); open it in PowerPoint, save it again, and retry")


def test_a_truncated_file(tmp_path: Path) -> None:
    path = tmp_path / "cut.pptx"
    path.write_bytes(default_template("16:9").read_bytes()[:5000])
    assert template_error(path).startswith("cut.pptx is not a PowerPoint file")


def test_a_zip_bomb_is_refused_from_its_directory(tmp_path: Path) -> None:
    path = tmp_path / "bomb.pptx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("ppt/presentation.xml", "<p/>")
        with archive.open("ppt/media/zeros.bin", "w") as stream:
            block = bytes(1024 * 1024)
            for _ in range(64):
                stream.write(block)
    message = template_error(path)
    assert message.startswith("bomb.pptx would expand to 67,108,")
    assert message.endswith("bytes; it is not a normal template (possibly a zip bomb)")


@pytest.mark.parametrize("name", ["jvdesk 16:9", "jvdesk 4:3", "Midnightblue", "Vintage", "Piano"])
def test_placeholder_types_are_read_as_python_pptx_reads_them(
    name: str, third_party: Callable[[str], Path]
) -> None:
    path = default_template(name[7:]) if name.startswith("jvdesk") else third_party(name)  # type: ignore[arg-type]
    presentation = open_template(path)
    for layout in presentation.slide_layouts:
        placeholders: Any = layout.placeholders
        expected = [shape.placeholder_format.type for shape in placeholders]
        assert _placeholder_types(layout) == expected, layout.name
