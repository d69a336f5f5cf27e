"""The slide kinds other than tables: title, agenda, panel, chart and quotes slides.

Each ``…_slide`` function writes one slide of the deck plan with a ``SlideWriter``.
"""

from __future__ import annotations

from collections.abc import Sequence

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide as PptxSlide

from jvdesk.core.charts import ChartSpec
from jvdesk.core.deckplan import Slide
from jvdesk.core.descriptions import describe_chart
from jvdesk.core.i18n import N_, _
from jvdesk.export.charts import add_native_chart
from jvdesk.export.ooxml import mark_decorative
from jvdesk.export.slidewriter import INSET_X, INSET_Y, Box, SlideWriter
from jvdesk.export.textfit import Paragraph, measure, search, steps

SUMMARY_SHARES = (0.12, 0.17, 0.22)  # of the body height, tried in turn for a panel summary
KEY_FIGURES_NOTE_SHARES = (0.08, 0.12, 0.16)  # the same for the note above key figures


# Japanese and Hindi decks: a headline amount such as 1.08兆インドルピー is one word to a
# reader but ten characters wide, and Japanese lines are set 1.75 em apart (Latin 1.22), so
# their cards and lists may shrink further than English ones before they are reported.
SMALLEST_CARD_FIGURE_CJK_DEVANAGARI = 16
SMALLEST_LIST_CJK_DEVANAGARI = 8


def title_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """The deck's title, with the occasion and the leaders under it."""
    slide, _layout = writer.new_slide(plan_slide.title, kind="title")
    lines = [Paragraph(plan_slide.subtitle, bold=True)]
    lines += [Paragraph(line, scale=0.85, space_before=0.3) for line in plan_slide.bullets]
    subtitle = next(
        (p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.SUBTITLE),
        None,
    )
    if subtitle is not None:
        box = writer.clear_of_marking(Box.of(subtitle))
        subtitle.left, subtitle.top, subtitle.width, subtitle.height = box.emu()
        result = writer.fit_box(lines, box, 24, 12)
        if not result.fits:
            writer.overflowed(N_("the subtitle"))
        writer.write_text(
            subtitle.text_frame,
            lines,
            result.size,
            align=PP_ALIGN.CENTER,
            colours=[MSO_THEME_COLOR.TEXT_1] * len(lines),
        )
    else:
        box = Box(
            writer.margin,
            writer.height * 0.6,
            writer.width - 2 * writer.margin,
            writer.height * 0.3,
        )
        box = writer.clear_of_marking(box)
        writer.text_box(slide, box, lines, 24, 12, align=PP_ALIGN.CENTER, what=N_("the subtitle"))
    writer.write_notes(slide, plan_slide.notes)


def list_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """A list under the title (the agenda), with an optional bold line above it."""
    slide, _layout = writer.new_slide(plan_slide.title)
    body = writer.body_box()
    paragraphs = []
    if plan_slide.subtitle:
        paragraphs.append(Paragraph(plan_slide.subtitle, scale=0.8, bold=True))
    paragraphs += [Paragraph(line, space_before=0.35) for line in plan_slide.bullets]
    writer.text_box(slide, body, paragraphs, 28, 12, what=N_("the list on it"))
    writer.write_notes(slide, plan_slide.notes)


