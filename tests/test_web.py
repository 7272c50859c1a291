"""The web app and HTTP API through FastAPI's TestClient: what a newsroom developer and a
copy editor at the form would notice."""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from copydesk.web.app import create_app  # noqa: E402

DEMO = (Path(__file__).parents[1] / "copydesk" / "demo" / "article.txt").read_text("utf-8")

STORY = """Mayor opens new library in Hollowbrook

The mayor of Hollowbrook, Dana Whitfield, opened the town's new library on Saturday.

Whitfield, 47, said the building would serve readers for a century. "It is a place for everyone," she said.

Born on 3 May 1980, Whitfield has led the council since 2019.
"""


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(workers=2, timeout=60)) as c:
        yield c


def test_api_check_answers_the_contract_report(client):
    r = client.post("/api/check", json={"text": STORY, "published": "2025-06-02"})
    assert r.status_code == 200
    data = r.json()
    assert data["schema"] == "copydesk.report/1"
    assert data["article"]["published"] == "2025-06-02"
    assert data["article"]["text"] == STORY
    # born 3 May 1980, so 45 on 2 June 2025, not 47
    assert any(f["code"] == "CD101" for f in data["findings"])
    from copydesk.schema import validate_report

    validate_report(data)


def test_api_parts_keeps_only_what_is_asked(client):
    r = client.post("/api/check?parts=summary,findings", json={"text": STORY, "published": "2025-06-02"})
    assert r.status_code == 200
    assert set(r.json()) == {"schema", "copydesk", "summary", "findings"}
    r = client.post("/api/check", json={"text": STORY, "parts": ["findings", "nonsense"]})
    assert r.status_code == 400 and "nonsense" in r.json()["error"]


def test_api_select_narrows_and_unknown_rule_is_400(client):
    r = client.post("/api/check", json={"text": STORY, "published": "2025-06-02", "select": ["CD2"]})
    assert r.status_code == 200
    assert all(f["code"].startswith("CD2") for f in r.json()["findings"])
    r = client.post("/api/check", json={"text": STORY, "select": ["CD999"]})
    assert r.status_code == 400
    assert r.json() == {"error": "no rule matches 'CD999' (see /api/rules)"}


@pytest.mark.parametrize("body, status, words", [
    ({"text": ""}, 422, "empty"),
    ({"text": "   \n\n  "}, 422, "empty"),
    ({"text": STORY, "published": "2 June"}, 422, "YYYY-MM-DD"),
    ({}, 422, "text, html or a file"),
    ({"text": 42}, 422, "string"),
])
def test_api_bad_input_is_one_line_error(client, body, status, words):
    r = client.post("/api/check", json=body)
    assert r.status_code == status
    assert set(r.json()) == {"error"} and words in r.json()["error"]
    assert "\n" not in r.json()["error"]


