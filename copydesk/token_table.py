"""One table of token attributes per parsed block, shared by the stages that walk every token.

spaCy's ``Token.lower_``, ``.pos_``, ``.dep_``... look the value up in the string store on
every access (250-500 ns each), and the analysis after the parse reads the same few
attributes of every token in a dozen stages. The table reads each column once per Doc from
``Doc.to_array`` and turns its hashes into strings through one dictionary for the process
(a hash names the same string in every string store), so a stage's read is a list index.
All columns are made together on the first read of any.

    tb = table_of(sdoc)
    tb.lower[i], tb.pos[i], tb.head[i]   # == sdoc[i].lower_, .pos_, .head.i
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "copydesk.table"
_STRINGS: dict[int, str] = {}  # hash (or symbol id) -> string, for every string store
_LOWER: dict[str, str] = {}  # str.lower, remembered for the lemma column
_POS: dict[int, str] = {}

# the columns and the spaCy attribute each is read from, in the order of one to_array call
_HASHED = {"text": "ORTH", "lower": "LOWER", "lemma": "LEMMA", "tag": "TAG", "dep": "DEP",
           "ent_type": "ENT_TYPE"}
_PLAIN = {"pos": "POS", "idx": "IDX", "head": "HEAD"}
_FLAGS = {"is_punct": "IS_PUNCT", "is_space": "IS_SPACE", "is_alpha": "IS_ALPHA",
          "like_num": "LIKE_NUM", "is_stop": "IS_STOP"}
_ATTRS = [*_HASHED.values(), *_PLAIN.values(), *_FLAGS.values()]
_NAMES = frozenset([*_HASHED, *_PLAIN, *_FLAGS, "lemma_low"])


class TokenTable:
    """Columns (lists indexed by token position) of one Doc; see the module's docstring.

    text, lower, lemma, tag, dep, ent_type: the strings of ``Token.text``, ``.lower_``,
    ``.lemma_``, ``.tag_``, ``.dep_``, ``.ent_type_``; lemma_low: ``.lemma_.lower()``;
    pos: ``.pos_``; head: ``.head.i``; idx: ``.idx``; is_punct, is_space, is_alpha, like_num,
    is_stop: the flags."""

    def __init__(self, sdoc: "Doc"):
        self.doc = sdoc
        self.n = len(sdoc)

    def __len__(self) -> int:
        return self.n

    def __getattr__(self, name: str):  # only before the columns are made
        if name not in _NAMES:
            raise AttributeError(name)
        _fill(self)
        return self.__dict__[name]


def _fill(tb: TokenTable) -> None:
    """Every column at once: the stages read all of them for every block, and one to_array
    call for all the attributes costs about what two calls of one attribute each cost."""
    if not tb.n:
        for name in _NAMES:
            setattr(tb, name, [])
        return
    arr = tb.doc.to_array(_ATTRS)
    cols = arr[:, :len(_HASHED) + 2].T.tolist()
    for name, col in zip(_HASHED, cols):
        setattr(tb, name, _strings(tb.doc, col))
    tb.pos = _pos(cols[len(_HASHED)])
    tb.idx = cols[len(_HASHED) + 1]
    offsets = arr[:, len(_HASHED) + 2].astype("int64").tolist()  # a head before the token: negative
    tb.head = [i + off for i, off in enumerate(offsets)]
    for name, col in zip(_FLAGS, arr[:, len(_HASHED) + 3:].astype(bool).T.tolist()):
        setattr(tb, name, col)
    tb.lemma_low = _lemma_low(tb.lemma)


def _strings(sdoc: "Doc", col: list[int]) -> list[str]:
    try:
        return list(map(_STRINGS.__getitem__, col))
    except KeyError:
        store = sdoc.vocab.strings
        for h in col:
            if h not in _STRINGS:
                _STRINGS[h] = store[h]
        return list(map(_STRINGS.__getitem__, col))


def _lemma_low(lemmas: list[str]) -> list[str]:
    try:
        return list(map(_LOWER.__getitem__, lemmas))
    except KeyError:
        for s in lemmas:
            if s not in _LOWER:
                _LOWER[s] = s.lower()
        return list(map(_LOWER.__getitem__, lemmas))


def _pos(col: list[int]) -> list[str]:
    if not _POS:
        from spacy import parts_of_speech

        _POS.update((int(k), v) for k, v in parts_of_speech.NAMES.items())
    return list(map(_POS.__getitem__, col))


def table_of(sdoc: "Doc") -> TokenTable:
    """The Doc's table, made once (and dropped by ``nlp.release`` with the other per-Doc lists)."""
    table = sdoc.user_data.get(_KEY)
    if table is None or table.n != len(sdoc):
        table = sdoc.user_data[_KEY] = TokenTable(sdoc)
    return table


def release(sdoc: "Doc") -> None:
    sdoc.user_data.pop(_KEY, None)
