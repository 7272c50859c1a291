"""A regex compiled on its first use. The big tables of patterns (the time grammar's rules,
the loaded-language idioms) are mostly untouched by one article, and compiling them all up
front cost a cold `copydesk check` a tenth of a second or more."""

from __future__ import annotations

import re


class LazyPattern:
    """Stands in for ``re.compile(source, flags)``: any attribute of the compiled pattern
    (``search``, ``finditer``, ``pattern``...) compiles it first."""

    __slots__ = ("source", "flags", "_compiled", "__dict__")

    def __init__(self, source: str, flags: int = 0):
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.source, self.flags)
        return self._compiled

    def __getattr__(self, name: str):
        # kept on the instance, so that the next ``finditer`` is a plain attribute read, not
        # a call here (the time grammar asks each rule's for every window of every block)
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value
        return value
