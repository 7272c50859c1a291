"""The text report for a copy editor: counts, the top three, then findings by severity,
each with its code, message, suggestion and quoted evidence at line:column."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..model import SEVERITIES, Report
from .escape import one_line, terminal_safe

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
TITLE = {"error": "Errors", "warning": "Warnings", "info": "Info"}


def render(report: Report, console: Console) -> None:
    a = report.article
    head = Text()
    head.append("copydesk ", style="bold")
    head.append(terminal_safe(a.source), style="bold")
    date = f"published {a.published.isoformat()} ({a.published_from})" if a.published else "no publication date"
    head.append(f"  ·  {a.words} words  ·  {date}", style="dim")
    console.print(head)
    if a.title:
        console.print(Text(one_line(a.title, 200), style="italic"))
    counts = report.counts()
    line = Text()
    for i, sev in enumerate(SEVERITIES):
        if i:
            line.append("  ·  ", style="dim")
        line.append(f"{counts[sev]} {sev}{'s' if counts[sev] != 1 and sev != 'info' else ''}",
                    style=STYLE[sev] if counts[sev] else "dim")
    console.print(line)
    if not report.findings:
        console.print(Text("No findings.", style="green"))
        return
    top = report.summary["top"]
    if top:
        console.print()
        console.print(Text("Top findings", style="bold underline"))
        for rank, i in enumerate(top, 1):
            f = report.findings[i]
            t = Text(f"  {rank}. ")
            t.append(f.code, style=STYLE[f.severity])
            t.append(" " + one_line(f.message, 200))
            console.print(t)
    for sev in SEVERITIES:
        group = [f for f in report.findings if f.severity == sev]
        if not group:
            continue
        console.print()
        console.print(Text(f"{TITLE[sev]} ({len(group)})", style=f"{STYLE[sev]} underline"))
        for f in group:
            _finding(report, f, console)


def _finding(report: Report, f, console: Console) -> None:
    t = Text("  ")
    t.append(f.code, style=STYLE[f.severity])
    t.append(f" {f.rule}", style="dim")
    t.append(f"  {one_line(f.message, 300)}")
    console.print(t)
    if f.suggestion:
        s = Text("      suggestion: ", style="dim")
        s.append(one_line(f.suggestion, 200), style="green")
        console.print(s)
    for e in f.evidence:
        line, col = report.article.line_col(e.start)
        ev = Text(f"      {line}:{col}".ljust(13), style="dim")
        ev.append("“" + one_line(e.text, 140) + "”")
        if e.role:
            ev.append(f"  ({e.role})", style="dim")
        console.print(ev)
    console.print(Text(f"      id {f.id}", style="dim"))


def render_structure(report: Report, console: Console) -> None:
    a = report.article
    console.print(Text(f"Structure of {terminal_safe(a.source)}: {len(a.blocks)} blocks", style="bold"))
    for b in a.blocks:
        line, _ = a.line_col(b.start)
        t = Text(f"  {line:>4}  ")
        t.append(f"{b.kind:<10}", style="cyan" if b.kind != "paragraph" else "dim")
        t.append(" " + one_line(a.text[b.start:b.end], 100))
        console.print(t)
