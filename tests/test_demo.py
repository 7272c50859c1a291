"""The bundled demo article shows each kind of error copydesk finds, once each."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import copydesk

DEMO = Path(copydesk.__file__).parent / "demo" / "article.txt"


def test_demo_has_each_current_kind_of_error_once(checker):
    report = checker.check(DEMO, published="2025-03-14")
    codes = Counter(f.code for f in report.findings)
    # CD402 (two dates of one death) absorbs the day-conflict CD104 that sees the same pair
    expected = {"CD101", "CD102", "CD103", "CD105", "CD106", "CD201", "CD202", "CD301", "CD302",
                "CD303", "CD402", "CD405", "CD500", "CD503", "CD601", "CD701", "CD702"}
    assert expected <= set(codes), codes
    assert all(codes[c] == 1 for c in expected), codes
    by_code = {f.code: f for f in report.findings}
    assert by_code["CD301"].suggestion == "Kowalczyk"
    assert by_code["CD303"].suggestion == "Gibraltar"
    assert by_code["CD302"].severity == "info"
    assert by_code["CD101"].suggestion == "54" and by_code["CD101"].severity == "error"
    assert "CD104" not in codes
    assert "the service, quoted on line 47" in by_code["CD402"].message
    # one event's count given twice: the coastguard's in the lead, the article's own later
    rescued = by_code["CD405"]
    assert rescued.severity == "warning" and "Twenty-two" in rescued.message and "24" in rescued.message
    assert report.events and any(e.slots.get("count") for e in report.events)
    assert report.timeline
    speakers = {q.speaker.name for q in report.quotes if q.speaker and q.speaker.name}
    assert {"Piotr Kowalczyk", "Lucía Ferrer"} <= speakers
    assert 600 <= report.article.words <= 1000


def test_make_demo_prints_the_report(tmp_path):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "copydesk", "check", str(DEMO), "--published", "2025-03-14",
                          "--fail-on", "never"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "Top findings" in res.stdout and "Gibraltar" in res.stdout
