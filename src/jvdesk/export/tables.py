"""Table slides: rows fitted at the largest readable size, the rest continued on more slides."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.slide import Slide as PptxSlide
from pptx.util import Emu

from jvdesk.core.deckplan import Slide
from jvdesk.core.descriptions import describe_table
from jvdesk.core.formatting import format_number
from jvdesk.core.i18n import N_, _, pgettext
from jvdesk.export.ooxml import set_description
from jvdesk.export.slidewriter import EMU_PER_PT, Box, SlideWriter
from jvdesk.export.textfit import Paragraph, measure, search, steps

CELL_X, CELL_Y = 7.2, 3.6  # table cell insets, points
LARGEST, SMALLEST = 18, 10  # design sizes a table's text is set between


def table_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """A table; rows that do not fit at a readable size continue on another slide.

    Each slide's title is its own: a second slide is "… (continued)", and when there are
    more, each says which it is ("… (continued, 2 of 3)").
    """
    body = writer.body_box()
    columns = [body.w * share for share in plan_slide.column_shares]
    rows = list(plan_slide.rows)
    links = list(plan_slide.row_links)
    pages: list[tuple[float, list[float], int]] = []  # size, heights, rows; a slide each
    start = 0
    while start < len(rows):
        size, heights, count = _table_fit(writer, plan_slide.columns, rows[start:], columns, body.h)
        pages.append((size, heights, count))
        start += count
    start = 0
    for index, (size, heights, count) in enumerate(pages):
        title = _page_title(plan_slide.title, index, len(pages) - 1)
        slide, _layout = writer.new_slide(title)
        if sum(heights) > body.h:  # even one row alone is too tall for the slide
            writer.overflowed(N_("the row for {first}"), first=repr(rows[start][0]))
        _write_table(
            writer,
            slide,
            title,
            [plan_slide.columns, *rows[start : start + count]],
            [None, *links[start : start + count]],
            columns,
            heights,
            size,
            body,
        )
        writer.write_notes(slide, plan_slide.notes)
        start += count


def _page_title(title: str, index: int, continuations: int) -> str:
    """The title of a table's slide ``index`` (from 0), of its first and ``continuations``."""
    if index == 0:
        return title
    if continuations == 1:
        return _("{title} (continued)").format(title=title)
    # Translators: the title of one of several slides a table is continued on, as in
    # "Sources (continued, 2 of 3)".
    return pgettext("slide title", "{title} (continued, {index} of {count})").format(
        title=title, index=format_number(index), count=format_number(continuations)
    )


def _row_height(
    writer: SlideWriter, row: Sequence[str], columns: Sequence[float], size: float, header: bool
) -> float:
    """The height of a row: its tallest cell at ``size``, with the cell insets."""
    return (
        max(
            measure([Paragraph(cell, bold=header)], writer.cells, size, w - 2 * CELL_X)[0]
            for cell, w in zip(row, columns, strict=True)
        )
        + 2 * CELL_Y
    )


def _table_fit(
    writer: SlideWriter,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    columns: Sequence[float],
    room: float,
) -> tuple[float, list[float], int]:
    """The largest size at which all rows fit; else as many rows as fit at the smallest.

    Returns:
        The size, the heights of the header and of the rows that fit, and how many rows fit
        (at least one).
    """

    def attempt(size: float) -> tuple[bool, list[float]]:
        # Rows are measured until they clearly overflow (by more than rounding could make
        # up): the rows after that do not change the answer, or how many rows fit.
        heights = [_row_height(writer, header, columns, size, True)]
        total = heights[0]
        for row in rows:
            heights.append(_row_height(writer, row, columns, size, False))
            total += heights[-1]
            if total > room * (1 + 1e-9):
                return False, heights
        return sum(heights) <= room, heights

    size, fits, heights = search(steps(writer.pt(LARGEST), writer.pt(SMALLEST)), attempt)
    if fits:
        return size, heights, len(rows)
    count = 0
    total = heights[0]
    while count < len(rows) and total + heights[count + 1] <= room:
        total += heights[count + 1]
        count += 1
    count = max(count, 1)  # a row too tall even alone still goes on a slide of its own
    return size, heights[: count + 1], count


def _write_table(
    writer: SlideWriter,
    slide: PptxSlide,
    title: str,
    rows: Sequence[Sequence[str]],
    links: Sequence[str | None],
    columns: Sequence[float],
    heights: Sequence[float],
    size: float,
    body: Box,
) -> None:
    """Add a table of ``rows`` (the header first) at the top of the body area.

    A row's last cell links to the row's address in ``links``, if it has one. The first row
    is marked as the header row, and the table described for screen readers.
    """
    shape = slide.shapes.add_table(
        len(rows), len(columns), *Box(body.x, body.y, body.w, sum(heights)).emu()
    )
    shape.name = title
    set_description(shape._element, describe_table(title, rows[0], len(rows) - 1))
    table = shape.table
    table.first_row = True  # python-pptx's default, stated: the header row is read as one
    for index, width in enumerate(columns):
        table.columns[index].width = Emu(round(width * EMU_PER_PT))
    # The rows' and cells' XML written directly, as python-pptx's row.height (which makes
    # the frame as tall as its rows), cell.margin_left (and right, top, bottom) and text
    # frames would write it.
    part = slide.part
    across = str(round(CELL_X * EMU_PER_PT))
    down = str(round(CELL_Y * EMU_PER_PT))
    row_heights = [round(height * EMU_PER_PT) for height in heights]
    shape.height = Emu(sum(row_heights))
    for r, (row, tr) in enumerate(zip(rows, table._tbl.tr_lst, strict=True)):
        tr.set("h", str(row_heights[r]))
        for c, (cell_text, tc) in enumerate(zip(row, tr.tc_lst, strict=True)):
            margins = tc.get_or_add_tcPr()
            for name, value in (("marL", across), ("marR", across), ("marT", down), ("marB", down)):
                margins.set(name, value)
            link = links[r] if r < len(links) and c == len(row) - 1 else None
            writer.write_body(
                tc.txBody, part, [Paragraph(cell_text, bold=r == 0)], size, links=[link]
            )
