"""The rules as `copydesk rules` lists them, read from the check modules' source without
importing them (importing a family pulls in spaCy and its analysis: seconds, where a list
of rules should answer at once). The registry stays the truth for running checks; the test
suite holds the two equal."""

from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .registry import summarise

HERE = Path(__file__).parent
SKIP = {"__init__.py", "registry.py", "catalogue.py"}


@dataclass(frozen=True)
class RuleInfo:
    code: str
    name: str
    category: str
    severity: str
    needs_date: bool
    doc: str

    @property
    def summary(self) -> str:
        return summarise(self.doc)


_DECORATOR = re.compile(r"^@rule\(([^\n]*)\)[ \t]*\n(?:@[^\n]*\n)*(?:async[ \t]+)?def[ \t]+\w+\(", re.M)
_DOCSTRING = re.compile(r'\)[^:]*:\s*\n\s*(?P<q>"""|\'\'\'|"|\')(?P<body>.*?)(?P=q)', re.S)


def _call_args(text: str) -> tuple[list, dict]:
    call = ast.parse(f"f({text})", mode="eval").body
    assert isinstance(call, ast.Call)
    return [ast.literal_eval(a) for a in call.args], {k.arg: ast.literal_eval(k.value) for k in call.keywords}


@lru_cache(maxsize=1)
def catalogue() -> tuple[RuleInfo, ...]:
    """A regular expression finds each decorator and the docstring after its def; only
    those few lines are parsed (parsing the whole modules takes a third of a second)."""
    found: list[RuleInfo] = []
    for path in sorted(HERE.glob("*.py")) + sorted(HERE.glob("*/*.py")):  # a family may be a package
        if path.name in SKIP:
            continue
        source = path.read_text("utf-8")
        for m in _DECORATOR.finditer(source):
            try:
                args, kw = _call_args(m.group(1))
            except (SyntaxError, ValueError, AssertionError):
                continue
            if len(args) < 4 or not all(isinstance(a, str) for a in args[:4]):
                continue
            d = _DOCSTRING.search(source, m.end())
            doc = inspect.cleandoc(ast.literal_eval(d.group("q") + d.group("body") + d.group("q"))) if d else ""
            found.append(RuleInfo(args[0], args[1], args[2], args[3], bool(kw.get("needs_date", False)), doc))
    return tuple(sorted(found, key=lambda r: r.code))


def get(code: str) -> RuleInfo | None:
    rules = catalogue()
    return next((r for r in rules if r.code == code.upper()), None) or next(
        (r for r in rules if r.name == code), None)
