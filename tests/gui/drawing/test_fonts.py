"""The slide typeface: one font per size and style, handed out as copies."""

from __future__ import annotations

from jvdesk.gui.drawing.fonts import FALLBACKS, slide_font


def test_a_font_changed_by_its_caller_changes_no_other(qapp: object) -> None:
    font = slide_font(11)
    font.setPointSizeF(30)  # as the handout does for its notes
    font.setBold(True)
    again = slide_font(11.2)  # the same pixel size
    assert (again.pixelSize(), again.bold()) == (11, False)
    assert again.families() == FALLBACKS
    assert (slide_font(11, bold=True).bold(), slide_font(11, italic=True).italic()) == (True, True)
