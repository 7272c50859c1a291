"""The words the quotes stage reads speech by: reporting verbs, speakers, media and outlets.

Word lists, not logic: which verbs report speech (REPORTING) or only go with a quotation
(QUOTE_ONLY), which name the thing said or the one spoken to, which words name nobody, which
nouns are a medium or an outlet, and which paragraph labels are not a speaker's tag.
"""

from __future__ import annotations

# Labels that open a paragraph but name no speaker.
_NOT_SPEAKER_TAGS = frozenset({"image", "images", "photo", "photos", "picture", "video", "note", "notes",
                               "update", "updated", "source", "sources", "correction", "clarification",
                               "credit", "credits", "caption", "editor's note", "editor’s note", "see also",
                               "read more", "related", "watch", "listen", "warning", "disclaimer"})


REPORTING = frozenset("""
say tell add claim deny warn insist accuse recount report write announce argue state note explain
confirm suggest predict acknowledge allege admit assert declare stress emphasize emphasise maintain
contend reveal recall respond reply testify concede caution complain charge tweet observe remark
comment point indicate promise pledge vow conclude disclose assure boast brag mention reiterate
inform notify counter retort proclaim confess speculate hint imply posit ask estimate find show cite
blog post describe call dub label brand term characterize characterise question urge
""".split())
# Speech verbs that go with a quotation but never carry a reported clause of their own.
QUOTE_ONLY = frozenset("""
continue sing chant read demand wonder plead beg muse sigh laugh snap fume gush interject interrupt
scream shout yell cry whisper exclaim concur joke quip quote rant thunder
""".split())
# Verbs whose object says what was said about someone: "called it “a disaster”".
_NAMING = frozenset("call describe dub label brand term characterize characterise".split())
# Verbs whose noun object can be what was said: "denied the report", "confirmed the deal".
_OBJECT_CONTENT = frozenset("deny confirm announce acknowledge admit allege claim predict reveal "
                            "report disclose promise pledge vow cite mention question urge".split())
_COGNITION = frozenset("believe think".split())
# Verbs whose object is the one spoken to: "told the host", "asked reporters".
_HEARER = frozenset("tell ask remind assure inform warn urge promise reassure advise notify".split())
PRONOUNS = frozenset("he she they it we i you who that which this these those him her them".split())
_INDEFINITE = frozenset("a an one another some several many two three four five few various other "
                        "multiple numerous".split())
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT"})
_MEDIA_NOUNS = frozenset("""
interview statement profile tweet post op-ed oped column article letter speech email e-mail video
podcast broadcast appearance briefing conference memo essay editorial blog television tv radio
newspaper magazine show program programme documentary network channel station website site
message release announcement book commentary newsletter livestream
""".split())
_OUTLET_NOUNS = frozenset("television tv radio newspaper magazine network channel station website "
                          "broadcaster outlet agency".split())
_PLATFORM = {"tweet": "Twitter", "tweets": "Twitter", "retweet": "Twitter"}
# Platforms a statement is posted on: "said on Twitter", "wrote on Facebook".
_PLATFORMS = {p.lower(): p for p in "Twitter Facebook Instagram YouTube TikTok LinkedIn Reddit Telegram "
              "WhatsApp Snapchat Threads Bluesky Mastodon Weibo WeChat".split()}
_NOT_SPEAKERS = frozenset("it this that there which what something nothing everything".split())
_LIGHT_VERBS = frozenset("be have become seem remain appear get do".split())
