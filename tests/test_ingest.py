"""copydesk.ingest: reading text and HTML, refusals, dates. All texts here are written for
these tests; no spaCy needed."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from copydesk.errors import ConfigError, InputError
from copydesk.ingest import find_dateline, load, load_bytes, parse_published

ENGLISH = (
    "The city council voted on Thursday to close the old river bridge for repairs, a decision "
    "that will divert traffic for most of the spring. Engineers said the steel supports had "
    "corroded faster than expected."
)

# Written for these tests: a German and a French news paragraph.
GERMAN = (
    "Der Stadtrat hat am Donnerstag beschlossen, die alte Brücke über den Fluss für Reparaturen "
    "zu sperren. Die Ingenieure erklärten, die Stahlträger seien schneller verrostet als erwartet, "
    "und der Verkehr werde bis zum Frühjahr umgeleitet."
)
FRENCH = (
    "Le conseil municipal a décidé jeudi de fermer le vieux pont sur la rivière pour des travaux. "
    "Selon les ingénieurs, les poutres en acier se sont corrodées plus vite que prévu, et la "
    "circulation sera déviée jusqu'au printemps."
)
# English, but dense with Arabic, Persian and Spanish names.
ENGLISH_NAMES = (
    "Qassem Soleimani met Abu Mahdi al-Muhandis, Hadi al-Amiri and Qais al-Khazali in Baghdad "
    "before flying to Tehran, where Ayatollah Ali Khamenei, Hassan Rouhani and Mohammad Javad "
    "Zarif were waiting. In Madrid, José Luis Rodríguez Zapatero and María Jesús Montero said "
    "that Juan Carlos García would not attend."
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council Votes to Close River Bridge | The Riverside Post</title>
<meta property="article:published_time" content="2020-01-03T09:30:00Z">
<meta name="description" content="Repairs will take most of the spring.">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Council Votes to Close River Bridge</h1>
<p class="byline">By Ann Writer</p>
<p>The city council voted on Thursday to close the old river bridge for repairs, a decision that
will divert traffic across town for most of the spring.</p>
<figure><img src="/img/bridge.jpg" alt="The bridge"><figcaption>The old river bridge, built in
1911, carries 20,000 cars a day.</figcaption></figure>
<p>Engineers told the council that the steel supports had corroded faster than expected and that
the deck could no longer carry heavy lorries safely.</p>
<p>"We have no choice," said the mayor, Ann Lee. "Safety comes first, and the repairs cannot wait
another winter."</p>
</article></main>
<footer><p>Copyright 2020 The Riverside Post. All rights reserved.</p></footer>
</body></html>
"""


def one_line(exc: pytest.ExceptionInfo) -> str:
    msg = str(exc.value)
    assert "\n" not in msg and "\r" not in msg
    return msg


# --- plain text: kept exactly as read ---------------------------------------------------------


def test_text_is_kept_exactly_from_str():
    text = "Headline\r\n\r\n\u201cQuoted,\u201d she said.  Two  spaces.\rLone CR\tand a tab.  \n"
    article = load(text + ENGLISH)
    assert article.text == text + ENGLISH
    assert article.source == "-"
    assert article.language == "en"
    assert article.blocks == []


def test_text_is_kept_exactly_from_file(tmp_path):
    text = "Headline\r\n\r\n\u2018Single\u2019 and \u201cdouble\u201d quotes,  double  spaces.\r\n" + ENGLISH
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    article = load(path)
    assert article.text == text
    assert article.source == str(path)
    assert load_bytes(text.encode("utf-8")).text == text


def test_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8"))
    assert load(path).text == ENGLISH
    assert load("\ufeff" + ENGLISH).text == ENGLISH
    assert load_bytes(b"\xef\xbb\xbf" + ENGLISH.encode("utf-8")).text == ENGLISH


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    assert load(path).text == ENGLISH


def test_invalid_utf8_names_the_byte(tmp_path):
    data = ("Caf" + "\u00e9").encode("cp1252") + b" society. " + ENGLISH.encode("ascii")
    path = tmp_path / "latin.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as exc:
        load(path)
    msg = one_line(exc)
    assert "invalid UTF-8 at byte 3 (0xe9)" in msg
    assert "--encoding" in msg


def test_invalid_utf8_offset_counts_the_bom():
    data = b"\xef\xbb\xbf" + b"abc \xff" + ENGLISH.encode("ascii")
    with pytest.raises(InputError) as exc:
        load_bytes(data)
    assert "at byte 7 (0xff)" in one_line(exc)


def test_encoding_cp1252(tmp_path):
    text = "The caf\u00e9\u2019s owner said \u201cno\u201d. " + ENGLISH
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    assert load(path, encoding="cp1252").text == text
    assert load_bytes(text.encode("cp1252"), encoding="cp1252").text == text


