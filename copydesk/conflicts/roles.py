"""CD401 and CD407 over role and membership facts: one post given two start dates (with
what else the article says about the start as support), and a post described as current
that the article elsewhere says has ended."""

from __future__ import annotations

import re
from typing import Iterator

from ..document import Document
from ..facts import Fact, Facts
from ..facts.vocab import HONOURS
from ..model import Source, Span
from ..vocab import mapping, words
from .base import (
    Conflict,
    _clusters,
    _dedupe,
    _ev,
    _line,
    _same_sentence,
    _says,
    _severity,
)


def _role_key(f: Fact) -> tuple:
    return (f.entity, f.slot, f.title, f.org)


def _org_words(F: Facts, f: Fact) -> set[str]:
    words: set[str] = set()
    if f.org and F.index is not None and re.fullmatch(r"E\d+", f.org or ""):
        try:
            ent = F.index.by_id(f.org)
            for v in [ent.name] + list(ent.variants):
                words.update(w.lower() for w in re.findall(r"[\w'-]+", v))
        except Exception:
            pass
    elif f.org:
        words.update(re.findall(r"[\w'-]+", f.org.lower()))
    return {w for w in words if len(w) > 2 and w not in ("the", "and", "of")}


def _compatible(p: str | None, q: str | None) -> bool:
    """Two written posts that may be one: the same post, or a post and the generic one a
    lead verb names ("became leader" and "has led the authority")."""
    return p == q or "leader" in (p, q)


def adopted_orgs(F: Facts) -> dict[str, tuple[str, str | None]]:
    """The organisation of a role the article gives without one ("who became leader in May
    2019"), taken from the person's other facts about that post when they name exactly one
    organisation ("has led the Conservative-run authority since 2017"): fact id -> (org,
    org text). Nothing is adopted where the person's posts of that title name two."""
    named: dict[tuple, dict[str, tuple[str | None, set]]] = {}
    for f in F.facts:
        if f.slot == "role" and f.org and (not f.generic_org or f.described_org) and f.entity and f.title \
                and f.prep != "apposition":
            # a title beside the name ("Council leader X") says the post is held, not which
            # organisation a dated "became leader" was of: the dated facts name that
            orgs = named.setdefault((f.entity, f.title), {})
            text, posts = orgs.setdefault(f.org, (f.org_text, set()))
            posts.add(f.post)
            if text is None and f.org_text:
                orgs[f.org] = (f.org_text, posts)
    out: dict[str, tuple[str, str | None]] = {}
    for f in F.facts:
        if f.slot == "role" and f.org and " " not in f.org and not re.fullmatch(r"E\d+", f.org) and f.entity:
            # "took over the bakery": the one venue of that kind the person's facts name, unless
            # the article names two of that kind ("the trust" beside two trusts)
            if F.index is not None and len(F.index.names_of_kind(f.org)) > 1:
                continue
            kind = [(org, text) for org, (text, _p) in named.get((f.entity, f.title), {}).items()
                    if org != f.org and (text or org).lower().split()[-1] == f.org]
            if len(kind) == 1:
                out[f.id] = kind[0]
            continue
        if f.slot != "role" or f.org is not None or not f.entity or not f.post:
            continue
        cands = [(org, text) for org, (text, posts) in named.get((f.entity, f.title), {}).items()
                 if any(_compatible(f.post, p) for p in posts)]
        if len(cands) == 1:
            out[f.id] = cands[0]
    # "has led the district since 2019" beside "became superintendent in 2017": the one
    # organisation, never named, that a post without one was adopted into is itself one
    taken = {org for org, _t in out.values()}
    for f in F.facts:
        if f.described_org and f.id not in out and f.org in taken:
            out[f.id] = (f.org, f.org_text)
    return out


