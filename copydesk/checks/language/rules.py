"""The rules: CD601 (loaded wording) and CD602 (labels), one finding per block and rule,
every term in the block as evidence, each with its words, who found it and its score.

Severity: a label for someone or a loaded idiom, in a report's own voice, is a warning;
emotive verbs, adjectives and nouns, the scorer's own finds, labels for a class and anything
in comment are info.
"""

from __future__ import annotations

from typing import Iterator

from ...document import Document
from ...model import Finding, Span
from ..registry import rule

from .analysis import loaded_terms
from .lexicon import Term


def _by_block(doc: Document, labels: bool) -> Iterator[tuple[int, list[Term]]]:
    groups: dict[int, list[Term]] = {}
    for t in loaded_terms(doc):
        if t.skip is not None or t.label != labels:
            continue
        b = doc.article.block_at(t.start)
        groups.setdefault(b.start if b is not None else t.start, []).append(t)
    for key in sorted(groups):
        terms = groups[key]
        # one phrase once: "crude and scary" inside "crude and scary speech"
        yield key, [t for t in terms if not any(o is not t and o.start <= t.start and t.end <= o.end
                                                and (o.end - o.start) > (t.end - t.start) for o in terms)]


def _where(doc: Document, offset: int) -> str:
    b = doc.article.block_at(offset)
    kind = b.kind if b is not None else "paragraph"
    return "the headline" if kind == "headline" else f"the {kind}" if kind != "paragraph" else "a paragraph"


def _quoted_list(terms: list[Term]) -> str:
    """The words, and why each: the word list that has it and the scorer's reading of it in
    context ("“carnage” (word list; in context 0.97)")."""
    seen: dict[str, str] = {}
    for t in terms:
        s = " ".join(t.text.split())
        if s.lower() not in (x.lower() for x in seen):
            why = ("word list idiom" if t.kind == "idiom" else "word list") if t.source == "lexicon" else "scorer"
            if t.score is not None:
                why += f"; {'its words ' if t.kind == 'idiom' else ''}in context {t.score:.2f}"
            seen[s] = why
    items = list(seen.items())
    shown = ", ".join(f"“{s}” ({why})" for s, why in items[:4])
    return shown + (f" and {len(items) - 4} more" if len(items) > 4 else "")


WARN_KINDS = frozenset({"label", "idiom"})


def confident(t: Term) -> bool:
    """A term that warrants a warning: a label for someone (not a class: "terrorist groups")
    or a loaded idiom from the word list, in the article's own voice in a report (not a
    column), that the scorer did not set aside in context. Emotive verbs, adjectives and
    nouns, and candidates only the scorer found, are info: worth a look, not a query on
    every report."""
    return t.skip is None and t.source == "lexicon" and t.kind in WARN_KINDS and not t.opinion and not t.generic


def _severity(terms: list[Term]) -> str:
    return "warning" if any(confident(t) for t in terms) else "info"


def _suggestion(terms: list[Term]) -> str | None:
    tips = []
    for t in terms:
        if t.neutral and t.neutral not in tips:
            tips.append(f"{' '.join(t.text.split())} → {t.neutral}" if len(terms) > 1 else t.neutral)
    return "; ".join(tips[:3]) or None


def _findings(doc: Document, code: str, labels: bool, what: str, advice: str) -> Iterator[Finding]:
    """One finding per block: its terms as evidence (each with its kind as the role), the
    words and why in the message, the neutral wordings as the suggestion."""
    for _, terms in _by_block(doc, labels=labels):
        yield Finding(
            code=code,
            severity=_severity(terms),
            message=f"{what} in {_where(doc, terms[0].start)}, in the article's own voice: "
                    f"{_quoted_list(terms)}; {advice}",
            suggestion=_suggestion(terms),
            evidence=[Span(t.start, t.end, doc.text[t.start:t.end], t.kind) for t in terms],
        )


@rule("CD601", "loaded-language", "language", "warning")
def loaded_language(doc: Document) -> Iterator[Finding]:
    """What it finds: emotive or loaded wording in the article's own voice: verbs that pass a
    verdict ("slaughtered", "slammed"), judging adjectives and adverbs ("barbaric",
    "shamelessly"), emotive nouns ("carnage", "bloodbath") and idioms ("blood on his hands",
    "reign of terror"). One finding per paragraph, headline or bullet, with every such term
    as evidence. Words inside quotation marks or reported speech are the speaker's and are
    not flagged; nor are legal terms in a legal frame ("convicted of murder"), proper names
    ("the Killing Fields museum") or literal senses, decided by what the word is said of
    ("slaughtered cattle", "hog slaughter rose", "prices were hammered"). A learned scorer
    reads each word in context: it sets aside a listed word it reads as another sense and
    adds words the list lacks. The message gives each word, who found it (word list or
    scorer) and the scorer's reading (0-1). Loaded idioms in a report's own voice are
    warnings; emotive verbs, adjectives and nouns, the scorer's own finds and anything in
    comment (an editor's note, a column in the first person) are info.

    Why it matters: a news report describes; loaded words judge. When the judgement is the
    article's own rather than a source's, readers see bias, and a complaint or a correction
    follows. Say what happened, or attribute the word to whoever used it.

    Example: "Soleimani oversaw the carnage" gives the info finding "loaded wording in a
    paragraph, in the article's own voice: “carnage” (word list; in context 0.9…)",
    suggestion "deaths"; "critics called it a bloodbath" gives nothing; "with blood on his
    hands" in a report's own voice is a warning.
    """
    yield from _findings(doc, "CD601", False, "loaded wording", "say what happened, or attribute the word")


@rule("CD602", "name-calling", "language", "warning")
def name_calling(doc: Document) -> Iterator[Finding]:
    """What it finds: labels that call a person or a group names in the article's own voice
    ("terrorist general", "the thugs", "the dictator", "extremists"): a label noun, or a
    label adjective before a person or group noun. An event noun is not a label ("a
    terrorist attack", which officials classify). Labels inside quotation marks, in
    reported speech, in a legal or official frame ("convicted murderer", "designated a
    terrorist organisation", "self-described fascist") or in a proper name are not flagged.

    Why it matters: a label is a verdict. Wire and public-service style guides ask for the
    person's title and a description of what they did, or for the label to be attributed to
    whoever applied it; an unattributed label is the first thing a complaint quotes.

    Severity: a warning for a label of someone in a report's own voice; info for a label
    of a class ("terrorist groups", "extremists") and for labels in comment. The message
    gives the scorer's reading of each label in context (0-1).

    Example: "Terrorist general with the blood of thousands on his hands" gives the warning
    "label in the headline, in the article's own voice: “Terrorist general” (word list; in
    context 0.8…)"; "the US designated the group a terrorist organisation" gives nothing.
    """
    yield from _findings(doc, "CD602", True, "label",
                         "use a title or describe what they did, or attribute the label")
