"""Render a deck plan as an editable PowerPoint deck: native charts, fitted text, notes.

The entry points: ``build_pptx`` gives the bytes, ``export_pptx`` writes them to a file.
Each slide kind has its writer function (``slidekinds``, ``tables``), all built on the
``SlideWriter`` scaffolding.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from jvdesk.core.deckplan import DeckPlan, Slide, SlideKind
from jvdesk.core.i18n import using
from jvdesk.core.resources import resource_path
from jvdesk.export.atomic import ExportCancelled, ExportError, check_target, write_atomically
from jvdesk.export.saving import save_reproducibly
from jvdesk.export.slidekinds import chart_slide, list_slide, panel_slide, quotes_slide, title_slide
from jvdesk.export.slidewriter import LANGUAGE_TAGS, SlideWriter
from jvdesk.export.tables import table_slide
from jvdesk.export.template import (
    TemplateError,
    add_missing_view_properties,
    open_template,
    remove_all_slides,
)

Aspect = Literal["16:9", "4:3"]
Progress = Callable[[int, int], None]

SLIDE_WRITERS: dict[SlideKind, Callable[[SlideWriter, Slide], None]] = {
    "title": title_slide,
    "agenda": list_slide,
    "panel": panel_slide,
    "chart": chart_slide,
    "quotes": quotes_slide,
    "glance": table_slide,
    "progress": table_slide,
    "timeline": table_slide,
    "sources": table_slide,
}


@dataclass(frozen=True)
class DeckOptions:
    """How to render a deck.

    Attributes:
        template: an official's own .pptx/.potx; None for jvdesk's template.
        aspect: the shape of jvdesk's own template (a given template keeps its size).
        notes: whether to write speaker notes.
    """

    template: Path | None = None
    aspect: Aspect = "16:9"
    notes: bool = True


def default_template(aspect: Aspect) -> Path:
    """jvdesk's own template for an aspect ratio."""
    return resource_path(f"templates/jvdesk-{aspect.replace(':', 'x')}.pptx")


def _report(progress: Progress | None, done: int, total: int) -> None:
    """Tell the caller how far the export is; the caller may cancel by raising."""
    if progress is not None:
        progress(done, total)


def build_pptx(
    plan: DeckPlan,
    options: DeckOptions = DeckOptions(),
    progress: Progress | None = None,
    *,
    as_of: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> bytes:
    """Render a deck plan to the bytes of a .pptx file.

    Args:
        plan: the slides.
        options: template, aspect and notes.
        progress: called with (slides done, slides in all); it may raise ExportCancelled.
        as_of: the date written into the file's properties (fixed, so output is
            reproducible).
        warnings: when given, text that did not fit its box is reported here, a line per
            piece (the deck is written all the same).

    Raises:
        TemplateError: when the template cannot be used.
        ExportCancelled: when ``progress`` cancels.
    """
    template = options.template or default_template(options.aspect)
    presentation = open_template(template)
    remove_all_slides(presentation)
    add_missing_view_properties(presentation)
    writer = SlideWriter(presentation, options.notes, plan.marking)
    writer.language_tag = LANGUAGE_TAGS.get(plan.language, "")
    writer.notes_language_tag = LANGUAGE_TAGS.get(plan.notes_language, "")
    total = len(plan.slides)
    with using(plan.language):  # the deck's own words, in the slides' language
        for done, plan_slide in enumerate(plan.slides):
            _report(progress, done, total)
            SLIDE_WRITERS[plan_slide.kind](writer, plan_slide)
    _report(progress, total, total)
    if warnings is not None:
        warnings.extend(writer.overflows)
    stamp = as_of or dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    properties = presentation.core_properties
    properties.title = plan.title
    properties.subject = plan.briefing.title
    properties.author = "jvdesk"
    properties.last_modified_by = "jvdesk"
    properties.revision = 1
    if writer.language_tag:
        properties.language = writer.language_tag
    properties.created = stamp.replace(tzinfo=None)
    properties.modified = stamp.replace(tzinfo=None)
    properties.last_printed = stamp.replace(tzinfo=None)
    return save_reproducibly(presentation, stamp)


def export_pptx(
    plan: DeckPlan,
    target: Path,
    options: DeckOptions = DeckOptions(),
    progress: Progress | None = None,
    *,
    as_of: dt.datetime | None = None,
    warnings: list[str] | None = None,
) -> None:
    """Write a deck to ``target`` atomically (``warnings`` as for ``build_pptx``).

    Raises:
        ExportError: with a one-line message when the deck cannot be written or the
            template cannot be used.
        ExportCancelled: when ``progress`` cancels; nothing is written.
    """
    check_target(target)
    try:
        data = build_pptx(plan, options, progress, as_of=as_of, warnings=warnings)
    except TemplateError as error:
        raise ExportError(str(error)) from None
    except ExportCancelled:
        raise
    write_atomically(target, data)
