"""A Word (.docx) article, read with python-docx: its paragraphs in order, one block each,
separated by blank lines as in a text file, so that offsets point into the extracted text
as they do for HTML. A table's rows are lines of tab-separated cells."""

from __future__ import annotations

import io
import zipfile

from .errors import InputError

MAGIC = b"PK\x03\x04"


def is_docx(data: bytes) -> bool:
    if not data.startswith(MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except zipfile.BadZipFile:
        return False


def extract(data: bytes) -> tuple[str | None, str]:
    """(title, text) of a .docx file. Raises InputError for a damaged file."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - a damaged archive or XML: one line, no trace
        raise InputError(f"cannot read the Word document: {type(exc).__name__}") from None
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.replace("\r", " ").replace("\v", "\n").split(" ")).strip()
            if text:
                blocks.append(text)
        elif isinstance(item, Table):
            rows = ["\t".join(c.text.strip() for c in row.cells) for row in item.rows]
            rows = [r for r in rows if r.strip()]
            if rows:
                blocks.append("\n".join(rows))
    title = (document.core_properties.title or "").strip() or None
    if title is None and blocks:
        first = document.paragraphs[0] if document.paragraphs else None
        style = (first.style.name if first is not None and first.style is not None else "") or ""
        if style.startswith(("Title", "Heading")):
            title = blocks[0]
    return title, "\n\n".join(blocks)
