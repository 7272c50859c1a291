"""`copydesk --help` and `copydesk rules` answer at once: they load neither spaCy nor the
analysis (nor pydantic, which Typer's argument coercion loads), and the rule list read from
the check modules' source is the registry's."""

from __future__ import annotations

import subprocess
import sys

from copydesk.checks import all_rules
from copydesk.checks.catalogue import catalogue, get

PROBE = """
import sys
sys.argv = ["copydesk", *{args!r}]
from copydesk import cli
try:
    cli.main()
except SystemExit:
    pass
heavy = sorted(m for m in ("spacy", "pydantic", "copydesk.pipeline", "copydesk.claims", "trafilatura") if m in sys.modules)
print("HEAVY", heavy, file=sys.stderr)
"""


def _heavy(*args: str) -> tuple[str, str]:
    r = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args))], capture_output=True, text=True, timeout=60)
    return r.stdout, r.stderr.strip().splitlines()[-1]


def test_help_and_rules_load_nothing_heavy():
    for args in (["--help"], ["rules"], ["rules", "CD101"], ["rules", "--markdown"]):
        out, heavy = _heavy(*args)
        assert heavy == "HEAVY []", (args, heavy)
    out, _ = _heavy("rules", "CD301")
    assert "CD301" in out and "Why it matters" in out


def test_catalogue_is_the_registry():
    registry = {r.code: (r.name, r.category, r.severity, r.needs_date, r.doc, r.summary) for r in all_rules()}
    listed = {r.code: (r.name, r.category, r.severity, r.needs_date, r.doc, r.summary) for r in catalogue()}
    assert listed == registry
    assert get("age-mismatch").code == "CD101" and get("cd101").name == "age-mismatch"


def test_spacy_command_line_still_there_after_a_fast_import():
    """copydesk imports spaCy without its command line, yet a program that loads copydesk
    can still use spaCy's own commands."""
    probe = ("import sys, copydesk.stages, spacy; "
             "assert 'spacy.cli' not in sys.modules and not hasattr(spacy, 'cli'); "
             "import spacy.cli; print(spacy.cli.download.__module__, spacy.info()['spacy_version'] == spacy.__version__)")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["spacy.cli.download", "True"]
