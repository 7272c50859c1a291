"""Shared fixtures: a parsed Document from text you write, without going through ingest."""

from __future__ import annotations

import pytest

from copydesk import nlp, stages, structure
from copydesk.checks import run_rules, select_rules
from copydesk.config import Settings
from copydesk.document import Document
from copydesk.model import Article


@pytest.fixture(scope="session")
def spacy_nlp():
    return nlp.load(None)


@pytest.fixture
def make_doc(spacy_nlp):
    """make_doc(text, published=None, **settings) -> Document, parsed, classified and run
    through the analysis stages (entities, quotes, claims, ...)."""

    def build(text: str, published=None, title=None, **settings) -> Document:
        article = Article(text=text, title=title, published=published)
        article.blocks = structure.segment(text)
        docs = list(nlp.parse_blocks(spacy_nlp, [text[b.start:b.end] for b in article.blocks]))
        structure.classify(article, docs)
        doc = Document(article, docs, Settings().merged(**settings))
        for _, stage in stages.STAGES:
            stage(doc)
        return doc

    return build


@pytest.fixture
def run(make_doc):
    """run(text, select=["CD2"], **settings) -> list of findings from the selected rules."""

    def go(text: str, select=None, ignore=None, published=None, **settings):
        doc = make_doc(text, published=published, **settings)
        return list(run_rules(doc, select_rules(select, ignore)))

    return go


# Every report the suite produces in-process is validated against the published JSON Schema,
# and every span must quote article.text exactly: a test that makes a bad report fails.
def _validating_finish(original):
    def finish(self, prepared, docs):
        report = original(self, prepared, docs)
        from copydesk.schema import validate_report

        validate_report(report.to_dict())
        REPORTS_VALIDATED.append(report.article.source)
        return report

    return finish


REPORTS_VALIDATED: list[str] = []


def pytest_configure(config):
    from copydesk.pipeline import Checker

    Checker.finish = _validating_finish(Checker.finish)


@pytest.fixture(scope="session")
def checker():
    from copydesk import Checker

    return Checker(config=False)
