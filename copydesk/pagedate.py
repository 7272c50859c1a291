"""The publication date of a web page, read by htmldate (trafilatura's date library) from
the page's metadata and markup, never from a URL: a path such as /2019/10/06/ names when a
page was filed or moved, and a republished story keeps its old URL. The page's canonical
link and og:url are taken out of a copy of the tree before htmldate reads it."""

from __future__ import annotations

import copy
import datetime

_URL_CARRIERS = ('.//link[@rel="canonical"]', './/meta[@property="og:url"]', './/meta[@name="og:url"]',
                 './/meta[@name="twitter:url"]', './/meta[@itemprop="url"]')


def page_date(tree) -> datetime.date | None:
    from htmldate import find_date

    page = copy.deepcopy(tree)
    for path in _URL_CARRIERS:
        for el in page.findall(path):
            parent = el.getparent()
            if parent is not None:
                parent.remove(el)
    try:
        found = find_date(page, url=None, original_date=True, extensive_search=True,
                          outputformat="%Y-%m-%d", max_date=datetime.date.today().isoformat(),
                          deferred_url_extractor=True)
    except Exception:  # noqa: BLE001 - a date we cannot read is no date, never a lost article
        return None
    if not found:
        return None
    try:
        return datetime.date.fromisoformat(found[:10])
    except ValueError:
        return None
