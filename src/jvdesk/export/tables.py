"""Table slides: rows fitted at the largest readable size, the rest continued on more slides."""

from __future__ import annotations

from collections.abc import Sequence

from pptx.slide import Slide as PptxSlide
from pptx.util import Emu

from jvdesk.core.deckplan import Slide
from jvdesk.core.i18n import N_, _
from jvdesk.export.slidewriter import EMU_PER_PT, Box, SlideWriter
from jvdesk.export.textfit import Paragraph, measure, search, steps

CELL_X, CELL_Y = 7.2, 3.6  # table cell insets, points
LARGEST, SMALLEST = 18, 10  # design sizes a table's text is set between


def table_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """A table; rows that do not fit at a readable size continue on another slide."""
    rows = list(plan_slide.rows)
    links = list(plan_slide.row_links)
    title = plan_slide.title
    while rows:
        slide, _layout = writer.new_slide(title)
        body = writer.body_box()
        columns = [body.w * share for share in plan_slide.column_shares]
        size, heights, count = _table_fit(writer, plan_slide.columns, rows, columns, body.h)
        if sum(heights) > body.h:  # even one row alone is too tall for the slide
            writer.overflowed(N_("the row for {first}"), first=repr(rows[0][0]))
        _write_table(
            writer,
            slide,
            plan_slide,
            [plan_slide.columns, *rows[:count]],
            [None, *links[:count]],
            columns,
            heights,
            size,
            body,
        )
        writer.write_notes(slide, plan_slide.notes)
        rows = rows[count:]
        links = links[count:]
        title = _("{title} (continued)").format(title=plan_slide.title)


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
    plan_slide: Slide,
    rows: Sequence[Sequence[str]],
    links: Sequence[str | None],
    columns: Sequence[float],
    heights: Sequence[float],
    size: float,
    body: Box,
) -> None:
    """Add a table of ``rows`` (the header first) at the top of the body area.

    A row's last cell links to the row's address in ``links``, if it has one.
    """
    shape = slide.shapes.add_table(
        len(rows), len(columns), *Box(body.x, body.y, body.w, sum(heights)).emu()
    )
    shape.name = plan_slide.title
    table = shape.table
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
