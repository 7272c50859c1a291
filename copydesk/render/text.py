"""The text report for a copy editor: counts and the attribution share, the top three, then findings by severity,
each with its code, message, suggestion and quoted evidence at line:column."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..model import SEVERITIES, Report
from ..time.words import in_words
from .escape import one_line, terminal_safe
from .position import display_line_col

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
    # The five-second read: counts by severity and the attribution share on one line, then
    # the three findings of summary.top; the detail follows.
    summary = report.summary
    counts = summary["counts"]
    line = Text()
    for i, sev in enumerate(SEVERITIES):
        if i:
            line.append("  ·  ", style="dim")
        line.append(f"{counts[sev]} {sev}{'s' if counts[sev] != 1 and sev != 'info' else ''}",
                    style=STYLE[sev] if counts[sev] else "dim")
    att = summary["attribution"]
    if att["strong_claims"]:
        share = round(100 * att["attributed"] / att["strong_claims"])
        line.append("  ·  ", style="dim")
        line.append(f"{share}% of {att['strong_claims']} strong claims attributed",
                    style="yellow" if share < 50 else "dim")
    hidden = summary.get("hidden") or {}
    if hidden.get("baseline") or hidden.get("min_severity"):
        parts = [f"{hidden['baseline']} in the baseline" if hidden.get("baseline") else "",
                 f"{hidden['min_severity']} below --min-severity" if hidden.get("min_severity") else ""]
        line.append(f"  ·  not shown: {', '.join(p for p in parts if p)}", style="dim")
    console.print(line)
    top = summary["top"]
    if top:
        console.print(Text("Top findings", style="bold underline"))
    for rank, i in enumerate(top, 1):
        f = report.findings[i]
        t = Text(f"  {rank}. ")
        t.append(f.code, style=STYLE[f.severity])
        t.append(" " + one_line(f.message, 160))
        console.print(t)
    claims = _claims_line(report)
    if claims is not None:
        console.print(claims)
    if not report.findings:
        console.print(Text("No findings.", style="green"))
    for sev in SEVERITIES:
        group = [f for f in report.findings if f.severity == sev]
        if not group:
            continue
        console.print()
        console.print(Text(f"{TITLE[sev]} ({len(group)})", style=f"{STYLE[sev]} underline"))
        for f in group:
            _finding(report, f, console)
    _who_said_what(report, console)
    _timeline(report, console)


def _timeline(report: Report, console: Console, shown: int = 40) -> None:
    """Timeline: the dated events of each main entity in date order, as the facts layer
    gives them (report.timeline); an event that a contradiction finding disputes is marked
    with the lines of the other side. Text from the article goes through one_line."""
    if not report.timeline:
        return
    names = {e.id: e.name for e in report.entities}
    names.update({e.id: f"{e.name} ({e.type})" for e in report.events})
    lines = {c.id: report.article.line_col(c.start)[0] for c in report.claims}
    console.print()
    console.print(Text(f"Timeline ({len(report.timeline)} events)", style="bold underline"))
    last = None
    for ev in report.timeline[:shown]:
        if ev.entity != last:
            console.print(Text(f"  {one_line(names.get(ev.entity, ev.entity or '?'), 60)}", style="bold"))
            last = ev.entity
        t = Text(f"    {(in_words(ev.date) or ev.date):<26}", style="dim")
        t.append(one_line(ev.event, 110))
        if ev.conflicts_with:
            ns = sorted({lines[c] for c in ev.conflicts_with if c in lines})
            other = [f"line {n}" for n in ns] or list(ev.conflicts_with)
            t.append(f"  ⚠ conflicts with {', '.join(other)}", style="bold red")
        console.print(t)
    if len(report.timeline) > shown:
        console.print(Text(f"    … and {len(report.timeline) - shown} more events", style="dim"))


def _speaker_label(q) -> str:
    """The resolved name, an unnamed source as written ("a senior Iraqi official"), or "unattributed"."""
    sp = q.speaker
    if sp is None:
        return "unattributed"
    return sp.name or sp.text


def _who_said_what(report: Report, console: Console, indirect_shown: int = 8, quoted_shown: int = 40) -> None:
    """One line per quotation: line number, speaker, medium, the words. Direct and mixed
    quotations first (a quotation inside another indented under it; an interview's turns
    run long, so past the first forty the rest are counted), then indirect speech, the
    first few listed and the rest counted. Everything from the article goes through
    one_line (control characters escaped), never through rich markup."""
    if not report.quotes:
        return
    quoted = [q for q in report.quotes if q.kind != "indirect"]
    indirect = [q for q in report.quotes if q.kind == "indirect"]
    console.print()
    console.print(Text(f"Who said what ({len(quoted)} quoted, {len(indirect)} reported)", style="bold underline"))

    def line(q, indent: str = "") -> None:
        n, _ = report.article.line_col(q.start)
        t = Text(f"  {n:>4}  {indent}", style="dim")
        t.append(one_line(_speaker_label(q), 40), style="bold" if q.speaker is not None else "dim")
        if q.medium:
            t.append(f" ({one_line(q.medium, 30)})", style="dim")
        said = " … ".join(p.text for p in q.parts) if q.parts else q.text  # the words, not the attribution
        words = one_line(" ".join(said.split()), 110)
        t.append("  “" + words + "”" if q.kind != "indirect" else "  " + words)
        if q.kind == "mixed":
            t.append("  (partly quoted)", style="dim")
        console.print(t)

    children: dict[str, list] = {}
    for q in quoted:
        if q.parent:
            children.setdefault(q.parent, []).append(q)
    top = [q for q in quoted if not q.parent]
    for q in top[:quoted_shown]:
        line(q)
        for c in children.get(q.id, []):
            line(c, "↳ ")
    if len(top) > quoted_shown:
        console.print(Text(f"        … and {len(top) - quoted_shown} more quotations (--format json lists them all)",
                           style="dim"))
    for q in indirect[:indirect_shown]:
        line(q)
    if len(indirect) > indirect_shown:
        console.print(Text(f"        … and {len(indirect) - indirect_shown} more reported statements", style="dim"))


def _named_source(source) -> bool:
    """A named source: an entity, or a name that ends in a proper noun ("The State Department",
    "Pollack"); "US officials" or "a senior Iraqi official" is an unnamed one."""
    if source.entity is not None:
        return True
    words = (source.name or "").split()
    return bool(words) and words[-1][:1].isupper()


def _claims_line(report: Report) -> Text | None:
    """claims: N (named source a · unnamed source b · article's own voice c) · strong claims
    s, p% attributed: simple counting over report.claims."""
    if not report.claims:
        return None
    named = unnamed = own = strong = strong_attributed = 0
    for c in report.claims:
        if c.source.kind == "attributed":
            if _named_source(c.source):
                named += 1
            else:
                unnamed += 1
        else:
            own += 1
        if c.strong:
            strong += 1
            strong_attributed += c.source.kind == "attributed"
    t = Text(f"claims: {len(report.claims)} ", style="dim")
    t.append(f"(named source {named} · unnamed source {unnamed} · article's own voice {own})", style="dim")
    if strong:
        share = round(100 * strong_attributed / strong)
        t.append(f" · strong claims {strong}, {share}% attributed",
                 style="yellow" if share < 50 else "dim")
    else:
        t.append(" · no strong claims", style="dim")
    return t


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
    text = report.article.text
    for e in f.evidence:
        line, col = display_line_col(text, e.start)
        ev = Text(f"      {line}:{col}".ljust(13), style="dim")
        if e.context:
            # a short span inside its sentence: the span stands out, the sentence around it is dim
            before, after = _trim_context(text[e.context[0]:e.start], text[e.end:e.context[1]], len(e.text))
            ev.append("“")
            ev.append(one_line(before, 200), style="dim")
            ev.append(one_line(e.text, 140), style="bold")
            ev.append(one_line(after, 200), style="dim")
            ev.append("”")
        else:
            ev.append("“" + one_line(e.text, 140) + "”")
        if e.role:
            ev.append(f"  ({e.role})", style="dim")
        console.print(ev)
    console.print(Text(f"      id {f.id}", style="dim"))


def _trim_context(before: str, after: str, span: int, room: int = 150) -> tuple[str, str]:
    """Keep about `room` characters of the sentence around the span, cut at word breaks."""
    room = max(40, room - span)
    if len(before) > room // 2:
        cut = before[-(room // 2):]
        before = "…" + (cut.split(" ", 1)[1] if " " in cut else cut)
    if len(after) > room // 2:
        cut = after[:room // 2]
        after = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
    return before, after


def render_structure(report: Report, console: Console) -> None:
    a = report.article
    console.print(Text(f"Structure of {terminal_safe(a.source)}: {len(a.blocks)} blocks", style="bold"))
    for b in a.blocks:
        line, _ = a.line_col(b.start)
        t = Text(f"  {line:>4}  ")
        t.append(f"{b.kind:<10}", style="cyan" if b.kind != "paragraph" else "dim")
        t.append(" " + one_line(a.text[b.start:b.end], 100))
        console.print(t)
