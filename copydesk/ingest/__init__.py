"""Reading an article: plain text or an HTML page, into an ``Article``.

Plain text is kept exactly as decoded (only a leading byte-order mark is dropped), so that
every offset points into the text as the user wrote it. HTML goes through trafilatura; the
text is then the title, a blank line and the body, with picture captions kept where the
page has them (``<figcaption>``), one block per paragraph separated by blank lines.

Everything a user can get wrong raises ``InputError`` (or ``ConfigError`` for a bad
``--published``) with a one-line message; nothing else escapes for bad input.

The package: ``dates`` (``--published`` and datelines), ``refusals`` (size, binary data,
encodings, language), ``htmltext`` (pages and their body text), ``page`` (captions and
continuations around the body), ``extract`` (a page to :class:`HtmlParts`) and ``loading``
(paths, bytes and standard input to an ``Article``).
"""

from __future__ import annotations

from .dates import find_dateline, parse_published
from .extract import extract_html
from .htmltext import HtmlParts
from .loading import load, load_bytes
from .page import _continuation_chunks, _walk_page  # noqa: F401  (the HTML tests read them)
from .refusals import _too_big  # noqa: F401

__all__ = ["parse_published", "load", "load_bytes", "find_dateline", "extract_html", "HtmlParts"]
