"""The layers import one way: facts never load a check, and vocabularies are data files."""

from __future__ import annotations

import subprocess
import sys

import pytest

from copydesk import vocab


def _modules_after(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_facts_loads_no_check():
    mods = _modules_after("import copydesk.facts")
    assert "copydesk.facts" in mods
    assert not [m for m in mods if m.startswith("copydesk.checks")]


def test_conflicts_and_timeline_load_no_check():
    mods = _modules_after("import copydesk.conflicts, copydesk.timeline")
    assert not [m for m in mods if m.startswith("copydesk.checks")]


def test_public_names_still_import():
    from copydesk import Checker, check  # noqa: F401 - loaded on first use
    from copydesk.checks.contradictions import conflicts_of, drop_absorbed  # noqa: F401
    from copydesk.claims import REPORT_VERBS, annotate  # noqa: F401
    from copydesk.facts import Fact, build_timeline, facts_of, normalize_title  # noqa: F401

    assert callable(build_timeline) and "say" in REPORT_VERBS


def test_role_words_come_from_the_data_file():
    from copydesk.facts.vocab import END_VERBS, TITLE_MODS, TOP_TITLES

    assert {"chair", "chairman", "director", "boss"} <= TOP_TITLES
    assert "step down" in END_VERBS  # a multi-word entry stays whole
    assert TITLE_MODS["deputy"] == "deputy" and TITLE_MODS["former"] is None


def test_vocab_file_format(tmp_path, monkeypatch):
    (tmp_path / "x.txt").write_text("# a comment\n[words]\nalpha\nbeta gamma  # trailing note\n"
                                    "[map]\nk = v\nempty =\n", encoding="utf-8")
    monkeypatch.setattr(vocab, "DATA", tmp_path)
    vocab.sections.cache_clear()
    try:
        assert vocab.words("x.txt", "words") == {"alpha", "beta gamma"}
        assert vocab.mapping("x.txt", "map") == {"k": "v", "empty": None}
        (tmp_path / "y.txt").write_text("orphan\n", encoding="utf-8")
        with pytest.raises(ValueError):
            vocab.sections("y.txt")
    finally:
        vocab.sections.cache_clear()


def test_every_stage_runs_on_the_demo(checker):
    """A stage that fails is reported as CD000 and its rules run without it: none may fail
    on the bundled demo (a moved name, say, would)."""
    from pathlib import Path

    import copydesk

    demo = Path(copydesk.__file__).parent / "demo" / "article.txt"
    report = checker.check(demo.read_text(encoding="utf-8"), published="2025-03-14")
    assert not [f.message for f in report.findings if f.code == "CD000"]
    assert report.timeline