def _role_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    adopted = adopted_orgs(F)
    groups: dict[tuple, list[Fact]] = {}
    for f in F.facts:
        if f.slot not in ("role", "member_of") or f.aspect not in ("start", "since") or not f.time:
            continue
        if f.generic_org and f.id not in adopted or f.repeat or f.polarity != "positive" or \
                f.certainty not in ("asserted",):
            continue
        if not f.range():
            continue
        key = _role_key(f) if f.id not in adopted or f.org is None else (f.entity, f.slot, f.title, adopted[f.id][0])
        if f.org is None and f.title in ("head", "member"):
            if f.id in adopted:
                key = (f.entity, f.slot, f.title, adopted[f.id][0])
            elif f.slot == "role" and f.post:
                key = (f.entity, f.slot, f.title, None, f.post)  # one post, however it is started
            else:
                continue  # "joined in 2006": joined what?
        groups.setdefault(key, []).append(f)
    for key, facts in groups.items():
        clusters = _clusters(facts)
        if len(clusters) < 2:
            continue
        entity, slot, title, org = key[:4]
        ends = [f for f in F.facts if f.slot == slot and f.entity == entity and f.aspect == "end"
                and f.title == title and (f.org == org or f.org is None) and f.range()]
        a, b = clusters[0], clusters[1]
        ra, rb = a[0].range(), b[0].range()
        if any(ra[1] <= e.range()[0] <= rb[0] for e in ends):
            continue  # left and came back: two terms
        # years as written, at the coarsest granularity of each side
        va = min((f.time for f in a), key=len)
        vb = min((f.time for f in b), key=len)
        support = _implied(doc, F, entity, slot, title, org, pub)
        verdict = []
        agree_a, agree_b = [], []
        for s in support:
            bound = s["before"]
            ok_a = a[0].range()[0] <= bound
            ok_b = b[0].range()[0] <= bound
            if ok_a and not ok_b:
                agree_a.append(s)
            elif ok_b and not ok_a:
                agree_b.append(s)
        who = F.entity_name(entity)
        what = "joined" if slot == "member_of" else f"was made {title.upper()}" if title in HONOURS \
            else f"took the post of {title}"
        org_name = next((f.org_text for f in facts if f.org_text), None) or \
            next((adopted[f.id][1] for f in facts if f.id in adopted and adopted[f.id][1]), None) or \
            (F.entity_name(org) if org else "")
        if slot == "member_of":
            subject = f"when {who} joined {org_name}"
        elif len(key) == 5:  # no organisation named anywhere: the post as written
            subject = f"when {who} became {' '.join((a[0].text or title).split())}"
        else:
            subject = f"when {who} became {title} of {org_name}" if org_name else f"when {who} {what}"
        msg = f"{subject}: {_says(F, a, va)}; {_says(F, b, vb)}"
        for side, agree, v in ((a, agree_a, va), (b, agree_b, vb)):
            if agree:
                other = vb if v == va else va
                ls = sorted({_line(F, s["span"].start) for s in agree})
                lt = f"line {ls[0]}" if len(ls) == 1 else "lines " + ", ".join(map(str, ls[:-1])) + f" and {ls[-1]}"
                why = "; ".join(dict.fromkeys(s["why"] for s in agree))
                verdict.append(f"{v} agrees with {lt} ({why}); {other} does not")
        if verdict:
            msg += ". " + " ".join(verdict)
        evidence = [_ev(f, "start") for f in a] + [_ev(f, "start") for f in b]
        for s in agree_a + agree_b:
            evidence.append(Span(s["span"].start, s["span"].end, s["span"].text, "support"))
        severity = _severity(F, a, b, evidence)
        absorbs = [("CD103", [(e.start, e.end) for e in evidence])]
        suggestion = va if agree_a and not agree_b else (vb if agree_b and not agree_a else None)
        yield Conflict("CD401", msg, _dedupe(evidence), severity, a, b, absorbs, suggestion)


def _implied(doc: Document, F: Facts, entity, slot, title, org, pub) -> list[dict]:
    """Bounds on when a role began: 'already leading X when ... in 2001' (began by 2001),
    'for more than two decades' (began more than 20 years before it ended)."""
    out = []
    life = (doc.extras.get("life") or {}).get(entity)
    death = life.death_range() if life is not None else None
    probe = Fact(id="", entity=entity, slot=slot, value=None, text=None, evidence=Span(0, 0, ""),
                 source=Source("article"), title=title, org=org)
    org_words = _org_words(F, probe)
    for f in F.facts:
        if f.entity != entity or f.slot != slot:
            continue
        if f.aspect in ("held", "held_by") and f.time and f.title == title and f.org == org and f.range():
            if f.polarity != "positive" or f.certainty != "asserted":
                continue
            why = f"already {title} in {f.time}" if f.aspect == "held_by" else f"{title} in {f.time}"
            out.append({"before": f.range()[1], "span": Span(f.evidence.start, f.evidence.end, f.evidence.text),
                        "why": why})
        elif f.aspect == "duration" and f.years:
            if not (f.words & org_words) and not (org is None and f.title == title):
                continue
            if f.title != title and not (f.words & {title}):
                if not (title == "head" and f.title == "head"):
                    continue
            if f.mod in ("LESS_THAN", "EQUAL_OR_LESS", "APPROX"):
                continue
            if f.tense == "present" and pub is not None and death is None:
                end = pub
            elif death is not None:
                end = death[1]
            else:
                continue
            years = f.years
            try:
                bound = end.replace(year=end.year - int(years))
            except ValueError:
                bound = end.replace(year=end.year - int(years), day=28)
            more = "more than " if f.mod in ("MORE_THAN", "EQUAL_OR_MORE") else ""
            n = int(years) if years == int(years) else years
            out.append({"before": bound, "span": f.evidence,
                        "why": f"{more}{n} years by {end.year} means it began by {bound.year}"})
    return out


