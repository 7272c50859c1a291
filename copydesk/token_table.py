"""One table of token attributes per parsed block, shared by the stages that walk every token.

spaCy's ``Token.lower_``, ``.pos_``, ``.dep_``... look the value up in the string store on
every access (250-500 ns each), and the analysis after the parse reads the same few
attributes of every token in a dozen stages. The table reads each column once per Doc from
``Doc.to_array`` and turns its hashes into strings through one dictionary for the process
(a hash names the same string in every string store), so a stage's read is a list index.
Columns are made on first use: a stage that reads two of them pays for two.

    tb = table_of(sdoc)
    tb.lower[i], tb.pos[i], tb.head[i]   # == sdoc[i].lower_, .pos_, .head.i
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "copydesk.table"
_STRINGS: dict[int, str] = {}  # hash (or symbol id) -> string, for every string store
_LOWER: dict[str, str] = {}  # str.lower, remembered for the lemma column
_POS: dict[int, str] = {}

# column -> (spaCy attribute, how its values become the column)
_HASHED = {"text": "ORTH", "lower": "LOWER", "lemma": "LEMMA", "tag": "TAG", "dep": "DEP",
           "ent_type": "ENT_TYPE"}
_FLAGS = {"is_punct": "IS_PUNCT", "is_space": "IS_SPACE", "is_alpha": "IS_ALPHA",
          "like_num": "LIKE_NUM", "is_stop": "IS_STOP"}


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

    def __getattr__(self, name: str):  # only for a column not made yet
        make = _COLUMNS.get(name)
        if make is None:
            raise AttributeError(name)
        value = make(self.doc) if self.n else []
        setattr(self, name, value)
        return value


def _column(sdoc: "Doc", attr: str) -> list[int]:
    return sdoc.to_array(attr).tolist()


def _strings(sdoc: "Doc", attr: str) -> list[str]:
    col = _column(sdoc, attr)
    try:
        return list(map(_STRINGS.__getitem__, col))
    except KeyError:
        store = sdoc.vocab.strings
        for h in col:
            if h not in _STRINGS:
                _STRINGS[h] = store[h]
        return list(map(_STRINGS.__getitem__, col))


def _lemma_low(sdoc: "Doc") -> list[str]:
    lemmas = table_of(sdoc).lemma
    try:
        return list(map(_LOWER.__getitem__, lemmas))
    except KeyError:
        for s in lemmas:
            if s not in _LOWER:
                _LOWER[s] = s.lower()
        return list(map(_LOWER.__getitem__, lemmas))


def _pos(sdoc: "Doc") -> list[str]:
    if not _POS:
        from spacy import parts_of_speech

        _POS.update((int(k), v) for k, v in parts_of_speech.NAMES.items())
    return list(map(_POS.__getitem__, _column(sdoc, "POS")))


def _head(sdoc: "Doc") -> list[int]:
    offsets = sdoc.to_array("HEAD").astype("int64").tolist()
    return [i + off for i, off in enumerate(offsets)]


_COLUMNS: dict[str, Callable[["Doc"], list]] = {
    **{name: (lambda d, _a=attr: _strings(d, _a)) for name, attr in _HASHED.items()},
    **{name: (lambda d, _a=attr: [bool(x) for x in _column(d, _a)]) for name, attr in _FLAGS.items()},
    "lemma_low": _lemma_low,
    "pos": _pos,
    "head": _head,
    "idx": lambda d: _column(d, "IDX"),
}


def table_of(sdoc: "Doc") -> TokenTable:
    """The Doc's table, made once (and dropped by ``nlp.release`` with the other per-Doc lists)."""
    table = sdoc.user_data.get(_KEY)
    if table is None or table.n != len(sdoc):
        table = sdoc.user_data[_KEY] = TokenTable(sdoc)
    return table


def release(sdoc: "Doc") -> None:
    sdoc.user_data.pop(_KEY, None)
