"""The one Python API that the CLI, the web app and the corpus runner share.

    ingest -> structure -> annotate (spaCy) -> checks -> report
"""

from __future__ import annotations

import bisect

import os
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import __version__, ingest, readable, isolation, nlp, stages, structure
from .checks import RULES, Rule, run_rules, select_rules
from .checks.registry import _matches
from .config import Settings, settings_for
from .document import Document
from .errors import ConfigError, CopydeskError
from .model import SEVERITY_RANK, Article, Finding, Report, assign_ids, sort_findings

Source = str | os.PathLike
Item = Source | tuple[Source, Any]


@dataclass
class _Prepared:
    article: Article
    settings: Settings
    rules: list[Rule]


class _Timed:
    """Adds a with-block's time to ``timings[stage]``. A small class, not @contextmanager:
    it wraps every stage and rule family of every article (a generator's setup cost ~1%)."""

    __slots__ = ("timings", "stage", "t0")

    def __init__(self, timings: Counter, stage: str):
        self.timings, self.stage = timings, stage

    def __enter__(self) -> None:
        self.t0 = time.perf_counter()

    def __exit__(self, *exc) -> bool:
        self.timings[self.stage] += time.perf_counter() - self.t0
        return False


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
                 baseline: Iterable[str] = (), timeout: float | None = None,
                 loaded_encoder: bool | None = None):
        self.overrides = dict(select=select, ignore=ignore, model=model, min_severity=min_severity,
                              known_names=known_names, allow_words=allow_words, max_bytes=max_bytes,
                              fail_on=fail_on, loaded_encoder=loaded_encoder)
        self.encoding = encoding
        self.use_config = config
        self.baseline = frozenset(baseline)
        self.timeout = timeout  # seconds per document; None: no limit
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

    def _timed(self, stage: str) -> "_Timed":
        return _Timed(self.timings, stage)

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
        # collecting every 700 allocations walks the article's facts again and again while
        # they are built (measured: 0.34 s of GC in a 5.4 s analysis, 0.21-0.26 s at 7,000)
        with nlp.few_collections(7_000):
            return self._finish(prepared, docs)

    def _finish(self, prepared: _Prepared, docs: list) -> Report:
        doc = Document(prepared.article, docs, prepared.settings)
        try:
            return self._analyse(prepared, docs, doc)
        finally:
            # what the stages leave in ``extras`` (the entity index, the facts, the builders)
            # points back at the Document: cycles that only the cyclic collector frees, with
            # everything they hold, about 750 objects an article. The report holds none of
            # them; dropped here, they go as soon as the report is made, and the collector
            # runs a twentieth as often (measured: ~0.5 s of a 5.5 s analysis of 260 short
            # articles, then ~0.01 s)
            doc.extras.clear()

    def _analyse(self, prepared: _Prepared, docs: list, doc: Document) -> Report:
        article, settings = prepared.article, prepared.settings
        with self._timed("structure"):
            structure.classify(article, docs)
        for name, stage in stages.STAGES:
            with self._timed(name):
                isolation.run_stage(doc, name, stage)
        rules = [r for r in prepared.rules if r.code != "CD000"]
        if article.published is None:
            doc.extras["skipped_for_date"] = [r.code for r in rules if r.needs_date]
            rules = [r for r in rules if not r.needs_date]
        found: list[Finding] = []
        for family, members in _families(rules):
            with self._timed(f"checks:{family}"):
                found.extend(isolation.run_family(doc, family, lambda: run_rules(doc, members)))
        sentences = readable.sentence_bounds(article, docs)
        nlp.release(docs)
        try:
            findings = _fold_repeats(_merge(found), article)
        except Exception as exc:  # noqa: BLE001 - unmerged findings beat no report
            if isolation.debugging():
                raise
            isolation.record(doc, "merging of findings", exc)
            findings = found
        if not _matches("CD000", settings.ignore):
            findings.extend(run_rules(doc, [RULES["CD000"]]))
        limit = SEVERITY_RANK[settings.min_severity]
        below = sum(1 for f in findings if SEVERITY_RANK[f.severity] > limit)
        findings = sort_findings([f for f in findings if SEVERITY_RANK[f.severity] <= limit])
        assign_ids(findings)
        readable.finish(findings, sentences)
        shown = [f for f in findings if f.id not in self.baseline]
        hidden = [f for f in findings if f.id in self.baseline]
        return Report(article=article, findings=shown, entities=doc.entities, timexes=doc.timexes,
                      quotes=doc.quotes, claims=doc.claims, timeline=doc.timeline, events=doc.events,
                      version=__version__, suppressed=hidden, settings=settings, below_min_severity=below)

    def check(self, source: Source, published: str | date | None = None) -> Report:
        self.nlp  # the model's load is not the article's time
        with isolation.deadline(self.timeout):
            prepared = self.prepare(source, published)
            with self._timed("parse"):
                docs = list(nlp.parse_blocks(self.nlp, _block_texts(prepared.article)))
            return self.finish(prepared, docs)

    def check_bytes(self, data: bytes, source: str = "-", published: str | date | None = None,
                    html: bool | None = None) -> Report:
        """Raw bytes (stdin, an upload): text, HTML or .docx, sniffed unless `html` says."""
        self.nlp
        with isolation.deadline(self.timeout):
            prepared = self.prepare(source, published, data=data, html=html)
            with self._timed("parse"):
                docs = list(nlp.parse_blocks(self.nlp, _block_texts(prepared.article)))
            return self.finish(prepared, docs)

    def pipe(self, items: Iterable[Item], batch_size: int = 32, *,
             errors: str = "raise") -> Iterator[Report | CopydeskError]:
        """Reports in order for sources or (source, published) pairs; the blocks of up to
        `batch_size` articles go through spaCy's nlp.pipe together.

        An article that cannot be checked (unreadable, too large, over the time limit) costs
        only itself. With errors="raise" (the default) the reports before it are yielded and
        then its error is raised; with errors="yield" the error (a CopydeskError naming the
        article) is yielded in its place and the rest go on; with errors="skip" it is left out.
        """
        if errors not in ("raise", "yield", "skip"):
            raise ValueError(f"errors must be raise, yield or skip, not {errors!r}")
        batch: list[_Prepared | CopydeskError] = []
        for item in items:
            source, published = item if isinstance(item, tuple) else (item, None)
            try:
                batch.append(self.prepare(source, published))
            except CopydeskError as exc:
                batch.append(_failed(source, exc))
            except Exception as exc:  # noqa: BLE001 - a bug in reading one article costs that article
                if isolation.debugging():
                    raise
                batch.append(_failed(source, exc))
            if len(batch) >= batch_size:
                yield from self._emit(self._finish_batch(batch), errors)
                batch = []
        if batch:
            yield from self._emit(self._finish_batch(batch), errors)

    @staticmethod
    def _emit(results: Iterable[Report | CopydeskError], errors: str) -> Iterator[Report | CopydeskError]:
        for r in results:
            if isinstance(r, CopydeskError):
                if errors == "raise":
                    raise r
                if errors == "skip":
                    continue
            yield r

    def _finish_batch(self, batch: list[_Prepared | CopydeskError]) -> Iterator[Report | CopydeskError]:
        ready = [p for p in batch if isinstance(p, _Prepared)]
        texts = [t for p in ready for t in _block_texts(p.article)]
        try:
            with self._timed("parse"):
                parsed = list(nlp.parse_blocks(self.nlp, texts))
        except Exception:  # noqa: BLE001 - one article that breaks the parser: parse each alone
            if isolation.debugging():
                raise
            parsed = None
        docs = iter(parsed or [])
        for prepared in batch:
            if not isinstance(prepared, _Prepared):
                yield prepared
                continue
            try:
                with isolation.deadline(self.timeout):
                    if parsed is None:
                        mine = list(nlp.parse_blocks(self.nlp, _block_texts(prepared.article)))
                    else:
                        mine = [next(docs) for _ in prepared.article.blocks]
                    yield_me = self.finish(prepared, mine)
            except CopydeskError as exc:
                yield_me = _failed(prepared.article.source, exc)
            except Exception as exc:  # noqa: BLE001
                if isolation.debugging():
                    raise
                yield_me = _failed(prepared.article.source, exc)
            yield yield_me


def _failed(source: Any, exc: BaseException) -> CopydeskError:
    name = str(source) if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source
                                                          and len(source) < 200) else "<text>"
    message = str(exc) if isinstance(exc, CopydeskError) else f"internal error {isolation.one_line(exc)}"
    err = CopydeskError(f"{name}: {message}")
    err.source, err.cause = source, exc
    return err


def _families(rules: list[Rule]) -> list[tuple[str, list[Rule]]]:
    """Rules grouped by family (CD3xx), in code order: a family fails as one."""
    out: dict[str, list[Rule]] = {}
    for r in rules:
        out.setdefault(f"{r.code[:3]}xx", []).append(r)
    return list(out.items())


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
