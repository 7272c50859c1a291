"""The analysis both rules read: every listed or scored term of an article, with the
reason it is not the article's own, cached on the Document as ``loaded_terms``.

One pass per block: the list's idioms (one regular expression each, only those whose first
word occurs), hyphenated compounds ("war-mongering"), then each token looked up by form and
lemma. Each hit grows into its phrase (``phrases.extent``) and is judged for voice
(``voice``) and sense (``senses``). The learned scorer (``copydesk.loaded_model``) then
reads the cued words in context: it sets aside a listed hit it scores under keep, and adds
a word the list lacks that it scores at add or over (from a threshold of their own where the
syntax says the word passes a verdict: an adjective on a noun, a noun said of a person; and
where an adverb says how an act was done: "denied it vehemently"), unless the word is a piece
of a hyphenated compound or names an event.
"""

from __future__ import annotations

import bisect

from ... import loaded_model
from ...document import Document
from ...nlp import tokens_of
from ...token_table import table_of

from .lexicon import Entry, Lexicon, Term, WORD_RE, lexicon
from .phrases import HYPHEN_RE, IRREGULAR, extent, is_generic, label_head, pick_kind, verb_lemma
from .senses import LEGAL_STEPS, LEGAL_WORDS, legal_frame, literal_sense
from .voice import SPEECH_ACTS, Spans, display_carries_source, first_person_blocks, is_opinion, quote_spans, whose


def loaded_terms(doc: Document) -> list[Term]:
    """Every lexicon hit in the article, with the reason it is not the article's own, if any.
    Cached on the Document."""
    cached = doc.extras.get("loaded_terms")
    if cached is not None:
        return cached
    lex = lexicon()
    quoted, reported = quote_spans(doc)
    first_person = first_person_blocks(doc, quoted)
    terms: list[Term] = []
    model = loaded_model.scorer(encoder=doc.settings.loaded_encoder)
    for bi, (block, sdoc) in enumerate(zip(doc.blocks, doc.docs)):
        found = _block_terms(doc, block, sdoc, lex, quoted, reported)
        if model is not None:
            found = _model_pass(doc, block, sdoc, model, found, quoted, reported, lex)
        if bi in first_person:
            for t in found:
                t.skip = t.skip or "quoted"
        terms.extend(found)
    labels = {(t.start, t.end) for t in terms if t.kind == "label"}
    terms = [t for t in terms if t.kind == "label" or (t.start, t.end) not in labels]  # one phrase, one reading
    terms.sort(key=lambda t: (t.start, t.end))
    display_carries_source(doc, terms, quoted, reported)
    if is_opinion(doc, quoted):
        for t in terms:
            t.opinion = True
    doc.extras["loaded_terms"] = terms
    return terms


def title_case(sdoc) -> bool:
    cached = sdoc.user_data.get("copydesk.title_case")
    if cached is None:
        tb = table_of(sdoc)
        words = [w for w, alpha in zip(tb.text, tb.is_alpha) if alpha and len(w) > 3]
        cached = sdoc.user_data["copydesk.title_case"] = \
            len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    return cached


