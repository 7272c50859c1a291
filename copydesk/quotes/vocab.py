"""The words the quotes stage reads speech by: reporting verbs, speakers, media and outlets.

The open-class lists are data (``copydesk/data/speech_en.txt``, with its licence note): which
verbs report speech (REPORTING) or only go with a quotation (QUOTE_ONLY), which name the thing
said or the one spoken to, which nouns are a medium or an outlet, the platforms, and which
paragraph labels are not a speaker's tag. The closed classes stay here: pronouns, words that
name nobody, light verbs.
"""

from __future__ import annotations

from ..vocab import sections, words

_SPEECH = "speech_en.txt"  # reporting verbs, media and outlet nouns, platforms (MIT)
# Labels that open a paragraph but name no speaker.
_NOT_SPEAKER_TAGS = words(_SPEECH, "not_speaker_tags")


REPORTING = words(_SPEECH, "reporting_verbs")
# Speech verbs that go with a quotation but never carry a reported clause of their own.
QUOTE_ONLY = words(_SPEECH, "quote_only_verbs")
# Verbs whose object says what was said about someone: "called it “a disaster”".
_NAMING = words(_SPEECH, "naming_verbs")
# Verbs whose noun object can be what was said: "denied the report", "confirmed the deal".
_OBJECT_CONTENT = words(_SPEECH, "object_content_verbs")
_COGNITION = words(_SPEECH, "cognition_verbs")
# Nouns for something said whose possessor is its speaker: "Ames's warning that ...".
_SPEECH_NOUNS = words(_SPEECH, "speech_nouns")
# Verbs whose object is the one spoken to: "told the host", "asked reporters".
_HEARER = words(_SPEECH, "hearer_verbs")
PRONOUNS = frozenset("he she they it we i you who that which this these those him her them".split())
_INDEFINITE = frozenset("a an one another some several many two three four five few various other "
                        "multiple numerous".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"})
_MEDIA_NOUNS = words(_SPEECH, "media_nouns")
_OUTLET_NOUNS = words(_SPEECH, "outlet_nouns")
_PLATFORM = {"tweet": "Twitter", "tweets": "Twitter", "retweet": "Twitter"}
# Platforms a statement is posted on: "said on Twitter", "wrote on Facebook".
_PLATFORMS = {p.lower(): p for p in sections(_SPEECH)["platforms"]}
_NOT_SPEAKERS = frozenset("it this that there which what something nothing everything".split())
_LIGHT_VERBS = frozenset("be have become seem remain appear get do".split())
