"""What copydesk refuses to read, each with a one-line reason: files over the size limit,
binary data, text in an unknown encoding, and articles not in English."""

from __future__ import annotations

import codecs
import re
import threading

from ..errors import ConfigError, InputError, TooLarge


_MAGIC = [
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive, e.g. a .docx file"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Office document"),
    (b"BZh", None),  # checked further below: only with the rest of the bzip2 header
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
]
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL_OK = {9, 10, 11, 12, 13, 27}


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} KB"
    return f"{n} bytes" if n != 1 else "1 byte"


def _too_big(what: str, size: int | None, limit: int) -> TooLarge:
    """``size`` None: read up to the limit and found more (a pipe), so the size is not known."""
    cap = _size(limit) if limit >= 1_000 else f"{limit}-byte"
    if size is None:
        return TooLarge(f"{what} is over the {cap} limit; raise it with --max-bytes")
    have = _size(size)
    if have == cap:  # 5.0 MB over a 5.0 MB limit reads oddly: show the bytes
        have, cap = f"{size:,} bytes", f"{limit:,}-byte"
    return TooLarge(f"{what} is {have}, over the {cap} limit; raise it with --max-bytes")


def _check_max_bytes(max_bytes: int) -> None:
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes <= 0:
        raise ConfigError(f"max-bytes must be a positive integer, not {max_bytes!r}")


def _bom(data: bytes) -> tuple[str | None, int]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None, 0


def _check_binary(data: bytes, encoding: str | None) -> None:
    """Refuse data that is clearly not text: known file signatures, NUL bytes, control codes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind is None:
                if data[3:4].isdigit() and data[4:10] in (b"1AY&SY", b"\x17rE8P\x90"):
                    raise InputError("binary data (a bzip2 file), not an article")
                continue
            raise InputError(f"binary data ({kind}), not an article")
    wide = _bom(data)[0] in ("utf-16", "utf-32") or (
        encoding is not None and codecs.lookup(encoding).name.startswith(("utf-16", "utf-32")))
    if wide:
        return
    head = data[:8192]
    if b"\x00" in head:
        raise InputError("binary data (it contains NUL bytes), not an article; "
                         "if it is UTF-16 text, name it with --encoding utf-16")
    if head:
        controls = sum(1 for b in head if b < 32 and b not in _CONTROL_OK) + head.count(0x7F)
        if controls / len(head) > 0.10:
            raise InputError("binary data (many control characters), not an article")


def _codec(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        raise InputError(
            f"unknown encoding {_one_line(encoding)!r}; name a Python codec such as utf-8, cp1252, "
            "latin-1 or utf-16") from None


def _decode_text(data: bytes, encoding: str | None) -> str:
    """Decode a text file strictly: UTF-8 (a BOM is dropped) unless told otherwise."""
    if encoding is not None:
        name = _codec(encoding)
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"invalid {_one_line(encoding)} at byte {exc.start} (0x{data[exc.start:exc.start + 1].hex()}); "
                "check the --encoding you named") from None
        except Exception as exc:  # a codec that does not decode bytes to text (e.g. 'rot13')
            raise InputError(f"cannot decode the input as {_one_line(encoding)}: {_one_line(exc)}") from None
        if not isinstance(text, str):
            raise InputError(f"cannot decode the input as {_one_line(encoding)}: not a text encoding")
        return _strip_bom(text)
    bom_name, skip = _bom(data)
    if bom_name in ("utf-16", "utf-32"):
        label = bom_name.upper()
        try:
            return _strip_bom(data.decode(bom_name))  # the codec reads and drops the BOM
        except UnicodeDecodeError as exc:
            raise InputError(f"invalid {label} at byte {exc.start}; the file starts with a {label} "
                             "byte-order mark but does not decode as " + label) from None
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        pos = exc.start + skip
        raise InputError(
            f"invalid UTF-8 at byte {pos} (0x{data[pos:pos + 1].hex()}); if the file uses another "
            "encoding, name it with --encoding, e.g. --encoding cp1252") from None


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode_html(data: bytes, encoding: str | None) -> str:
    """Decode a web page leniently: a named or declared encoding, else UTF-8, else a guess."""
    if encoding is not None:
        return _decode_text(data, encoding)
    bom_name, skip = _bom(data)
    if bom_name is not None:
        return _strip_bom(data[skip:].decode("utf-8", errors="replace") if bom_name == "utf-8"
                          else data.decode(bom_name, errors="replace"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(codecs.lookup(declared.group(1).decode("ascii")).name, errors="replace")
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    return data.decode("cp1252", errors="replace")


_LANG_NAMES = {
    "af": "Afrikaans", "ar": "Arabic", "az": "Azerbaijani", "bg": "Bulgarian", "bn": "Bengali",
    "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek",
    "es": "Spanish", "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish",
    "fr": "French", "ga": "Irish", "gl": "Galician", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "is": "Icelandic", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay",
    "nb": "Norwegian", "nl": "Dutch", "nn": "Norwegian", "no": "Norwegian", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu",
    "vi": "Vietnamese", "zh": "Chinese",
}
_LANG_SAMPLE = 5000
_LANG_MIN_PROB = 0.9
_LANG_MIN_WORDS = 15
_LANG_MIN_LETTERS = 100  # for scripts written without spaces
# English function words: in English prose they are a third or more of the words, in other
# languages a few percent, so a high share settles the question without loading the model.
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was that for on with as by at he it said from his her has have are were "
    "be an which who after but not this their they its had been will would or she we".split())
_ENGLISH_SURE_SHARE = 0.22
_identifier = None
_identifier_lock = threading.Lock()


def _language_identifier():
    global _identifier
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                # py3langid 0.3+ names the loader from_model_file (older: from_pickled_model)
                loader = getattr(LanguageIdentifier, "from_model_file", None) or \
                    getattr(LanguageIdentifier, "from_pickled_model")
                _identifier = loader(MODEL_FILE, norm_probs=True)
    return _identifier


def _check_language(text: str) -> None:
    """Refuse text that is confidently not English; short or name-heavy English passes."""
    sample = text[:_LANG_SAMPLE]
    words = len(re.findall(r"[^\W\d_]{2,}", sample))
    letters = sum(1 for ch in sample if ch.isalpha())
    unspaced = letters >= _LANG_MIN_LETTERS and letters > 12 * max(words, 1)  # Chinese, Japanese, Thai
    if words < _LANG_MIN_WORDS and not unspaced:
        return  # too little to judge: short English must pass
    tokens = re.findall(r"[^\W\d_]+", sample.lower())
    if tokens and sum(t in _ENGLISH_FUNCTION_WORDS for t in tokens) / len(tokens) >= _ENGLISH_SURE_SHARE:
        return
    lang, prob = _language_identifier().classify(sample)
    if lang != "en" and prob >= _LANG_MIN_PROB:
        name = _LANG_NAMES.get(lang, lang)
        raise InputError(f"the article looks like {name} ({lang}), not English; copydesk checks English news")
