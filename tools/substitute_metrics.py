"""Write the metrics of the fonts LibreOffice substitutes for Calibri when Carlito is missing.

On Debian with ``libreoffice-impress`` alone there is no Carlito, and LibreOffice draws a
deck's Calibri in the system's default sans: Noto Sans where ``fonts-noto-core`` is
installed, else DejaVu Sans. jvdesk's text fitting (``jvdesk.export.textfit``) leaves room
for both, from a table of their advance widths and line heights that this script reads from
the installed fonts with fontTools and writes to ``resources/fonts/substitute-metrics.json``.
jvdesk does not ship the fonts themselves.

Usage: ``python tools/substitute_metrics.py`` writes the table; ``--check`` only says whether
the table is current (exit status 1 if not). Needs fontTools and the fonts installed
(Debian: ``fonts-dejavu-core fonts-noto-core``); tests/export/test_substitute_metrics.py
runs the check.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

TABLE = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "substitute-metrics.json"
SUBSTITUTES = ("DejaVu Sans", "Noto Sans")
STYLES = {"regular": 80, "bold": 200}  # fontconfig weights, upright, normal width
# The code points measured, first to last: Latin (Basic, Latin-1, Extended-A and B),
# spacing modifiers, general punctuation, currency signs, letter-like symbols, number
# forms, arrows, mathematical operators and geometric shapes. Others are measured with the
# deck's own font only.
RANGES = (
    (0x0020, 0x024F),
    (0x02B0, 0x02FF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2150, 0x218F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x25A0, 0x25FF),
)
USE_TYPO_METRICS = 1 << 7  # OS/2 fsSelection bit 7


class FontMissingError(LookupError):
    """A substitute font, or the tool to find it, is not installed."""


def font_file(family: str, weight: int) -> Path:
    """The installed file of a family's upright, normal-width face of a weight (fontconfig's).

    Raises:
        FontMissingError: when fontconfig is missing or has no such face.
    """
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        raise FontMissingError("fontconfig's fc-match is not installed")
    wanted = [family, str(weight), "0", "100"]
    found = subprocess.run(
        [
            fc_match,
            "--format=%{family[0]}\n%{weight}\n%{slant}\n%{width}\n%{file}",
            f"{family}:weight={weight}:slant=0:width=100",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    if found[:4] != wanted:
        raise FontMissingError(
            f"{family} (weight {weight}) is not installed; fontconfig offers {found[0]} "
            f"(weight {found[1]}) in {found[-1]}"
        )
    return Path(found[4])


def vertical_metrics(font: TTFont) -> tuple[int, int, int]:
    """Ascent, descent and line gap in font units, chosen as LibreOffice 7.4 chooses them.

    LibreOffice (vcl's ``ImplCalcLineSpacing``) takes the hhea table's values, the OS/2
    table's Windows values when hhea has none, and the OS/2 typographic values when the font
    asks for them (``USE_TYPO_METRICS``).
    """
    hhea, os2 = font["hhea"], font["OS/2"]
    ascent, descent, gap = hhea.ascent, -hhea.descent, hhea.lineGap
    if ascent < 0 or descent < 0:
        ascent = descent = gap = 0
    if ascent == 0 and descent == 0:
        ascent, descent, gap = os2.usWinAscent, os2.usWinDescent, 0
    if os2.fsSelection & USE_TYPO_METRICS and os2.sTypoAscender >= 0 >= os2.sTypoDescender:
        ascent, descent, gap = os2.sTypoAscender, -os2.sTypoDescender, os2.sTypoLineGap
    return ascent, descent, gap


def font_metrics(path: Path) -> dict[str, object]:
    """One font's version, units per em, vertical metrics and advance widths by range."""
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # old fonts' timestamps
    with TTFont(str(path), lazy=True) as font:
        cmap = font.getBestCmap()
        hmtx = font["hmtx"]
        ascent, descent, gap = vertical_metrics(font)
        advances = {
            f"{first:04X}": [
                hmtx[cmap[code]][0] if code in cmap else None for code in range(first, last + 1)
            ]
            for first, last in RANGES
        }
        return {
            "version": font["name"].getDebugName(5),
            "units_per_em": font["head"].unitsPerEm,
            "ascent": ascent,
            "descent": descent,
            "line_gap": gap,
            "advances": advances,
        }


def table() -> dict[str, object]:
    """The whole table, read from the installed fonts.

    Raises:
        FontMissingError: when a substitute is not installed.
    """
    return {
        "about": (
            "Advance widths (font units, null where the font has no glyph; each list starts "
            "at the code point its key names) and line metrics (as LibreOffice 7.4 picks them "
            "from hhea and OS/2) of the fonts LibreOffice draws Calibri in when Carlito is "
            "missing. Written by tools/substitute_metrics.py from the installed fonts; do not "
            "edit."
        ),
        "fonts": {
            family: {key: font_metrics(font_file(family, weight)) for key, weight in STYLES.items()}
            for family in SUBSTITUTES
        },
    }


def render(data: dict[str, object]) -> str:
    """The table as JSON text: indented, with each list of advances on one line."""
    lists: list[str] = []

    def folded(value: object) -> object:
        if isinstance(value, dict):
            return {key: folded(item) for key, item in value.items()}
        if isinstance(value, list):
            lists.append(json.dumps(value, separators=(",", ":")))
            return f"@list{len(lists) - 1}@"
        return value

    text = json.dumps(folded(data), indent=1, ensure_ascii=False)
    for index, compact in enumerate(lists):
        text = text.replace(f'"@list{index}@"', compact)
    return text + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table, or with --check say whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the table is current")
    args = parser.parse_args(argv)
    try:
        text = render(table())
    except FontMissingError as error:
        print(f"substitute_metrics: {error}", file=sys.stderr)
        return 2
    if args.check:
        current = TABLE.is_file() and TABLE.read_text(encoding="utf-8") == text
        print(f"{TABLE.name} is {'current' if current else 'out of date: run this script'}")
        return 0 if current else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