def _block_terms(doc: Document, block, sdoc, lex: Lexicon, quoted: Spans, reported: Spans) -> list[Term]:
    base = block.start
    text = doc.text
    title = title_case(sdoc)
    out: list[Term] = []
    taken: set[int] = set()  # token indexes inside an idiom
    low_block = text[base:block.end]
    words = set(WORD_RE.findall(low_block.lower()))
    idx = table_of(sdoc).idx

    def tokens_in(s: int, e: int):
        i = bisect.bisect_left(idx, s - base)
        j = bisect.bisect_left(idx, e - base)
        return [sdoc[k] for k in range(i, j)]

    for pat, phrase, neutral in lex.idioms_for(words):
        for m in pat.finditer(low_block):
            s, e = base + m.start(), base + m.end()
            toks = tokens_in(s, e)
            if not toks:
                continue
            if any(t.i in taken for t in toks):
                continue
            term = Term(s, e, text[s:e], "idiom", phrase, neutral)
            term.skip = whose(term, toks[0], toks, quoted, reported, title)
            if term.skip is None and phrase in LEGAL_WORDS and legal_frame(toks[0], toks[-1]):
                term.skip = "legal"
            taken.update(t.i for t in toks)
            out.append(term)
    for m in (HYPHEN_RE.finditer(low_block) if "-" in low_block else ()):
        s, e = base + m.start(), base + m.end()
        toks = tokens_in(s, e)
        if not toks or any(t.i in taken for t in toks):
            continue
        term = Term(s, e, text[s:e], "idiom", "-" + m.group(1).lower(), None)
        term.skip = whose(term, toks[0], toks, quoted, reported, title)
        taken.update(t.i for t in toks)
        out.append(term)
    if lex.hyphenated is not None and ("-" in low_block or "‐" in low_block):
        for m in lex.hyphenated.finditer(low_block):
            s, e = base + m.start(), base + m.end()
            toks = tokens_in(s, e)
            hits = lex.hyphenated_entry(m.group(0))
            if not toks or not hits or any(t.i in taken for t in toks):
                continue
            head = toks[-1]  # the compound's head is its last piece: "anti-Semite", "cold-blooded"
            kind = next(iter(hits)) if len(hits) == 1 else pick_kind(head, hits)
            if kind is None or kind == "label" and label_head(head) is False:
                continue
            lo, hi = extent(head, kind)
            lo = min(lo, toks[0].i)
            start, end = base + sdoc[lo].idx, base + sdoc[hi].idx + len(sdoc[hi].text)
            term = Term(start, end, text[start:end], kind, m.group(0).lower().replace("‐", "-"), hits[kind].neutral)
            term.skip = whose(term, toks[0], toks, quoted, reported, title) or literal_sense(head, kind)
            if kind == "label":
                term.generic = is_generic(head)
            taken.update(t.i for t in toks)
            out.append(term)
    listed = lex.words
    tb = table_of(sdoc)
    alphas, texts, lows, lemmas = tb.is_alpha, tb.text, tb.lower, tb.lemma_low
    for tok in tokens_of(sdoc):
        i = tok.i
        if i in taken or not alphas[i] and "-" not in texts[i]:
            continue
        low = lows[i]
        lemma = lemmas[i]
        verb = IRREGULAR.get(low, lemma)  # verb_lemma(tok), its attributes read once
        hits = lex.lookup(low, lemma, verb) if low in listed or lemma in listed or verb in listed else {}
        if not hits and low.endswith("ly") and tb.pos[i] == "ADV":
            stem = low[:-2]
            for form in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem[:-2] if stem.endswith("al") else stem):
                if "adj" in lex.words.get(form, {}):
                    hits = {"adv": Entry("adv", None)}
                    break
        if not hits:
            continue
        kind = pick_kind(tok, hits)
        if kind is None:
            continue
        entry = hits[kind]
        span_toks = [tok]
        if kind == "label":
            head = label_head(tok)
            if head is False:
                continue  # an event or a thing ("a terrorist attack"), not a person
        lo, hi = extent(tok, kind)
        start, end = base + sdoc[lo].idx, base + sdoc[hi].idx + len(sdoc[hi].text)
        term = Term(start, end, text[start:end], kind, tok.lemma_.lower() if kind != "adv" else low,
                    entry.neutral)
        term.skip = whose(term, tok, span_toks, quoted, reported, title) or literal_sense(tok, kind)
        if term.skip is None and (term.word in LEGAL_WORDS or low in LEGAL_WORDS) and legal_frame(tok, span_toks[-1]):
            term.skip = "legal"
        if kind == "label":
            term.generic = is_generic(head if head is not None else tok)
        out.append(term)
    return out


# the opt-in encoder reads a sentence only where the default scorer reads a cued word in it at
# this or more: on licensed dev (MBIC dev, NewsSD-ENG dev) the same findings as reading every
# sentence with a cued word, at a fraction of the cost
ENCODE_FROM = 0.7


def _read(sdoc, model, cands, title: bool, tb) -> tuple[dict, dict]:
    """Each candidate's score, and the (keep, add, add in a judging position, add as an adverb
    of manner) thresholds of the weights that read it: the default scorer's, or, with the
    opt-in encoder, the encoder's in the sentences it reads (``ENCODE_FROM``)."""
    def limits_of(m):
        keep, add = m.decision(sdoc)
        return keep, add, m.judging_add(sdoc), m.manner_add(sdoc)

    encoder = model.context is not None and model.context.encoder
    base = loaded_model.scorer() if encoder else model
    scores = dict(zip((t.i for t in cands), base.score_tokens(sdoc, cands, title).tolist()))
    limits = dict.fromkeys(scores, limits_of(base))
    if encoder:
        starts = [s.start for s in sdoc.sents]
        sent = {t.i: bisect.bisect_right(starts, t.i) - 1 for t in cands}
        hot = {sent[t.i] for t in cands if scores[t.i] >= ENCODE_FROM and loaded_model.cue_at(tb, t.i, model.res)}
        read = [t for t in cands if sent[t.i] in hot]
        if read:
            own = limits_of(model)
            for t, sc in zip(read, model.score_tokens(sdoc, read, title).tolist()):
                scores[t.i] = sc
                limits[t.i] = own
    return scores, limits


