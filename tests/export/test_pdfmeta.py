"""A PDF's subject and language, added as an incremental update to what Qt wrote."""

from __future__ import annotations

from jvdesk.export.pdfmeta import add_document_info

MINIMAL = (
    b"%PDF-1.4\n1 0 obj\n<<\n/Title (T)\n>>\nendobj\n2 0 obj\n<<\n/Type /Catalog\n>>\nendobj\n"
    b"xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000040 00000 n \n"
    b"trailer\n<<\n/Size 3\n/Info 1 0 R\n/Root 2 0 R\n>>\nstartxref\n75\n%%EOF\n"
)


def test_the_update_adds_a_version_of_each_and_points_back() -> None:
    data = add_document_info(MINIMAL, "Full briefing", "hi-IN")
    assert data.startswith(MINIMAL)
    update = data[len(MINIMAL) :]
    assert b"1 0 obj\n<<\n/Title (T)/Subject <FEFF" in update
    assert b"/Type /Catalog/Lang <FEFF00680069002D0049004E>" in update
    assert b"/Prev 75\n" in update
    offset = int(update.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert data[offset:].startswith(b"xref\n")


def test_a_file_it_cannot_read_is_left_as_it_is() -> None:
    assert add_document_info(b"%PDF-1.4\nnot a pdf", "Subject", "en") == b"%PDF-1.4\nnot a pdf"