def test_unknown_encoding(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        load(path, encoding="no-such-codec")
    assert "no-such-codec" in one_line(exc)


# --- refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
])
def test_binary_refused_by_kind(tmp_path, data, kind):
    path = tmp_path / "upload.txt"
    path.write_bytes(data + bytes(range(256)))
    with pytest.raises(InputError) as exc:
        load(path)
    msg = one_line(exc)
    assert msg.startswith("binary data (") and kind in msg and msg.endswith("not an article")
    with pytest.raises(InputError):
        load_bytes(data)


def test_binary_refused_nul_and_control_bytes():
    with pytest.raises(InputError) as exc:
        load_bytes(b"Some text\x00with a NUL byte in it " * 4)
    assert "binary data" in one_line(exc)
    with pytest.raises(InputError) as exc:
        load_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 50 + b"text")
    assert "binary data" in one_line(exc)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \r\n", "\ufeff  \n"])
def test_empty_refused(tmp_path, text):
    with pytest.raises(InputError) as exc:
        load(text)
    assert one_line(exc) == "the article is empty"
    path = tmp_path / "empty.txt"
    path.write_bytes(text.encode("utf-8"))
    with pytest.raises(InputError, match="the article is empty"):
        load(path)
    with pytest.raises(InputError, match="the article is empty"):
        load_bytes(text.encode("utf-8"))


def test_over_max_bytes_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    # invalid UTF-8 too: the size is what must be reported, so the file is never decoded
    path.write_bytes(b"\xff" + b"x" * 6_200_000)
    with pytest.raises(InputError) as exc:
        load(path)
    assert one_line(exc) == "file is 6.2 MB, over the 5.0 MB limit; raise it with --max-bytes"
    assert load(_small(tmp_path), max_bytes=10_000).text == ENGLISH


def _small(tmp_path: Path) -> Path:
    path = tmp_path / "small.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


def test_over_max_bytes_str_and_bytes():
    with pytest.raises(InputError) as exc:
        load(ENGLISH, max_bytes=100)
    assert one_line(exc) == f"the article is {len(ENGLISH)} bytes, over the 100-byte limit; raise it with --max-bytes"
    with pytest.raises(InputError, match="--max-bytes"):
        load_bytes(ENGLISH.encode("utf-8"), max_bytes=100)
    # stdin read up to the limit + 1 byte: over, size unknown
    with pytest.raises(InputError) as exc:
        load_bytes(b"x" * 5_000_001)
    assert one_line(exc) == "the input is over the 5.0 MB limit; raise it with --max-bytes"
    # the encoded length counts, not the number of characters
    with pytest.raises(InputError):
        load("\u00e9" * 60 + " " + "word " * 3, max_bytes=100)


def test_missing_path_and_directory(tmp_path):
    with pytest.raises(InputError) as exc:
        load(tmp_path / "x.txt")
    assert one_line(exc) == f"no such file: {tmp_path / 'x.txt'}"
    with pytest.raises(InputError) as exc:
        load(tmp_path)
    assert "is a directory" in one_line(exc)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path):
    path = _small(tmp_path)
    path.chmod(0)
    try:
        with pytest.raises(InputError) as exc:
            load(path)
        assert "permission denied" in one_line(exc)
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("text, name, code", [(GERMAN, "German", "de"), (FRENCH, "French", "fr")])
def test_non_english_refused(text, name, code):
    with pytest.raises(InputError) as exc:
        load(text)
    assert one_line(exc) == f"the article looks like {name} ({code}), not English; copydesk checks English news"


@pytest.mark.parametrize("text", [
    ENGLISH_NAMES,
    "Shares rose 3% on Tuesday.",
    "Zapatero habló.",  # too short to judge
    "Ali Khamenei, Hassan Rouhani, Javad Zarif, Ebrahim Raisi and Mohammad Bagher Ghalibaf met on Sunday.",
])
def test_english_and_short_texts_pass(text):
    article = load(text)
    assert article.language == "en"
    assert article.text == text


# --- HTML ------------------------------------------------------------------------------------


def test_html_page(tmp_path):
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    article = load(path)
    title = "Council Votes to Close River Bridge"
    assert article.title == title
    assert article.text == (
        f"{title}\n\n"
        "The city council voted on Thursday to close the old river bridge for repairs, a decision "
        "that will divert traffic across town for most of the spring.\n\n"
        "The old river bridge, built in 1911, carries 20,000 cars a day.\n\n"
        "Engineers told the council that the steel supports had corroded faster than expected and "
        "that the deck could no longer carry heavy lorries safely.\n\n"
        "\"We have no choice,\" said the mayor, Ann Lee. \"Safety comes first, and the repairs "
        "cannot wait another winter.\""
    )
    assert article.published == datetime.date(2020, 1, 3)
    assert article.published_from == "html-meta"
    assert article.description == "Repairs will take most of the spring."
    assert article.source == str(path)
    assert "Copyright" not in article.text and "Home" not in article.text
    assert article.blocks == []


