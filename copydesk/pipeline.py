"""The one Python API that the CLI, the web app and the corpus runner share.

    ingest -> structure -> annotate (spaCy) -> checks -> report
"""

from __future__ import annotations

import bisect

import os
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import __version__, ingest, nlp, stages, structure
from .checks import Rule, run_rules, select_rules
from .config import Settings, settings_for
from .document import Document
from .errors import ConfigError
from .model import SEVERITY_RANK, Article, Finding, Report, assign_ids, sort_findings

Source = str | os.PathLike
Item = Source | tuple[Source, Any]


@dataclass
class _Prepared:
    article: Article
    settings: Settings
    rules: list[Rule]


class Checker:
    """Holds one loaded spaCy pipeline; `check` one article or `pipe` many.

    Settings come from the nearest copydesk.toml or [tool.copydesk] above each article file
    (above the working directory for text), then from the arguments given here, which win.
    """

    def __init__(self, *, select: Sequence[str] | None = None, ignore: Sequence[str] | None = None,
                 model: str | None = None, min_severity: str | None = None,
                 known_names: Sequence[str] | None = None, allow_words: Sequence[str] | None = None,
                 fail_on: str | None = None, encoding: str | None = None, max_bytes: int | None = None,
                 config: bool = True,
                 baseline: Iterable[str] = ()):
        self.overrides = dict(select=select, ignore=ignore, model=model, min_severity=min_severity,
                              known_names=known_names, allow_words=allow_words, max_bytes=max_bytes,
                              fail_on=fail_on)
        self.encoding = encoding
        self.use_config = config
        self.baseline = frozenset(baseline)
        self.timings: Counter[str] = Counter()  # seconds per stage, for benchmarks/speed.py
        self._model = self._settings(None).model
        self._nlp = None

    @property
    def nlp(self):
        """Loaded on first use, so that a refused input costs no model load."""
        if self._nlp is None:
            with self._timed("load-model"):
                self._nlp = nlp.load(self._model)
        return self._nlp

    def _settings(self, path: Path | None) -> Settings:
        if not self.use_config:
            return Settings().merged(**self.overrides)
        return settings_for(path, **self.overrides)

    @contextmanager
    def _timed(self, stage: str):
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] += time.perf_counter() - t0

    def max_bytes_for(self, path: Path | None) -> int:
        return self._settings(path).max_bytes

    def prepare(self, source: Source, published: Any = None, *, data: bytes | None = None,
                html: bool | None = None) -> _Prepared:
        """Read and segment one article; no parsing yet."""
        path = Path(source) if isinstance(source, os.PathLike) else None
        settings = self._settings(path)
        try:
            rules = select_rules(settings.select, settings.ignore)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
        with self._timed("ingest"):
            if data is not None:
                article = ingest.load_bytes(data, source=str(source), published=published, html=html,
                                            encoding=self.encoding, max_bytes=settings.max_bytes)
            else:
                article = ingest.load(source, published=published, encoding=self.encoding,
                                      max_bytes=settings.max_bytes)
        with self._timed("structure"):
            article.blocks = structure.segment(article.text)
        return _Prepared(article, settings, rules)

    def finish(self, prepared: _Prepared, docs: list) -> Report:
        article, settings = prepared.article, prepared.settings
        with self._timed("structure"):
            structure.classify(article, docs)
        doc = Document(article, docs, settings)
        for name, stage in stages.STAGES:
            with self._timed(name):
                stage(doc)
        rules = prepared.rules
        if article.published is None:
            doc.extras["skipped_for_date"] = [r.code for r in rules if r.needs_date]
            rules = [r for r in rules if not r.needs_date]
        found: list[Finding] = []
        for r in rules:
            with self._timed(f"checks:{r.code[:3]}xx"):
                found.extend(run_rules(doc, [r]))
        nlp.release(docs)
        findings = _fold_repeats(_merge(found), article)
        limit = SEVERITY_RANK[settings.min_severity]
        findings = sort_findings([f for f in findings if SEVERITY_RANK[f.severity] <= limit])
        assign_ids(findings)
        shown = [f for f in findings if f.id not in self.baseline]
        hidden = [f for f in findings if f.id in self.baseline]
        return Report(article=article, findings=shown, entities=doc.entities, timexes=doc.timexes,
                      quotes=doc.quotes, claims=doc.claims, timeline=doc.timeline,
                      version=__version__, suppressed=hidden, settings=settings)

    def check(self, source: Source, published: str | date | None = None) -> Report:
        prepared = self.prepare(source, published)
        with self._timed("parse"):
            docs = list(nlp.parse_blocks(self.nlp, _block_texts(prepared.article)))
        return self.finish(prepared, docs)

    def check_bytes(self, data: bytes, source: str = "-", published: str | date | None = None,
                    html: bool | None = None) -> Report:
        """Raw bytes (stdin, an upload): text, HTML or .docx, sniffed unless `html` says."""
        prepared = self.prepare(source, published, data=data, html=html)
        with self._timed("parse"):
            docs = list(nlp.parse_blocks(self.nlp, _block_texts(prepared.article)))
        return self.finish(prepared, docs)

    def pipe(self, items: Iterable[Item], batch_size: int = 32) -> Iterator[Report]:
        """Reports in order for sources or (source, published) pairs; the blocks of up to
        `batch_size` articles go through spaCy's nlp.pipe together."""
        batch: list[_Prepared] = []
        for item in items:
            source, published = item if isinstance(item, tuple) else (item, None)
            batch.append(self.prepare(source, published))
            if len(batch) >= batch_size:
                yield from self._finish_batch(batch)
                batch = []
        if batch:
            yield from self._finish_batch(batch)

    def _finish_batch(self, batch: list[_Prepared]) -> Iterator[Report]:
        texts = [t for p in batch for t in _block_texts(p.article)]
        with self._timed("parse"):
            docs = iter(list(nlp.parse_blocks(self.nlp, texts)))
        for prepared in batch:
            yield self.finish(prepared, [next(docs) for _ in prepared.article.blocks])