def panel_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """A panel: its summary, figure cards (or the no-target note) and initiatives.

    Its charts have slides of their own (the deck plan puts them there).
    """
    slide, _layout = writer.new_slide(plan_slide.title)
    body = writer.body_box()
    summary_text = [Paragraph(plan_slide.subtitle)]
    summary = writer.first_fitting(
        summary_text, [Box(body.x, body.y, body.w, body.h * s) for s in SUMMARY_SHARES], 20, 14
    )
    writer.text_box(
        slide,
        summary,
        summary_text,
        20,
        12,
        colours=[MSO_THEME_COLOR.TEXT_1],
        italic=[True],
        what=N_("the summary"),
    )
    y = body.y + summary.h + body.h * 0.02
    if plan_slide.figures:
        # Japanese and Devanagari lines are taller: the cards give the list more room.
        upper = body.h * (0.38 if not writer.language_tag else 0.32)
        if not plan_slide.figures_are_targets:
            # Context figures must not pass for targets: say so above them.
            label = [
                Paragraph(
                    _("Key figures. {note}").format(note=plan_slide.footnote).strip(), bold=True
                )
            ]
            smallest = 10 if not writer.language_tag else SMALLEST_LIST_CJK_DEVANAGARI
            shares = KEY_FIGURES_NOTE_SHARES
            boxes = [Box(body.x, y, body.w, body.h * share) for share in shares]
            note = writer.first_fitting(label, boxes, 16, smallest)
            writer.text_box(
                slide,
                note,
                label,
                16,
                smallest,
                colours=[MSO_THEME_COLOR.TEXT_1],
                italic=[True],
                what=N_("the note on the key figures"),
            )
            y += note.h
            upper -= note.h * 0.5
        _figure_cards(writer, slide, plan_slide, Box(body.x, y, body.w, upper))
    else:
        upper = body.h * 0.2
        _callout(writer, slide, Box(body.x, y, body.w, upper), plan_slide.footnote)
    top_of_lower = y + upper + body.h * 0.03
    lower = Box(body.x, top_of_lower, body.w, body.y + body.h - top_of_lower)
    _initiatives(writer, slide, plan_slide.bullets, lower)
    writer.write_notes(slide, plan_slide.notes)


def _figure_cards(writer: SlideWriter, slide: PptxSlide, plan_slide: Slide, area: Box) -> None:
    """A card per large figure, side by side, with an accent bar at its left."""
    count = len(plan_slide.figures)
    gap = area.w * 0.03
    width = (area.w - gap * (count - 1)) / count
    boxes = [Box(area.x + i * (width + gap), area.y, width, area.h) for i in range(count)]
    contents = []
    for figure in plan_slide.figures:
        paragraphs = []
        if figure.qualifier:
            paragraphs.append(Paragraph(figure.qualifier, scale=0.3, bold=True))
        paragraphs.append(Paragraph(figure.value, bold=True))
        if figure.unit:  # in Japanese and Hindi the unit is part of the figure: 10兆円
            paragraphs.append(Paragraph(figure.unit, scale=0.36, bold=True))
        paragraphs.append(Paragraph(figure.label, scale=0.28, space_before=0.2))
        paragraphs.append(Paragraph(f"{figure.detail} {figure.mark}".strip(), scale=0.25))
        contents.append(paragraphs)
    # One size for every card, so equal things look equal.
    smallest = 28 if not writer.language_tag else SMALLEST_CARD_FIGURE_CJK_DEVANAGARI
    fits = [
        writer.fit_box(c, b, 66, smallest, indent=8) for c, b in zip(contents, boxes, strict=True)
    ]
    size = min(result.size for result in fits)
    for figure, result in zip(plan_slide.figures, fits, strict=True):
        if not result.fits:
            writer.overflowed(
                # Translators: a figure's card on a slide, as in "the card for 10 JPY trillion".
                N_("the card for {figure}"),
                figure=" ".join(part for part in (figure.value, figure.unit) if part),
            )
    label = _("Targets") if plan_slide.figures_are_targets else _("Key figures")
    for paragraphs, box in zip(contents, boxes, strict=True):
        bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *Box(box.x, box.y, 6, box.h).emu())
        bar.fill.solid()
        bar.fill.fore_color.theme_color = MSO_THEME_COLOR.ACCENT_1
        bar.line.fill.background()
        bar.name = f"{label} accent"
        mark_decorative(bar._element)
        shape = slide.shapes.add_textbox(*Box(box.x + 8, box.y, box.w - 8, box.h).emu())
        shape.name = label
        colours = [
            MSO_THEME_COLOR.ACCENT_1 if p.scale in (1.0, 0.36) else MSO_THEME_COLOR.TEXT_1
            for p in paragraphs
        ]
        shape.text_frame.vertical_anchor = MSO_ANCHOR.TOP
        writer.write_text(shape.text_frame, paragraphs, size, colours=colours)


def _callout(writer: SlideWriter, slide: PptxSlide, box: Box, text: str) -> None:
    """The note, in place of figure cards, that a panel gives no target."""
    writer.text_box(
        slide,
        box,
        [Paragraph(text)],
        24,
        12,
        anchor=MSO_ANCHOR.MIDDLE,
        colours=[MSO_THEME_COLOR.ACCENT_1],
        italic=[True],
        what=N_("the note that no target is given"),
    )