def test_html_sniffed_from_str_bytes_and_other_extensions(tmp_path):
    expected = load(PAGE).text
    assert expected.startswith("Council Votes to Close River Bridge\n\n")
    assert load("\ufeff  \n" + PAGE).text == expected
    assert load_bytes(PAGE.encode("utf-8")).text == expected
    path = tmp_path / "page.download"
    path.write_text(PAGE, encoding="utf-8")
    assert load(path).text == expected
    # a .txt file is text, whatever it holds
    txt = tmp_path / "page.txt"
    txt.write_text(PAGE, encoding="utf-8")
    assert load(txt).text == PAGE


def test_html_without_body_refused():
    page = ("<!DOCTYPE html><html><head><title>Nothing here</title></head><body>"
            "<nav><a href='/'>Home</a></nav><footer>Contact</footer></body></html>")
    with pytest.raises(InputError) as exc:
        load(page)
    assert one_line(exc) == "no article text found in the HTML"
    with pytest.raises(InputError, match="no article text"):
        load_bytes(b"<html></html>", html=True)


@pytest.mark.parametrize("page", [
    "<html><body><p>An unclosed paragraph <b>with bold <i>and italics <div><p>" + ENGLISH,
    "<!DOCTYPE html><html><body><table><tr><td>" + ENGLISH + "<td><p>cell</table></table></body>",
    "<html>" + "<div>" * 3000 + ENGLISH,
    "<!doctype html><html><head><title>x</title><body><p>" + ENGLISH + "</p></html></html></body><p>",
    "<html><body><p>" + ENGLISH + "<!-- unterminated comment",
    "<html>\x00\x01\x02</html>",
    "<!DOCTYPE html>",
])
def test_malformed_html_never_tracebacks(page):
    try:
        article = load(page)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert article.text.strip()


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("line, expected", [
    ("Monday, July 8, 2019", datetime.date(2019, 7, 8)),
    ("January 3, 2020", datetime.date(2020, 1, 3)),
    ("3 January 2020", datetime.date(2020, 1, 3)),
    ("Jan. 3, 2020", datetime.date(2020, 1, 3)),
    ("Published: 3 Jan 2020", datetime.date(2020, 1, 3)),
    ("2020-01-03", datetime.date(2020, 1, 3)),
    ("LONDON, Jan 3, 2020 (Reuters) - Britain said on Friday it would send two warships to the Gulf.",
     datetime.date(2020, 1, 3)),
    ("Updated 14:02 GMT, 3 January 2020", datetime.date(2020, 1, 3)),
    ("By Jane Smith | March 4, 2021", datetime.date(2021, 3, 4)),
    ("Sept. 14th, 2019", datetime.date(2019, 9, 14)),
])
def test_dateline_found(line, expected):
    assert find_dateline(f"A Headline About Something\n\n{line}\n\nFirst paragraph.") == expected


@pytest.mark.parametrize("text", [
    "The war began on March 20, 2003, when American and British troops crossed into Iraq from Kuwait.",
    "Headline\n\nIt ended on March 20, 2003.",
    "Headline\n\nBorn March 11, 1957",
    "Headline\n\nMarch 2020",
    "Headline\n\nJanuary 3",
    "Headline\n\nFebruary 30, 2020",
    "One\nTwo\nThree\nFour\nFive\nJanuary 3, 2020",  # too far down
    "",
])
def test_dateline_not_found(text):
    assert find_dateline(text) is None


def test_published_precedence(tmp_path):
    # html-meta beats a dateline in the text
    page = PAGE.replace("<p class=\"byline\">By Ann Writer</p>", "<p>LONDON, Jan 1, 2020 (Staff) - Later.</p>")
    article = load(page)
    assert (article.published, article.published_from) == (datetime.date(2020, 1, 3), "html-meta")
    # the option beats html-meta
    article = load(PAGE, published="2020-02-01")
    assert (article.published, article.published_from) == (datetime.date(2020, 2, 1), "option")
    article = load_bytes(PAGE.encode(), published=datetime.date(2020, 2, 2))
    assert (article.published, article.published_from) == (datetime.date(2020, 2, 2), "option")
    # a dateline when there is nothing else
    text = "Bridge to close\n\nFriday, 3 January 2020\n\n" + ENGLISH
    article = load(text)
    assert (article.published, article.published_from) == (datetime.date(2020, 1, 3), "dateline")
    assert load(text, published="2019-12-31").published_from == "option"
    # and nothing at all
    article = load(ENGLISH)
    assert (article.published, article.published_from) == (None, None)


