"""Real readers of jvdesk's output (LibreOffice, poppler), found or required."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import NoReturn

import pytest

LIBREOFFICE_TEMPLATES = Path("/usr/lib/libreoffice/share/template/common/presnt")


def unavailable(reason: str) -> NoReturn:
    """Skip a test for want of a real tool, or fail under JVDESK_REQUIRE_REAL=1 (as in CI)."""
    if os.environ.get("JVDESK_REQUIRE_REAL") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def require(tool: str) -> str:
    """The path of a command-line tool, or skip (fail under JVDESK_REQUIRE_REAL=1)."""
    found = shutil.which(tool)
    if found is None:
        unavailable(f"{tool} is not installed (CI installs it: see .ci/run)")
    return found


def soffice_convert(source: Path, target_format: str, out_dir: Path) -> Path:
    """Convert a file with LibreOffice, headless, with a private profile."""
    soffice = require("soffice")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                "--headless",
                f"-env:UserInstallation=file://{profile}",
                "--convert-to",
                target_format,
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    result = out_dir / f"{source.stem}.{target_format.split(':')[0]}"
    assert result.is_file(), f"LibreOffice did not write {result}"
    return result


def pdf_pages(pdf: Path) -> int:
    """The number of pages of a PDF, read by poppler."""
    info = subprocess.run(
        [require("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_text(pdf: Path) -> str:
    """The text poppler extracts from a PDF."""
    return subprocess.run(
        [require("pdftotext"), str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(pdf: Path) -> str:
    """poppler's list of the fonts a PDF uses."""
    return subprocess.run(
        [require("pdffonts"), str(pdf)], check=True, capture_output=True, text=True
    ).stdout


def render_pages(pdf: Path, prefix: Path, dpi: int = 30) -> list[Path]:
    """Render every page of a PDF to PNG with pdftoppm."""
    subprocess.run([require("pdftoppm"), "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


def libreoffice_template(name: str, out_dir: Path) -> Path:
    """One of LibreOffice's own presentation templates, converted to a .pptx."""
    source = LIBREOFFICE_TEMPLATES / f"{name}.otp"
    if not source.is_file():
        unavailable(f"LibreOffice's template {source} is not installed")
    return soffice_convert(source, "pptx", out_dir)
