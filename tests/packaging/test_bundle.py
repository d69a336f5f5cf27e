"""The standalone Linux bundle and .deb: built from this checkout, run with no Python on the
PATH and with networking denied to the process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.realtools import pdf_pages, require, soffice_convert

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.package


def _require_unshare() -> str:
    unshare = require("unshare")
    probe = subprocess.run([unshare, "-n", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        reason = "unshare -n is not permitted here (CI runs as root, where it is)"
        if os.environ.get("JVDESK_REQUIRE_REAL") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return unshare


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Build the bundle, the .tar.gz and the .deb with packaging/linux/build.sh."""
    require("dpkg-deb")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        ["bash", "packaging/linux/build.sh", str(Path(sys.executable).parent), str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    yield out


def run_isolated(executable: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a bundled program with no Python on PATH, no screen and no network."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(cwd),
        "JVDESK_SETTINGS_DIR": str(cwd / "settings"),
        "JVDESK_LOG_DIR": str(cwd / "logs"),
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        [_require_unshare(), "-n", str(executable), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def smoke(executable: Path, work: Path) -> None:
    version = run_isolated(executable, "--version", cwd=work)
    assert (version.returncode, version.stdout.strip()) == (0, "jvdesk 0.1.0"), version.stderr
    validate = run_isolated(executable, "validate", cwd=work)
    assert validate.returncode == 0, validate.stderr
    assert validate.stdout.startswith("OK: India–Japan Joint Vision 2025 1.1: 10 panels")
    export = run_isolated(executable, "export", "-o", str(work / "deck.pptx"), cwd=work)
    assert export.returncode == 0, export.stderr
    pdf = soffice_convert(work / "deck.pptx", "pdf", work)
    assert pdf_pages(pdf) == int(export.stdout.split("(")[1].split()[0])
    handout = run_isolated(executable, "export", "-o", str(work / "handout.pdf"), cwd=work)
    assert handout.returncode == 0, handout.stderr
    assert (work / "handout.pdf").read_bytes().startswith(b"%PDF")
    selftest = run_isolated(executable, "--self-test", cwd=work)
    assert (selftest.returncode, selftest.stdout) == (0, "jvdesk self-test: 11 pages opened\n"), (
        selftest.stderr
    )
    # Any pack but the shipped one is checked by the bundle running itself as `validate`.
    copy = work / "copied-pack"
    shutil.copytree(ROOT / "resources" / "packs" / "joint-vision-2025", copy)
    opened = run_isolated(executable, "--pack", str(copy), "--self-test", cwd=work)
    assert (opened.returncode, opened.stdout) == (0, "jvdesk self-test: 11 pages opened\n"), (
        opened.stderr
    )
    # A signed pack file, made and opened by the bundle alone (its signatures need OpenSSL).
    key = work / "desk.key"
    keygen = run_isolated(
        executable, "pack", "keygen", "-o", str(key), "--publisher", "Desk", cwd=work
    )
    assert keygen.returncode == 0, keygen.stderr
    signed = work / "update.jvpack"
    build = run_isolated(
        executable, "pack", "build", str(copy), "-o", str(signed), "--sign", str(key), cwd=work
    )
    assert build.returncode == 0, build.stderr
    trusted = run_isolated(executable, "validate", str(signed), "--trust", f"{key}.pub", cwd=work)
    assert trusted.returncode == 0, trusted.stderr
    assert trusted.stdout.splitlines()[1].startswith("Signature: verified, signed by Desk")
    pack_file = copy / "pack.yaml"
    pack_file.write_text(pack_file.read_text(encoding="utf-8").replace("\nversion:", "\nversio:"))
    broken = run_isolated(executable, "--pack", str(copy), "--self-test", cwd=work)
    assert broken.returncode == 1 and "unknown field 'versio'" in broken.stderr, broken.stderr


def test_the_bundle_runs_without_python_or_network(built: Path, tmp_path: Path) -> None:
    bundle = built / "jvdesk"
    assert not (bundle / "_internal" / "python3").exists()
    smoke(bundle / "jvdesk", tmp_path)


def test_the_tarball_and_the_deb_hold_the_bundle(built: Path, tmp_path: Path) -> None:
    tarballs = list(built.glob("jvdesk-*-linux-*.tar.gz"))
    debs = list(built.glob("jvdesk_*_*.deb"))
    assert len(tarballs) == 1 and len(debs) == 1
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(root)], check=True)
    assert (root / "usr/bin/jvdesk").is_symlink()
    assert str((root / "usr/bin/jvdesk").readlink()) == "/opt/jvdesk/jvdesk"
    desktop = (root / "usr/share/applications/jvdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=jvdesk %f" in desktop and "Icon=jvdesk" in desktop
    assert "MimeType=application/x-jvdesk-pack;" in desktop
    mime = root / "usr/share/mime/packages/jvdesk-pack.xml"
    assert mime.read_bytes() == (ROOT / "packaging/linux/jvdesk-pack.xml").read_bytes()
    assert mime.stat().st_mode & 0o777 == 0o644
    assert not (root / "DEBIAN/postinst").exists()  # shared-mime-info's trigger does it
    assert (root / "usr/share/icons/hicolor/256x256/apps/jvdesk.png").is_file()
    fields = subprocess.run(
        ["dpkg-deb", "-f", str(debs[0]), "Package", "Version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fields.splitlines() == ["Package: jvdesk", "Version: 0.1.0"]
    work = tmp_path / "work"
    work.mkdir()
    smoke(root / "opt/jvdesk/jvdesk", work)


def test_the_bundle_speaks_japanese_and_hindi(built: Path, tmp_path: Path) -> None:
    internal = built / "jvdesk" / "_internal"
    for language in ("ja", "hi"):
        assert (internal / f"resources/translations/jvdesk_{language}.qm").is_file()
        assert (internal / f"resources/locale/{language}/LC_MESSAGES/jvdesk.mo").is_file()
    assert list(internal.rglob("qtbase_ja.qm")), "Qt's own Japanese words are missing"
    cldr = sorted(path.stem for path in internal.rglob("locale-data/*.dat"))
    assert cldr == ["en", "en_US", "hi", "hi_IN", "ja", "ja_JP", "root"]
    assert (internal / "resources/fonts/JvdeskNotoSansCJKjp-Regular.ttf").is_file()
    executable = built / "jvdesk" / "jvdesk"
    deck = tmp_path / "deck-ja.pptx"
    export = run_isolated(executable, "export", "--lang", "ja", "-o", str(deck), cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    pdf = soffice_convert(deck, "pdf", tmp_path)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "日印共同ビジョン" in text