def test_api_bad_json_and_wrong_type(client):
    r = client.post("/api/check", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON" in r.json()["error"]
    r = client.post("/api/check", content=b"\x00\x01", headers={"content-type": "application/octet-stream"})
    assert r.status_code == 415


def test_api_over_the_size_limit_is_413():
    with TestClient(create_app(max_bytes=2000)) as c:
        r = c.post("/api/check", json={"text": DEMO})
        assert r.status_code == 413 and "limit" in r.json()["error"]
        r = c.post("/api/check", files={"file": ("demo.txt", DEMO.encode())})
        assert r.status_code == 413
        r = c.post("/api/check", content=DEMO.encode() * 10, headers={"content-type": "text/plain"})
        assert r.status_code == 413


def test_api_multipart_file_and_plain_body(client):
    r = client.post("/api/check", files={"file": ("story.txt", STORY.encode())}, data={"published": "2025-06-02"})
    assert r.status_code == 200
    assert r.json()["article"]["source"] == "story.txt"
    r = client.post("/api/check?published=2025-06-02", content=STORY.encode(), headers={"content-type": "text/plain"})
    assert r.status_code == 200 and r.json()["article"]["published"] == "2025-06-02"


def test_api_file_name_never_names_a_folder(client):
    r = client.post("/api/check", files={"file": ("../../etc/passwd.txt", STORY.encode())})
    assert r.status_code == 200
    assert r.json()["article"]["source"] == "passwd.txt"


def test_rules_and_health(client):
    rules = client.get("/api/rules").json()
    assert any(r["code"] == "CD101" for r in rules)
    one = client.get("/api/rules/CD101").json()
    assert one["name"] == "age-mismatch" and "Why it matters" in one["doc"]
    assert client.get("/api/rules/age-mismatch").json()["code"] == "CD101"
    r = client.get("/api/rules/CD999")
    assert r.status_code == 404 and "CD999" in r.json()["error"]
    h = client.get("/healthz").json()
    assert h["status"] == "ok" and h["model"]


def test_openapi_and_docs_need_no_cdn(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/rules", "/api/rules/{code}", "/healthz"} <= set(spec["paths"])
    assert "Report" in spec["components"]["schemas"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn." not in docs.text and "http://" not in docs.text.replace("http://www.w3.org", "")
    assert client.get("/static/swagger/swagger-ui-bundle.js").status_code == 200


def test_form_page_and_report_page_share_the_html_report(client):
    page = client.get("/")
    assert page.status_code == 200 and 'name="text"' in page.text and 'name="file"' in page.text
    r = client.post("/check", data={"text": DEMO, "published": "2025-03-14"})
    assert r.status_code == 200
    assert "CD101" in r.text and "Kowalczyk" in r.text and "<mark" in r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"


def test_form_errors_come_back_on_the_form(client):
    r = client.post("/check", data={"text": "", "published": ""})
    assert r.status_code == 422
    assert "empty" in r.text and "<form" in r.text


HOSTILE = """<script>alert('headline')</script> Council <img src=x onerror=alert(1)> vote

The council voted on Tuesday <svg onload=alert(2)> to close the <a href="javascript:alert(3)">library</a>.

"<iframe src=javascript:alert(4)>" said Ann Lee, who has led the council since 2019. She said the vote was <b onmouseover=alert(5)>final</b>.
"""


def test_hostile_article_is_escaped_everywhere(client):
    r = client.post("/check", data={"text": HOSTILE, "published": "2025-06-02"})
    assert r.status_code == 200
    body = r.text
    for raw in ("<script>alert", "<img src=x", "<svg onload", '<a href="javascript', "<iframe", "<b onmouseover"):
        assert raw not in body
    assert "&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt;" in body


def test_uploads_are_not_left_on_disk(client, tmp_path, monkeypatch):
    # every temporary file Python makes during the request goes to an empty folder of our own,
    # and a spooled upload that rolls over to a file (Starlette's default past 1 MB) is seen
    spool = tmp_path / "spool"
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    rolled = []
    real = tempfile.TemporaryFile

    def recording(*a, **k):
        rolled.append(a)
        return real(*a, **k)

    monkeypatch.setattr(tempfile, "TemporaryFile", recording)
    # 1.5 MB: past the 1 MB that Starlette's form parser holds in memory before it spools to
    # disk; binary, so that it is refused at once after the upload is read
    big = b"\x00\x01" * 750_000
    with TestClient(create_app(max_bytes=3_000_000)) as c:
        r = c.post("/api/check", files={"file": ("big.txt", big)})
        assert r.status_code == 422 and "binary" in r.json()["error"]
        assert list(spool.iterdir()) == [] and rolled == []
        r = c.post("/check", files={"file": ("story.txt", STORY.encode())}, data={"published": "2025-06-02"})
        assert r.status_code == 200
    assert list(spool.iterdir()) == [] and rolled == []


def test_a_url_is_text_never_fetched(client):
    import http.server
    import threading

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *a):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/story"
    try:
        page = f'<html><head><link rel="canonical" href="{url}"><title>A</title></head><body><article><p>{STORY}</p><img src="{url}.png"></article></body></html>'
        client.post("/api/check", json={"html": page})
        client.post("/api/check", json={"text": url})
        client.post("/api/check", json={"text": STORY, "url": url})
    finally:
        server.shutdown()
    assert hits == []


def test_eight_clients_at_once_all_get_reports():
    import httpx
    from concurrent.futures import ThreadPoolExecutor

    from webserver import serving

    with serving(workers=2, queue=16) as base:
        def one(i: int):
            with httpx.Client(base_url=base, timeout=120) as c:
                return c.post("/api/check", json={"text": STORY.replace("47", str(40 + i)), "published": "2025-06-02",
                                                  "parts": ["summary"]})

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(one, range(8)))
        assert [r.status_code for r in answers] == [200] * 8
        # each client gets its own article's report: only "Whitfield, 45" agrees with 3 May 1980
        errors = [r.json()["summary"]["counts"]["error"] for r in answers]
        assert [e == 0 for e in errors] == [i == 5 for i in range(8)]


def test_a_check_over_the_time_limit_is_504_and_the_server_lives_on():
    import time

    with TestClient(create_app(workers=1, timeout=0.05)) as c:
        r = c.post("/api/check", json={"text": DEMO, "published": "2025-03-14"})
        assert r.status_code == 504
        assert "limit" in r.json()["error"]
        assert c.get("/healthz").status_code == 200
        assert c.get("/api/rules/CD101").status_code == 200
        # the overrun check was stopped in its thread, and the one worker takes the next article
        deadline = time.time() + 60
        while c.get("/healthz").json()["running"] and time.time() < deadline:
            time.sleep(0.05)
        health = c.get("/healthz").json()
        assert health["stopped"] == 1 and health["running"] == 0
        c.app.state.service.timeout = 120
        r = c.post("/api/check", json={"text": STORY, "published": "2025-06-02", "parts": ["summary"]})
        assert r.status_code == 200 and r.json()["summary"]["counts"]["error"] >= 1


def test_api_reads_an_uploaded_word_document(client, tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Mayor opens new library in Hollowbrook", level=1)
    for para in STORY.split("\n\n")[1:]:
        d.add_paragraph(para.strip())
    buf = io.BytesIO()
    d.save(buf)
    r = client.post("/api/check", files={"file": ("story.docx", buf.getvalue(),
                                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document")},
                    data={"published": "2025-06-02"})
    assert r.status_code == 200
    data = r.json()
    assert data["article"]["title"] == "Mayor opens new library in Hollowbrook"
    assert any(f["code"] == "CD101" for f in data["findings"])


def test_serve_listens_on_this_machine_only_unless_told(monkeypatch):
    import inspect

    from copydesk import cli
    from copydesk.web import app as web_app

    assert inspect.signature(web_app.run).parameters["host"].default == "127.0.0.1"
    seen = {}

    def fake_run(app, host, port, **kw):
        seen.update(host=host, port=port)

    import uvicorn

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.setattr("sys.argv", ["copydesk", "serve", "--port", "8123"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 0 and seen == {"host": "127.0.0.1", "port": 8123}
    monkeypatch.setattr("sys.argv", ["copydesk", "serve", "--port", "0"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 2
