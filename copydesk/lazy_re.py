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


# --- literals that every match of a pattern contains ---------------------------------------

try:  # the parser of the standard library's engine (Python 3.11+ names it re._parser)
    from re import _constants as _sc, _parser as _sp
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _sc  # type: ignore[no-redef]
    import sre_parse as _sp  # type: ignore[no-redef]

_REPEATS = tuple(op for op in (getattr(_sc, n, None) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"))
                 if op is not None)
_ZERO_WIDTH = (_sc.AT, _sc.ASSERT, _sc.ASSERT_NOT)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# the only characters outside ASCII that a case-insensitive match pairs with an ASCII letter
# (İ, ı, ſ and the Kelvin sign; every other one lower-cases to one character that is not an
# ASCII letter): in a text without them, ``text.lower()`` has the same length and an ASCII
# literal matches, case aside, exactly where it occurs in the lower-cased text
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _sequence(items) -> list[frozenset[str]]:
    """Each set of strings one of which every match of the sequence contains."""
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sc.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literals either side stay neighbours
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is _sc.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:  # a group under other flags: nothing claimed
                out.extend(_sequence(sub))
        elif op is _sc.BRANCH:
            alts = [_best(_sequence(a)) for a in av[1]]
            if all(alts):
                out.append(frozenset().union(*alts))
        elif op in _REPEATS:
            low, _, sub = av
            if low >= 1:
                out.extend(_sequence(sub))
        elif op is getattr(_sc, "ATOMIC_GROUP", None):
            out.extend(_sequence(av))
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    sets = [s for s in sets if s and all(s)]
    return max(sets, key=lambda s: (min(map(len, s)), -len(s))) if sets else None


def required_literals(source: str, flags: int = 0, keep: int = 3) -> tuple[tuple[str, ...], ...]:
    """Up to ``keep`` sets of lower-case ASCII strings such that every match of
    ``re.compile(source, flags)`` contains one string of each set (case aside), the most
    telling first: a cheap test that a text cannot match. Only what the pattern's own parse
    proves: literals in sequence, the alternatives of a branch that all have one, what a
    repeat of at least one contains; nothing from lookarounds or from groups with flags of
    their own. A literal outside ASCII is cut to its longest ASCII piece."""
    sets = []
    for s in _sequence(_sp.parse(source, flags)):
        lits = set()
        for lit in s:
            piece = max(_NOT_ASCII.split(lit), key=len).lower()
            if not piece:
                break
            lits.add(piece)
        else:
            # a string that holds another of the set adds nothing to the test
            sets.append(frozenset(x for x in lits if not any(o != x and o in x for o in lits)))
    sets = sorted(set(sets), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))
    return tuple(tuple(sorted(s)) for s in sets[:keep])


# --- patterns that first ask whether a text can hold a match --------------------------------

GATE_AFTER = 50  # calls before a pattern's literals are worked out (a one-article check rarely gets there)
# the texts lowered lately and their lower case (None: a text the gates stand aside for), by
# id; each entry holds its text, so that an id is never reused while it is here. The rules try
# several patterns on one sentence, then on a part of it, then on the sentence again: kept
# alone, the last text was missed by 87% of the calls; these 64 are missed by 23% (100 short
# Wikinews articles).
_LOWERED: dict[int, tuple[str, str | None]] = {}
_KEEP = 64
_LONG = 4_000  # a longer text (a whole article) is kept alone, as the last one


def _lowered(text: str) -> str | None:
    hit = _LOWERED.get(id(text))
    if hit is not None and hit[0] is text:
        return hit[1]
    low = None if ODD_CASE.search(text) else text.lower()
    if len(_LOWERED) >= _KEEP or len(text) > _LONG:
        _LOWERED.clear()
    _LOWERED[id(text)] = (text, low)
    return low


class GatedPattern(LazyPattern):
    """A ``LazyPattern`` whose ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``,
    ``sub`` and ``subn`` first test the text against the literals every match of the pattern
    contains (``required_literals``) and answer "no match" at once for a text without them,
    exactly what the engine would answer. For the cue patterns that the rules try on every
    sentence and that almost never match: an engine scan of a sentence for a case-insensitive
    alternation costs tens of microseconds (no literal prefix to skip by), the test a few
    ``in`` checks of the lower-cased text, which the patterns tried on one text share. A
    pattern none of whose matches needs a literal is scanned as before."""

    __slots__ = ("_gates", "_calls")

    def __init__(self, source: str, flags: int = 0):
        super().__init__(source, flags)
        self._gates: tuple | None = None
        self._calls = 0

    def can_match(self, text: str) -> bool:
        gates = self._gates
        if gates is None:
            self._calls += 1
            if self._calls < GATE_AFTER:
                return True
            gates = self._gates = required_literals(self.source, self.flags)
        if not gates:
            return True
        low = _lowered(text)
        if low is None:
            return True
        for alts in gates:
            for lit in alts:
                if lit in low:
                    break
            else:
                return False
        return True

    def search(self, text: str, *args):
        return self.compiled().search(text, *args) if self.can_match(text) else None

    def match(self, text: str, *args):
        return self.compiled().match(text, *args) if self.can_match(text) else None

    def fullmatch(self, text: str, *args):
        return self.compiled().fullmatch(text, *args) if self.can_match(text) else None

    def finditer(self, text: str, *args):
        return self.compiled().finditer(text, *args) if self.can_match(text) else iter(())

    def findall(self, text: str, *args):
        return self.compiled().findall(text, *args) if self.can_match(text) else []

    def sub(self, repl, text: str, count: int = 0):
        return self.compiled().sub(repl, text, count) if self.can_match(text) else text

    def subn(self, repl, text: str, count: int = 0):
        return self.compiled().subn(repl, text, count) if self.can_match(text) else (text, 0)


def gated(source: str, flags: int = 0) -> GatedPattern:
    """``re.compile(source, flags)`` for a cue pattern tried on many texts that rarely match."""
    return GatedPattern(source, flags)
