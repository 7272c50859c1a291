"""Collecting the article's names: runs of capitalised tokens and named entities, each
written form with its mentions."""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from ... import names as nm
from ...document import Document
from ...entities import TITLES
from ...nlp import ents_of, tokens_of
from ...token_table import table_of
from .records import (NAME_LABELS, NOT_NAME_LABELS, PARTICLES, DASHES, MIN_LETTERS,
                      CD303_MIN_LETTERS, Offsets, Form, Mention)


def _is_name_token(tok) -> bool:
    text = tok.text
    if not text[:1].isupper() or not text.isalpha() or (text.isupper() and len(text) > 1):
        return False
    if tok.ent_type_ in NOT_NAME_LABELS:
        return False
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAME_LABELS


def _name_flags(sdoc) -> list[bool]:
    """``_is_name_token`` of every token of a Doc, read from its token table."""
    tb = table_of(sdoc)
    return [text[:1].isupper() and text.isalpha() and not (text.isupper() and len(text) > 1)
            and ent not in NOT_NAME_LABELS and (pos == "PROPN" or ent in NAME_LABELS)
            for text, ent, pos in zip(tb.text, tb.ent_type, tb.pos)]


def _joined(toks, i: int, j: int) -> bool:
    """Tokens i and j = i + 1 are one space apart, or glued by a hyphen."""
    if j != i + 1:
        return False
    left = toks[i]
    if left.text in DASHES or toks[j].text in DASHES:
        return not left.whitespace_
    return left.whitespace_ == " "


def _runs(sdoc, capitalised: dict[str, list[Offsets]] | None = None, base: int = 0,
          is_name: list[bool] | None = None) -> list[list[int]]:
    """Runs of name words, with name particles (bin, al, van) and hyphens inside them.
    Other capitalised words of five letters or more go to ``capitalised`` (casefolded)."""
    runs: list[list[int]] = []
    current: list[int] = []
    toks = tokens_of(sdoc)
    tb = table_of(sdoc)
    if is_name is None:
        is_name = _name_flags(sdoc)
    for i, text in enumerate(tb.text):
        named = is_name[i]
        if not named and capitalised is not None and len(text) >= CD303_MIN_LETTERS \
                and text[:1].isupper() and text[1:].islower() and text.isalpha():
            capitalised[unicodedata.normalize("NFC", text.casefold())].append(
                (base + tb.idx[i], base + tb.idx[i] + len(text)))
        if named:
            if current and not _joined(toks, current[-1], i):
                runs.append(current)
                current = []
            current.append(i)
        elif current and (text.lower() in PARTICLES or text in DASHES) and i + 1 < len(toks) \
                and is_name[i + 1] and _joined(toks, current[-1], i):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _name_span(toks, base: int, run: list[int], ent_of: dict, i: int, j: int) -> Offsets:
    """The entity around tokens i..j when it is a short one, else their run."""
    ent = ent_of.get(i)
    if ent is not None and ent is ent_of.get(j) and ent.end - ent.start <= 5:
        return base + ent.start_char, base + ent.end_char
    first, last = toks[run[0]], toks[run[-1]]
    return base + first.idx, base + last.idx + len(last.text)


def _collect(doc: Document) -> tuple[dict[str, Form], dict[str, dict[str, list[Mention]]],
                                     dict[str, list[Offsets]]]:
    forms: dict[str, Form] = {}
    surfaces: dict[str, dict[str, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    text = doc.text
    run_id = 0
    capitalised: dict[str, list[Offsets]] = defaultdict(list)  # other capitalised words
    for block, sdoc in zip(doc.blocks, doc.docs):
        base = block.start
        ent_of = {i: ent for ent in ents_of(sdoc) for i in range(ent.start, ent.end)}
        toks = tokens_of(sdoc)
        is_name = _name_flags(sdoc)
        for run in _runs(sdoc, capitalised, base, is_name):
            run_id += 1
            named = [i for i in run if is_name[i]]
            for i in named:
                tok = toks[i]
                key = unicodedata.normalize("NFC", tok.text.casefold())
                form = forms.get(key)
                if form is None:
                    form = forms[key] = Form(key)
                start = base + tok.idx
                form.surfaces[tok.text] += 1
                form.mentions.append((start, start + len(tok.text)))
                form.runs.add(run_id)
                if tok.ent_type_:
                    form.labels[tok.ent_type_] += 1
                # a title is no name word: "Mr Ashby" stands alone as much as "Ashby" does
                others = [toks[j].text for j in named if j != i and toks[j].lower_.rstrip(".") not in TITLES]
                if others:
                    form.neighbours |= {nm.translit_key(o) for o in others}
                    form.neighbours.add(nm.translit_key("".join(others)))
                form.alone += not others
                if form.first_name is None:
                    form.first_name = _name_span(toks, base, run, ent_of, i, i)
            # single words, hyphenated names and stretches of two or three words
            for a in range(len(run)):
                for b in range(a, min(len(run), a + 5)):
                    first, last = toks[run[a]], toks[run[b]]
                    if first.text in DASHES or last.text in DASHES or \
                            sum(toks[i].text not in DASHES for i in run[a:b + 1]) > 3:
                        continue
                    start, end = base + first.idx, base + last.idx + len(last.text)
                    s = text[start:end]
                    key = nm.fold(s)
                    if len(key) >= MIN_LETTERS:
                        name = _name_span(toks, base, run, ent_of, run[a], run[b])
                        surfaces[key][s].append(Mention(start, end, run_id, name))
    return forms, surfaces, capitalised