def _ended_conflicts(doc: Document, F: Facts) -> Iterator[Conflict]:
    pub = doc.article.published
    current = [f for f in F.facts if f.slot in ("role", "member_of") and f.aspect == "current"
               and f.polarity == "positive" and f.certainty == "asserted" and f.tense == "present"
               and not f.generic_org and f.title]
    ends = [f for f in F.facts if f.slot in ("role", "member_of") and f.aspect == "end"
            and f.polarity == "positive" and f.certainty == "asserted" and f.tense in ("past", "present")]
    for c in current:
        for e in ends:
            if e.entity != c.entity or e.slot != c.slot or e.title != c.title:
                continue
            if c.org and e.org and c.org != e.org:
                continue
            if c.title in ("head", "member") and not (c.org and e.org) and not (
                    c.post and c.post == e.post and c.post != "leader"):
                continue  # "head" alone is any top post; "headteacher" twice is one post
            if e.time and pub is not None:
                rng = e.range()
                if rng is None or rng[0] > pub:
                    continue
            if _same_sentence(F, c, e):
                continue
            if c.time and e.time and c.range() and e.range() and c.range()[1] <= e.range()[0]:
                continue  # "In 2019 Okafor, chair of the party, ..." and "stepped down in 2021"
            who = F.entity_name(c.entity)
            role = c.title if c.slot == "role" else "member"
            org = c.org_text or e.org_text
            post = f"{role}{' of ' + org if org else ''}"
            when = f" in {e.time_evidence.text}" if e.time_evidence is not None else ""
            msg = (f"{who} as {post}: {_says(F, [c], 'still in the post')}; "
                   f"{_says(F, [e], 'the post was left' + when)}")
            ev = [_ev(c, "current"), _ev(e, "ended")]
            yield Conflict("CD407", msg, ev, _severity(F, [c], [e], ev), [c], [e])
            break


def _post_table(section: str) -> tuple[dict[str, str | None], re.Pattern]:
    """A section of phrase = post lines, hyphens read as spaces, with the pattern that finds
    its phrases (the longest first)."""
    posts = {k.replace("-", " "): v for k, v in mapping("roles_en.txt", section).items()}
    return posts, re.compile(r"\b(" + "|".join(sorted(map(re.escape, posts), key=len, reverse=True)) + r")\b")


EXECUTIVE = _post_table("executive_posts")
OFFICERS = _post_table("officer_posts")
LESSER_RANKS = words("roles_en.txt", "lesser_ranks")


def _last_post(f: Fact, table) -> str | None:
    """The post the last phrase of a table in the fact's words names, if any."""
    posts, pattern = table
    m = None
    for m in pattern.finditer((f.text or "").lower().replace("-", " ")):
        pass
    return posts[m.group(1)] if m else None


def _lesser(a: str, b: str) -> bool:
    """"deputy mayor" against "mayor": a rank below the same post."""
    head, _, rest = a.partition(" ")
    return head in LESSER_RANKS and rest == b


def _one_body(p: str | None, q: str | None) -> bool:
    """Two posts' organisations that can be one: the same, one named more fully ("the board"
    and "the show board"), or one left unnamed."""
    if not p or not q:
        return bool(p or q)
    return p == q or p.endswith(" " + q) or q.endswith(" " + p)


def _posts_differ(a: Fact, b: Fact) -> bool:
    if _lesser(a.title, b.title) or _lesser(b.title, a.title):
        return True
    pa, pb = _last_post(a, EXECUTIVE), _last_post(b, EXECUTIVE)
    if pa is not None and pb is not None and pa != pb:
        return True
    if _one_body(a.org, b.org):  # a body's officers, at one named body
        oa, ob = _last_post(a, OFFICERS), _last_post(b, OFFICERS)
        return oa is not None and ob is not None and oa != ob and pa is None and pb is None
    return False


def _post_words(f: Fact) -> str:
    """The post as written, without the name an apposition adds ("the group's finance director")."""
    words = (f.text or f.title).split(",")[0].strip()
    return words[0].lower() + words[1:] if words.startswith(("The ", "A ", "An ")) else words


def _dated_before(f: Fact, pub) -> bool:
    """A post in a sentence dated a year or more before publication: held then, maybe not now."""
    rng = f.range() if f.time else None
    return rng is not None and (pub is None or (pub - rng[1]).days > 365)


def _two_posts(doc: Document, F: Facts) -> Iterator[Conflict]:
    """CD408: one person given, at the same time, two posts of one organisation that one
    person does not hold together: "Deputy Mayor Karen Ames" and "Mayor Karen Ames"; "chief
    executive Ola Lind" and "the group's finance director, Ola Lind". Both must be current
    and in the article's own voice; a dated one ("in 2010, deputy mayor") is another time."""
    pub = doc.article.published
    current = [f for f in F.facts if f.slot == "role" and f.aspect == "current" and f.entity
               and f.polarity == "positive" and f.certainty == "asserted" and f.title and not f.quoted]
    seen: set[str] = set()
    for i, a in enumerate(current):
        for b in current[i + 1:]:
            if a.entity != b.entity or a.entity in seen:
                continue
            if a.org and b.org and not _one_body(a.org, b.org):
                continue
            if _dated_before(a, pub) or _dated_before(b, pub):
                continue
            if not _posts_differ(a, b) or _same_sentence(F, a, b):
                continue
            seen.add(a.entity)
            who = F.entity_name(a.entity)
            msg = f"{who}'s post: {_says(F, [a], _post_words(a))}; {_says(F, [b], _post_words(b))}"
            ev = [_ev(a, "post"), _ev(b, "post")]
            yield Conflict("CD408", msg, ev, "warning", [a], [b])
