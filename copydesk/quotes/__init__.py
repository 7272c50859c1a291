"""quotes stage: who said what.

Fills ``doc.quotes`` with every quotation in the article, direct, indirect or mixed, with
its speaker, its cue and, where the text says so, the medium. Runs after the entities stage
(its index resolves "he" and "the general") and before claims.

How it works
------------

1. **Quote marks** (``scan_marks``). Every straight or curly, single or double mark in each
   block is classified from its neighbours: an apostrophe (a mark between two letters:
   don't, Iran's, even a misdirected ``Iran‘s``; a dropped figure or letter: ’80s, 'em,
   rock ’n’ roll), an opening mark (after a space, a bracket or a dash, before a word), a
   closing mark (after punctuation), or an ambiguous one (after a letter, before a space:
   ``James’ book`` or ``‘hijab’ rules``). Marks are paired with a stack, so a quote inside
   a quote gets its own span and a parent; an ambiguous mark closes an open single quote
   only when no later mark in the paragraph would. An opening mark still open at the end
   of a paragraph continues in the next paragraph when that paragraph opens with a mark of
   the same kind (the news convention for a quotation over several paragraphs); otherwise
   it is left unclosed. What does not balance is kept in ``doc.extras["quote_marks"]``
   for CD701.

2. **Attribution frames** (``_frames``), from the dependency parse: a reporting verb (say,
   tell, add, warn, deny, write, tweet, ...; spaCy lemmas) with its subject as the speaker
   and its clausal complement (``ccomp``, with "that") as the content; a reporting verb
   standing inside the clause it reports (``parataxis``: "The plan, officials said, was
   dropped"), whose content is the rest of that clause; and "according to X". "believe"
   and "think" report a belief, not speech; they are kept (``cognition=True``) because on
   the PolNeAR dev and train samples they add recall on attributed beliefs without costing
   precision on quotations or reported speech.

3. **Direct quotes** are attached to a frame: one whose content overlaps the quotation, or
   a cue with no content of its own in the quotation's sentence, before it ("He said:") or
   after it (", he said."). Failing that: a colon before the quotation ("X made this
   point: ..."; a "He said:" paragraph), a dash after it ("― Name"), a transcript label
   ("SMITH: ..."), a sentence right after it that is only an attribution ("said X."), the
   verb that governs a quoted phrase ("She called the plan “a disaster”"), or, for a
   paragraph that is all quotation right after another quoted paragraph, that paragraph's
   speaker. When the frame's content has words of its own around the quotation ("He said
   the firm had “failed”") the two become one *mixed* quote. A quotation broken by its
   attribution ("'A,' he said. 'B.'") is one Quote with two ``parts``. A short quotation
   nobody is said to have said (a scare quote, a title) is not a quote.

4. **Indirect quotes**: every frame left over whose content is a clause of its own.

5. **Speakers**: the subject noun phrase as written (``speaker.start/end``: "he", "a senior
   Iraqi official", "Kenneth Pollack"), resolved through the entity index when the entities
   stage left one in ``doc.extras["entity_index"]``; indefinite or plural descriptions ("a
   senior official", "US officials", "sources") stay unnamed. "I, Y" inside a nested
   quotation names its speaker. First-person pronouns inside a quotation are added to the
   index as mentions of its speaker.

6. **Medium**: a prepositional phrase or dative on the cue verb naming an organisation
   (NER) or a medium noun: "told the BBC", "in a profile for Time", "in an interview aired
   on Iranian state television", "in a statement", "on Twitter".

The modules, in the order the text passes through them
-------------------------------------------------------

- ``marks``: what each quote mark is (``classify_mark``, ``Mark``, ``RawQuote``).
- ``pairing``: marks paired into quotations over paragraphs (``scan_marks``, CD701's problems).
- ``text``: token lookup with article offsets; word counts and titles.
- ``vocab``: the word lists (reporting verbs, media, outlets, words that name nobody).
- ``frames``: attribution frames from the parse (step 2).
- ``attribution``: what attributes one quotation (step 3), a mixin of the builder.
- ``speakers``: speaker, cue and medium of a frame (steps 5 and 6), a mixin of the builder.
- ``builder``: direct, mixed, nested, indirect quotes and transcript turns (steps 3 and 4).
- ``stage``: ``annotate`` and the readers of what it leaves in ``doc.extras``.
"""

from __future__ import annotations

from .frames import Attr, Frame
from .marks import (
           ALL_MARKS,
           DOUBLE_MARKS,
           SINGLE_MARKS,
           TRIPLE,
           Mark,
           MarkProblem,
           RawQuote,
           classify_mark,
)
from .pairing import scan_marks
from .stage import annotate, in_transcript, mark_problems, quoted_parts
from .vocab import PRONOUNS, QUOTE_ONLY, REPORTING

__all__ = ["ALL_MARKS", "DOUBLE_MARKS", "PRONOUNS", "QUOTE_ONLY", "REPORTING", "SINGLE_MARKS", "TRIPLE", "Attr",
           "Frame", "Mark", "MarkProblem", "RawQuote", "annotate", "classify_mark", "in_transcript",
           "mark_problems", "quoted_parts", "scan_marks"]
