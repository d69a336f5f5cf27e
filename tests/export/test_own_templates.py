"""jvdesk's own templates: current, the right size, and built for projectors."""

from __future__ import annotations

import pytest
from pptx import Presentation

from jvdesk.export.own_templates import SIZES, build, main
from jvdesk.export.pptx import Aspect, default_template
from jvdesk.export.template import content_frame, theme_fonts


@pytest.mark.parametrize("name", list(SIZES))
def test_shipped_template_is_current(name: str) -> None:
    aspect: Aspect = "16:9" if name == "16x9" else "4:3"
    assert default_template(aspect).read_bytes() == build(name), "run `make schema`"


def test_the_check_finds_the_shipped_templates_current() -> None:
    # What `python -m jvdesk.export.own_templates` runs without --write.
    assert main([]) == 0


@pytest.mark.parametrize(("aspect", "ratio"), [("16:9", 16 / 9), ("4:3", 4 / 3)])
def test_template_shape_fonts_and_frame(aspect: Aspect, ratio: float) -> None:
    presentation = Presentation(str(default_template(aspect)))
    assert presentation.slide_width / presentation.slide_height == pytest.approx(ratio, abs=0.01)
    assert theme_fonts(presentation) == ("Calibri", "Calibri")
    frame = content_frame(presentation)
    assert frame.title[1] < frame.body[1]
    assert frame.body[3] > presentation.slide_height * 0.6
    assert len(presentation.slides) == 0
