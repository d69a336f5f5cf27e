"""Add slides and notes pages to a deck quickly: each kind made once by python-pptx, then copied.

python-pptx gives a new slide its layout's placeholders, and a new notes page its notes
master's, by walking the layout or master shape by shape, which costs more than the rest of
a slide (``clone_layout_placeholders``, ``clone_master_placeholders``). Every slide jvdesk
adds from one layout starts the same, and so does every notes page: so the first of each is
made by python-pptx, and the others are given copies of its shapes, which is the same XML.

The package's part names are handed out here too (``PartNames``).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.oxml.slide import CT_NotesSlide
from pptx.parts.slide import NotesSlidePart, SlidePart
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide, SlideLayout

from jvdesk.export.ooxml import add_notes_body


class PartNames:
    """Hands out the package's next free part names without walking the whole package.

    WORKAROUND for https://github.com/scanny/python-pptx/issues/644: python-pptx finds the
    next free name (``/ppt/notesSlides/notesSlide%d.xml``, a chart's, its workbook's) by
    walking every part of the package, so a deck's notes and charts cost time in proportion
    to the square of its slides. This walks it once per kind of name and remembers what it
    handed out, giving the same names python-pptx would: every name it hands out is that of
    a part python-pptx then adds, and no part is dropped while a deck is written.
    """

    def __init__(self, package: Any) -> None:
        self._package = package
        self._taken: dict[str, set[str]] = {}

    def next_partname(self, template: str) -> PackURI:
        """The name ``template % n`` for the number python-pptx would choose."""
        prefix = template[: (template % 42).find("42")]
        taken = self._taken.get(prefix)
        if taken is None:
            taken = self._taken[prefix] = {
                str(part.partname)
                for part in self._package.iter_parts()
                if part.partname.startswith(prefix)
            }
        for number in range(len(taken) + 1, 0, -1):
            name = template % number
            if name not in taken:
                taken.add(name)
                return PackURI(name)
        raise AssertionError("no free part name")  # unreachable: len + 1 names, len taken

    def install(self) -> None:
        """Use this for the package's new parts from now on (its parts must not change
        otherwise while it is in use)."""
        self._package.next_partname = self.next_partname


FIRST_SLIDE_ID, LAST_SLIDE_ID = 256, 2147483647  # the range of slide ids, as python-pptx has it
_SLIDE_ID, _RELATIONSHIP_ID = qn("p:sldId"), qn("r:id")


def _shapes(tree: etree._Element) -> list[etree._Element]:
    """Copies of the shapes of a shape tree (``p:spTree``)."""
    return [deepcopy(shape) for shape in tree.iter_shape_elms()]


class SlideMaker:
    """Adds slides and notes pages to one presentation.

    The caller may change the first slide of a kind, before it adds anything, with
    ``settle``: the shapes it leaves are the ones later slides of that kind start with.
    """

    def __init__(self, presentation: PresentationType) -> None:
        self._presentation = presentation
        self._slides: dict[str, list[etree._Element]] = {}  # a kind's first slide's shapes
        self._notes: list[etree._Element] | None = None  # the first notes page's shapes
        self._notes_body = 0  # which of them holds the notes
        self._notes_master: Part | None = None
        # The largest slide id so far; python-pptx gives a new slide the next.
        self._largest_id = max(
            [FIRST_SLIDE_ID - 1, *(int(id_.get("id")) for id_ in presentation.slides._sldIdLst)]
        )
        PartNames(presentation.part.package).install()

    def add_slide(self, kind: str, layout: SlideLayout) -> tuple[Slide, bool]:
        """A new slide of a kind (one layout, the same placeholders kept), at the end.

        Returns:
            The slide, and whether it is the first of its kind, made by python-pptx with all
            its layout's placeholders (call ``settle`` once it has the ones to keep).
        """
        ids = self._presentation.slides._sldIdLst
        shapes = self._slides.get(kind)
        if shapes is None:
            slide = self._presentation.slides.add_slide(layout)
            self._largest_id = max(self._largest_id, int(ids[-1].get("id")))
            return slide, True
        # What python-pptx's Slides.add_slide does (PresentationPart.add_slide, then the
        # slide's id), with copies for the cloned placeholders. WORKAROUND for
        # https://github.com/scanny/python-pptx/issues/644: python-pptx looks through every
        # relationship of the presentation for one to the new slide, and through every
        # slide id for the largest, so each slide costs more than the one before. A new
        # part has no relationship yet, and the largest id is kept here.
        presentation_part = self._presentation.part
        slide_part = SlidePart.new(
            PackURI(f"/ppt/slides/slide{len(ids) + 1}.xml"), presentation_part.package, layout.part
        )
        r_id = presentation_part.rels._add_relationship(RT.SLIDE, slide_part)
        tree = slide_part.slide.shapes._spTree
        for shape in shapes:
            tree.append(deepcopy(shape))
        if self._largest_id < LAST_SLIDE_ID:
            self._largest_id += 1
            etree.SubElement(ids, _SLIDE_ID, {"id": str(self._largest_id), _RELATIONSHIP_ID: r_id})
        else:  # python-pptx looks for an unused id
            ids.add_sldId(r_id)
        return slide_part.slide, False

    def settle(self, kind: str, slide: Slide) -> None:
        """Keep the shapes of a kind's first slide for the slides of that kind after it."""
        self._slides[kind] = _shapes(slide.shapes._spTree)

    def notes_body(self, slide: Slide) -> tuple[etree._Element, Part]:
        """The text body (``p:txBody``) of the notes placeholder of the slide's new notes
        page, and the page's part.

        The page has its notes master's placeholders; when the master has no notes
        placeholder, the page is given one (python-pptx's ``notes_text_frame`` is None then).
        """
        if self._notes is None:
            notes_slide = slide.notes_slide
            if notes_slide.notes_text_frame is None:
                add_notes_body(notes_slide.shapes._spTree)
            frame = notes_slide.notes_text_frame
            assert frame is not None
            shapes = list(notes_slide.shapes._spTree.iter_shape_elms())
            self._notes = [deepcopy(shape) for shape in shapes]
            self._notes_body = shapes.index(frame._txBody.getparent())
            return frame._txBody, notes_slide.part
        # What python-pptx's NotesSlidePart.new does, with copies for the cloned placeholders.
        slide_part = slide.part
        package = slide_part.package
        if self._notes_master is None:  # python-pptx looks through every relationship
            self._notes_master = self._presentation.part.notes_master_part
        master = self._notes_master
        notes_part = NotesSlidePart(
            package.next_partname("/ppt/notesSlides/notesSlide%d.xml"),
            CT.PML_NOTES_SLIDE,
            package,
            CT_NotesSlide.new(),
        )
        notes_part.relate_to(master, RT.NOTES_MASTER)
        notes_part.relate_to(slide_part, RT.SLIDE)
        tree = notes_part.notes_slide.shapes._spTree
        copies = [deepcopy(shape) for shape in self._notes]
        for shape in copies:
            tree.append(shape)
        slide_part.relate_to(notes_part, RT.NOTES_SLIDE)
        return copies[self._notes_body].find(qn("p:txBody")), notes_part