def _one_line(writer: SlideWriter, text: str, size: float, spare: float) -> float:
    """The height of a box for one line of ``text`` at ``size`` points (scaled to the
    slide), with ``spare`` ems for its insets: a Japanese line is taller than a Latin one."""
    points = writer.pt(size)
    return writer.body.line_height(text, points) + points * spare


def _initiatives(writer: SlideWriter, slide: PptxSlide, bullets: Sequence[str], box: Box) -> None:
    """A "Key initiatives" heading and a bullet list under it."""
    title = _("Key initiatives")
    heading = _one_line(writer, title, 18, 0.48)
    writer.text_box(
        slide,
        Box(box.x, box.y, box.w, heading),
        [Paragraph(title, bold=True)],
        18,
        14,
        colours=[MSO_THEME_COLOR.ACCENT_1],
    )
    paragraphs = [Paragraph(text, space_before=0.3) for text in bullets]
    rest = Box(box.x, box.y + heading, box.w, box.h - heading)
    writer.text_box(
        slide,
        rest,
        paragraphs,
        22,
        10 if not writer.language_tag else SMALLEST_LIST_CJK_DEVANAGARI,
        bullets=True,
        what=N_("the list of key initiatives"),
    )


def _chart(writer: SlideWriter, slide: PptxSlide, spec: ChartSpec, mark: str, box: Box) -> None:
    """A native chart with its source line under it."""
    source = _("Source {mark}").format(mark=mark)
    foot = _one_line(writer, source, 12, 0.58)
    area = Box(box.x, box.y, box.w, box.h - foot)
    add_native_chart(slide, spec, area, writer.scale, writer.body, describe_chart(spec, mark))
    below = Box(box.x, box.y + area.h, box.w, foot)
    writer.text_box(
        slide,
        below,
        [Paragraph(source)],
        12,
        8,
        align=PP_ALIGN.RIGHT,
        what=N_("the chart's source line"),
    )


def chart_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """A panel's chart, on a slide of its own."""
    slide, _layout = writer.new_slide(plan_slide.title)
    body = writer.body_box()
    assert plan_slide.chart is not None
    _chart(writer, slide, plan_slide.chart, plan_slide.chart_mark, body)
    writer.write_notes(slide, plan_slide.notes)


def quotes_slide(writer: SlideWriter, plan_slide: Slide) -> None:
    """One to three quotes, one above the other, at one size, each box as tall as it needs.

    The size is the largest at which all of them fit the body together; the height left
    over is shared out evenly, and each quote sits in the middle of its box.
    """
    slide, _layout = writer.new_slide(plan_slide.title)
    body = writer.body_box()
    count = len(plan_slide.quotes)
    gap = body.h * 0.04
    contents = [
        [
            Paragraph(quote.quoted()),
            Paragraph(
                quote.attribution(),
                scale=0.7,
                bold=True,
                space_before=0.4,
            ),
        ]
        for quote in plan_slide.quotes
    ]
    inner = body.w - 2 * INSET_X
    room = body.h - gap * (count - 1) - 2 * INSET_Y * count

    def attempt(size: float) -> tuple[bool, list[float]]:
        heights = [measure(paragraphs, writer.body, size, inner)[0] for paragraphs in contents]
        return sum(heights) <= room, heights

    size, fits, heights = search(steps(writer.pt(28), writer.pt(10)), attempt)
    if not fits:
        speakers = ", ".join(quote.speaker for quote in plan_slide.quotes)
        writer.overflowed(N_("the quotes of {speakers}"), speakers=speakers)
    spare = max(0.0, room - sum(heights)) / count
    y = body.y
    for paragraphs, height in zip(contents, heights, strict=True):
        box = Box(body.x, y, body.w, height + 2 * INSET_Y + spare)
        shape = slide.shapes.add_textbox(*box.emu())
        shape.name = "Quote"
        shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        writer.write_text(
            shape.text_frame,
            paragraphs,
            size,
            italic=[True, False],
            colours=[MSO_THEME_COLOR.TEXT_1, MSO_THEME_COLOR.ACCENT_1],
        )
        y += box.h + gap
    writer.write_notes(slide, plan_slide.notes)
