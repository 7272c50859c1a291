"""The corpus pages of `copydesk serve --db URL`: a person's claims, the disagreements, each
article's report one click away, and article text that stays text."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from copydesk import cli
from copydesk.web.app import create_app

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    folder = tmp_path_factory.mktemp("store")
    path = folder / "corpus.jsonl"
    hostile = {"id": "hostile-1", "outlet": "<script>alert(1)</script>", "published": "2024-09-01",
               "text": "Library reopens after flood\n\nMarta Lindqvist, who was born in 1962 in Tromsø, "
                       "said the <b>library</b> would reopen on Monday after a flood in the basement.\n\n"
                       "The library lost about 2,000 books."}
    path.write_text(CORPUS.read_text() + json.dumps(hostile) + "\n")
    url = f"sqlite:///{folder}/s.db"
    sys.argv = ["copydesk", "corpus", "ingest", str(path), "--db", url]
    with pytest.raises(SystemExit):
        cli.main()
    with TestClient(create_app(db_url=url, preload=False)) as c:
        yield c


def test_person_page_lists_claims_with_sources_and_links_to_reports(client):
    page = client.get("/corpus/person", params={"name": "Marta Lindqvist"})
    assert page.status_code == 200
    html = page.text
    assert "Northern Ledger" in html and "Coastal Courier" in html and "born in 1963" in html
    assert "Articles disagree on" in html and "birth date" in html
    links = re.findall(r'href="(/corpus/articles/\d+)"', html)
    assert links
    report = client.get(links[0])
    assert report.status_code == 200 and "Lindqvist" in report.text and "Findings" in report.text


def test_disagreements_page_and_api(client):
    page = client.get("/corpus/disagreements", params={"attribute": "birth_date"})
    assert page.status_code == 200
    assert "1961" in page.text and "1963" in page.text and "Northern Ledger" in page.text
    api = client.get("/api/corpus/disagreements", params={"person": "Lindqvist", "attribute": "role_start"})
    assert api.status_code == 200
    (d,) = api.json()
    assert {v["value"] for v in d["values"]} == {"2015", "2017"}
    assert client.get("/api/corpus/stats").json()["articles"] == 6
    assert client.get("/api/corpus/person", params={"name": "Nobody Here"}).status_code == 404
    assert client.get("/corpus/articles/999999").status_code == 404


def test_article_text_stays_text(client):
    html = client.get("/corpus/disagreements", params={"person": "Marta Lindqvist"}).text
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html = client.get("/corpus/person", params={"name": "Marta Lindqvist"}).text
    assert "<b>library</b>" not in html and "&lt;b&gt;library&lt;/b&gt;" in html
    assert "Content-Security-Policy" in client.get("/corpus").headers