MODEL_KINDS = {"ADJ": "adj", "ADV": "adv", "VERB": "verb", "NOUN": "noun"}
SCORE_ALL = False  # eval/loaded.py sets it to score every candidate word, cue or not


def _model_pass(doc: Document, block, sdoc, model, found: list[Term], quoted: Spans,
                reported: Spans, lex: Lexicon) -> list[Term]:
    """The learned scorer reads every candidate word of the block in its context. A lexicon
    hit it scores below the keep threshold is another sense ("crude oil", "monsters" in
    costume) and is set aside as ``context``; a word the lexicon lacks that it scores over
    the add threshold is a new candidate, judged for voice like any other."""
    toks = tokens_of(sdoc)
    base = block.start
    tb = table_of(sdoc)
    idx = tb.idx
    listed: set[int] = set()
    for term in found:
        listed.update(range(bisect.bisect_left(idx, term.start - base), bisect.bisect_left(idx, term.end - base)))
    # the scorer runs where a cheap cue fires: a listed hit, or a word a licensed list has
    res = model.res
    cands = [toks[i] for i, ok in enumerate(loaded_model.candidate_flags(tb))
             if ok and (SCORE_ALL or i in listed or loaded_model.cue_at(tb, i, res))]
    if not cands:
        return found
    title = title_case(sdoc)
    scores, limits = _read(sdoc, model, cands, title, tb)
    doc.extras.setdefault("loaded_scores", []).extend(
        (base + t.idx, base + t.idx + len(t), scores[t.i],
         t.i in listed or loaded_model.has_cue(t, model.res)) for t in cands)
    covered: set[int] = set()
    for term in found:
        i = bisect.bisect_left(idx, term.start - base)
        j = bisect.bisect_left(idx, term.end - base)
        covered.update(range(i, j))
        best = max((k for k in range(i, j) if k in scores), key=scores.__getitem__, default=None)
        term.score = scores[best] if best is not None else None
        if term.skip is None and term.kind != "idiom" and term.score is not None and term.score < limits[best][0]:
            term.skip = "context"
    text = doc.text
    for tok in cands:
        sc = scores[tok.i]
        judging = loaded_model.judging_position(tok)
        where = 2 if judging else 3 if loaded_model.manner_position(tok) else 1
        if sc < limits[tok.i][where] or tok.i in covered \
                or not loaded_model.has_cue(tok, model.res) or lex.words.keys() & {tok.lower_, tok.lemma_.lower()}:
            continue  # a listed word the list's own rules set aside is not added back
        if tok.pos_ == "VERB" and verb_lemma(tok) in SPEECH_ACTS:
            continue  # "criticised", "condemned": the report's account of what someone said
        if loaded_model.not_addable(tok):
            continue  # "anti-immigration groups", "stabbed": a fragment, or describes
        # a noun said of a person ("the mayor is a crook") is a label for someone
        kind = "label" if judging and tok.pos_ == "NOUN" else MODEL_KINDS[tok.pos_]
        lo, hi = extent(tok, kind)
        if any(k in covered for k in range(lo, hi + 1)):
            lo = hi = tok.i
        start, end = base + sdoc[lo].idx, base + sdoc[hi].idx + len(sdoc[hi].text)
        term = Term(start, end, text[start:end], kind, tok.lemma_.lower(), None, score=sc, source="model")
        term.skip = whose(term, tok, [tok], quoted, reported, title) or literal_sense(tok, kind)
        if term.skip is None and legal_frame(sdoc[lo], sdoc[hi], LEGAL_STEPS):
            # the charge or the finding, not the reporter's verdict: "charged with making false
            # statements", "convicted of filing a false return"
            term.skip = "legal"
        covered.update(range(lo, hi + 1))
        found.append(term)
    return found