def _block_texts(article: Article) -> list[str]:
    return [article.text[b.start:b.end] for b in article.blocks]


def _merge(findings: list[Finding]) -> list[Finding]:
    """Two rules that see the same passages report one finding: the more serious one; and a
    finding that absorbs another (a role-date conflict and the tenure that supports one side)
    stands for both."""
    from .checks.contradictions import drop_absorbed

    findings = drop_absorbed(findings)
    best: dict[tuple, Finding] = {}
    for f in findings:
        key = tuple(sorted((e.start, e.end) for e in f.evidence)) + (f.category,)
        kept = best.get(key)
        if kept is None or SEVERITY_RANK[f.severity] < SEVERITY_RANK[kept.severity]:
            best[key] = f
    return list(best.values())


def _fold_repeats(findings: list[Finding], article) -> list[Finding]:
    """A passage printed twice (a caption under two pictures) carries its findings twice:
    CD201 reports the repeat, and every other finding stands once, on the first copy. A
    finding is folded when its evidence lies wholly inside the repeat and the first copy has
    a finding of the same rule on the same words (compared as CD201 compares passages:
    case, quote marks and punctuation aside)."""
    from .checks.duplicates import normalise

    text = article.text
    first: dict[str, int] = {}
    original: dict[int, int] = {}  # a repeated block's index -> its first copy's
    for i, b in enumerate(article.blocks):
        key = normalise(text[b.start:b.end])
        if len(key) < 20:
            continue
        if key in first:
            original[i] = first[key]
        else:
            first[key] = i
    if not original:
        return findings
    starts = [b.start for b in article.blocks]

    def block_of(f: Finding) -> int | None:
        found = {bisect.bisect_right(starts, e.start) - 1 for e in f.evidence}
        return found.pop() if len(found) == 1 else None

    def words(f: Finding) -> tuple:
        return tuple(sorted(normalise(text[e.start:e.end]) for e in f.evidence))

    keys = {id(f): (f.code, block_of(f), words(f)) for f in findings if f.evidence}
    have = set(keys.values())
    return [f for f in findings
            if f.code in ("CD201", "CD202") or id(f) not in keys or keys[id(f)][1] not in original
            or (f.code, original[keys[id(f)][1]], keys[id(f)][2]) not in have]


_default: Checker | None = None
_default_key: tuple | None = None


def check(source: Source, published: str | date | None = None, select: Sequence[str] | None = None,
          ignore: Sequence[str] | None = None, model: str | None = None, **options: Any) -> Report:
    """Check one article: a `str` is its text, a `Path` a file to read (.txt, .html, .htm)."""
    global _default, _default_key
    key = (tuple(select or ()), tuple(ignore or ()), model, repr(sorted(options.items())))
    if _default is None or _default_key != key:
        _default = Checker(select=select, ignore=ignore, model=model, **options)
        _default_key = key
    return _default.check(source, published)
