"""claims stage: every assertion about an entity, with its source and how firmly it is made.

One pass over the dependency parse of each sentence (headlines, bullets and captions too).
Every clause head (a finite verb, a copula, a participle with a recoverable subject, a
participial headline such as "X killed in strike") whose subject is an entity, a name or a
personal pronoun gives one ``Claim``:

- ``subject``: the entity id the entity index gives for the subject's head (pronouns and
  relative pronouns resolved through it), else None.
- ``predicate``: a fact slot (born, died, age, role, member_of, located_in, quantity,
  participated, state) where the clause clearly expresses one, else the main verb's lemma.
- ``source``: the article's own voice, or ``attributed`` when the clause is the content of a
  reporting verb ("X said (that) ...", "officials say ..."), of a passive of blame or credit
  ("is credited with", "was blamed for", "is accused of", "is alleged to"), of "according to
  X", or lies inside a quote in ``doc.quotes``.
- ``polarity`` (not, never, no longer, denied that ...), ``certainty`` (hedged: is thought
  to, reportedly, may have ...; unknown: it is not known if, it is unclear whether ...).
- ``strong``: the claim lays wrongdoing, violence or blame at its subject's door: a harm
  verb in the active voice with an agent subject, a light or complicity verb whose argument
  is a harm verb or noun ("oversaw the killing of", "helped X slaughter"), a blame frame
  ("is responsible for the deaths of", "was blamed for"), a cause frame ("resulting in the
  deaths of"), or a non-finite harm verb the subject controls ("after killing his wife").
"""
from __future__ import annotations

from ..document import Document
from ..model import Claim
from .block import _Block
from .index import _MentionIndex, _QuoteFinder
from .vocab import *  # noqa: F401,F403 - the lexicons, as copydesk.claims.NAME


def annotate(doc: Document) -> None:
    """Fill doc.claims (ids C1.. in text order)."""
    index = doc.extras.get("entity_index") or _MentionIndex.build(doc.entities)
    quotes = _QuoteFinder(doc.quotes, index)
    found: list[tuple[int, int, Claim]] = []
    for block, sdoc in zip(doc.blocks, doc.docs):
        _Block(doc, block, sdoc, index, quotes, found).run()
    found.sort(key=lambda t: (t[0], t[1]))
    claims = []
    for n, (_, _, claim) in enumerate(found, 1):
        claim.id = f"C{n}"
        claims.append(claim)
    doc.claims = claims
