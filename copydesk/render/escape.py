"""Article text is untrusted: nothing from it may steer a terminal."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls (but tab), DEL, and the bidi and zero-width format characters that can
# reorder or hide what a reader sees.
_UNSAFE_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _escape_char(m: re.Match) -> str:
    ch = m.group()
    if ch == "\n":
        return " ⏎ "
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """Show control and format characters as escapes; keep everything else as written."""
    return _UNSAFE_RE.sub(_escape_char, text)


def one_line(text: str, limit: int = 160) -> str:
    text = terminal_safe(" ".join(text.split(" ")))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def is_unsafe(ch: str) -> bool:
    return bool(_UNSAFE_RE.match(ch)) or unicodedata.category(ch) == "Cc"
