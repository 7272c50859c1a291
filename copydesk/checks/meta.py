"""Findings about the check itself (CD100): what could not be checked and why."""

from __future__ import annotations

from typing import Iterator

from ..document import Document
from ..model import Finding
from .registry import rule


@rule("CD100", "no-publication-date", "arithmetic", "info")
def no_publication_date(doc: Document) -> Iterator[Finding]:
    """What it finds: an article with no publication date (no `--published`, no HTML date
    metadata, no dateline at the top), when rules that need one were selected. Those rules
    are skipped, and this one finding names them.

    Why it matters: "last September", "Friday" and "the 61-year-old" can only be checked
    against the day the story ran. Guessing today would turn every relative date in an
    archive story into a false alarm, so copydesk says what it skipped instead.

    Example: `copydesk check story.txt` on a text file with no dateline gives
    "no publication date: 3 date checks skipped (CD101, CD102, CD110); pass --published YYYY-MM-DD".
    """
    skipped = doc.extras.get("skipped_for_date") or []
    if not skipped or doc.article.published is not None or not doc.blocks:
        return
    first = doc.blocks[0]
    yield Finding(
        code="CD100",
        message=(f"no publication date: {len(skipped)} date check{'s' if len(skipped) != 1 else ''} "
                 f"skipped ({', '.join(skipped)}); pass --published YYYY-MM-DD"),
        evidence=[doc.span(first.start, first.end, "headline" if first.kind == "headline" else "start")],
    )


@rule("CD000", "internal-error", "style", "info")
def internal_error(doc: Document) -> Iterator[Finding]:
    """What it finds: a part of copydesk that failed on this article: an analysis stage or a
    rule family raised an error. The finding names the part and the error's one-line message;
    the rest of the report stands.

    Why it matters: one failing computation must not cost the whole report, but a reader must
    know which checks did not run, so that silence from them is not read as a clean bill.
    Please report it with the article (or the shortest text that does it).

    Example: "internal error in the time analysis (ValueError: ordinal must be >= 1); rules
    that read it ran without it".
    """
    failures = doc.extras.get("internal_errors") or []
    if not failures or not doc.article.text.strip():
        return
    if doc.blocks:
        first = doc.blocks[0]
        evidence = doc.span(first.start, first.end, "start")
    else:
        text = doc.article.text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        evidence = doc.span(start, len(text.rstrip()) if end < 0 else end, "start")
    for part, message in failures:
        after = ("rules that read it ran without it" if part.endswith("analysis")
                 else "its findings are left out")
        yield Finding(code="CD000", message=f"internal error in the {part} ({message}); {after}",
                      evidence=[evidence])
