"""End to end in headless Chromium (Debian's `chromium` on PATH, driven by Playwright; no
browser download): a copy editor pastes the demo article, submits, clicks a finding and sees
its passages marked; an article full of script payloads renders as text and no dialog fires.
The desktop screenshot is saved to docs/report.png for the README."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DEMO = (ROOT / "copydesk" / "demo" / "article.txt").read_text("utf-8")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must run the browser tests: .ci/run installs Debian's chromium")
    pytest.skip("no chromium on PATH (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")

from webserver import serving  # noqa: E402


@pytest.fixture(scope="module")
def server():
    with serving(workers=2) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _submit(page, base: str, text: str, published: str) -> None:
    page.goto(base + "/")
    page.fill("textarea[name=text]", text)
    page.fill("input[name=published]", published)
    with page.expect_navigation():
        page.click("button[type=submit]")


def test_paste_submit_click_a_finding_and_see_its_passage_marked(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _submit(page, server, DEMO, "2025-03-14")
    assert "CD101" in page.inner_text(".summary")
    assert page.locator("mark.focus").count() == 0
    # the age finding, deep in the findings list: its two passages (line 9 and line 43)
    finding = page.locator(".finding", has_text="age-mismatch").first
    finding.locator("button.fhead").click()
    marked = page.locator("mark.focus")
    assert marked.count() >= 2
    texts = "".join(marked.all_text_contents())
    assert "Kowalczyk, 52" in texts and "9 June 1970" in texts
    assert "selected" in finding.get_attribute("class")
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ROOT / "docs" / "report.png"))
    # the first passage is scrolled into view
    box = marked.first.bounding_box()
    assert box is not None and 0 <= box["y"] <= 900
    # a top finding in the summary selects the same way
    page.locator("ol.top a").first.click()
    assert page.locator("mark.focus").count() >= 1
    # filtering a family hides its findings and unmarks its passages
    page.uncheck("input[data-filter=family][value=CD1]")
    assert finding.is_hidden()
    assert not errors, errors


def test_phone_width_and_print_are_readable(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    _submit(page, server, DEMO, "2025-03-14")
    # nothing runs off the side of a phone screen
    assert page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    page.screenshot(path=str(ROOT / "docs" / "report-phone.png"))
    page.emulate_media(media="print")
    assert page.locator(".filters").is_hidden()
    assert page.locator(".finding").first.is_visible()


HOSTILE = """<script>alert('headline')</script> Council <img src=x onerror=alert(1)> vote

The council voted on Tuesday <svg onload=alert(2)> to close the <a href="javascript:alert(3)">library</a>.

"<iframe src=javascript:alert(4)></iframe>" said Ann Lee, who has led the council since 2019 and since 2017. She called the vote <b onmouseover=alert(5)>final</b> and <details open ontoggle=alert(6)>.

<img src=x onerror=alert(7)> was repeated. <img src=x onerror=alert(7)> was repeated.
"""


def test_script_payloads_render_as_text_and_no_dialog_fires(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _submit(page, server, HOSTILE, "2025-06-02")
    assert "<script>alert('headline')</script>" in page.inner_text(".article")
    assert "<img src=x onerror=alert(1)>" in page.inner_text(".article")
    assert page.locator(".article script, .article img, .article svg, .article iframe, .article a").count() == 0
    for m in page.locator("mark").all()[:10]:
        m.hover()
        m.click()
    page.locator(".article", has_text="onmouseover").first.hover()
    # the same page from `copydesk check --format html`, opened as a file
    from copydesk.pipeline import Checker
    from copydesk.render.html import render_report

    out = tmp_path / "hostile.html"
    out.write_text(render_report(Checker().check(HOSTILE, "2025-06-02")), "utf-8")
    page.goto(out.as_uri())
    for m in page.locator("mark").all()[:10]:
        m.click()
    page.wait_for_timeout(200)
    assert dialogs == []