def test_parse_published():
    assert parse_published(None) is None
    assert parse_published("2020-01-03") == datetime.date(2020, 1, 3)
    assert parse_published(" 2020-01-03 ") == datetime.date(2020, 1, 3)
    assert parse_published(datetime.date(2020, 1, 3)) == datetime.date(2020, 1, 3)
    assert parse_published(datetime.datetime(2020, 1, 3, 12, 0)) == datetime.date(2020, 1, 3)
    with pytest.raises(ConfigError) as exc:
        parse_published("03/01/2020")
    assert str(exc.value) == "--published must be a date as YYYY-MM-DD, not '03/01/2020'"
    for bad in ("2020-02-30", "2020-1-3", "yesterday", "", 20200103, "2020-01-03\nx"):
        with pytest.raises(ConfigError) as exc:
            parse_published(bad)
        assert "\n" not in str(exc.value)


def test_bad_published_fails_before_reading(tmp_path):
    with pytest.raises(ConfigError):
        load(tmp_path / "missing.txt", published="3 Jan")


CHUNKED = """<!DOCTYPE html><html><head><title>Ferry service to resume</title></head><body>
<article><h1>Ferry service to resume</h1>
<div class="story-chunks">
<div class="story-chunk"><div class="story-chunk__text">
<p>The island ferry will run again from Monday after three weeks in dry dock, the operator said on
Friday, ending a long spell of crowded replacement buses for commuters.</p>
<p>Repairs to the hull cost more than twice the original estimate, according to figures the operator
released with its announcement.</p>
</div></div>
<div class="ad-slot"><p>Advertisement</p></div>
<div class="story-chunk"><div class="story-chunk__text">
<p>Passenger groups welcomed the news but asked why the spare vessel had not been kept in service
while the main ferry was out of the water.</p>
<p>The operator said the spare vessel had failed its own safety inspection in the spring and could not
legally carry passengers until new lifeboats were fitted.</p>
<ul><li>More from <a href="/a">Local transport news</a></li><li>Read <a href="/b">the timetable</a></li></ul>
</div></div>
</div></article>
<footer><p>Riverside Post</p></footer></body></html>"""


def test_html_body_in_sibling_chunks():
    text = load(CHUNKED).text
    assert text.startswith("Ferry service to resume\n\nThe island ferry will run again from Monday")
    order = ["The island ferry", "Repairs to the hull", "Passenger groups", "The operator said the spare"]
    positions = [text.find(s) for s in order]
    assert -1 not in positions and positions == sorted(positions)
    assert "Advertisement" not in text


def test_sibling_chunks_recovered_when_the_extractor_keeps_one():
    # what trafilatura does on some sites (Wired): only the first chunk comes back
    from lxml import html as lxml_html

    from copydesk.ingest import _continuation_chunks, _walk_page

    tree = lxml_html.fromstring(CHUNKED)
    first = tree.xpath("//div[@class='story-chunk__text']")[0]
    blocks = [("p", " ".join(p.text_content().split())) for p in first.iter("p")]
    before, after = _continuation_chunks(_walk_page(tree, blocks), blocks)
    assert before == []
    assert [text[:20] for _, text in after] == ["Passenger groups wel", "The operator said th"]
    # the trailing list of links ("More from ...") is left out


def test_caption_away_from_the_article_left_out():
    sidebar = "".join(f"<li><a href='/s{i}'>Another unrelated story number {i} about something</a></li>"
                      for i in range(30))
    page = PAGE.replace("</main>", "</main><aside><ul>" + sidebar + "</ul><figure><img src='/x.jpg'>"
                        "<figcaption>A picture from some other story entirely, far away</figcaption>"
                        "</figure></aside>")
    text = load(page).text
    assert "The old river bridge, built in 1911" in text
    assert "some other story" not in text


def test_html_title_without_site_name():
    page = PAGE.replace("<h1>Council Votes to Close River Bridge</h1>", "")
    article = load_bytes(page.encode("utf-8"), source="https://www.riversidepost.example/news/bridge")
    assert article.title == "Council Votes to Close River Bridge"
    assert article.text.startswith("Council Votes to Close River Bridge\n\nThe city council voted")
    assert article.source == "https://www.riversidepost.example/news/bridge"


def test_html_quiet_on_stderr(capfd):
    with pytest.raises(InputError):
        load("<!DOCTYPE html><html><body></body></html>")
    assert capfd.readouterr().err == ""
