"""The page around the body: picture captions near the article, and article text that
trafilatura left out (chunks continued past an advert or a related-links box)."""

from __future__ import annotations

import re

from .htmltext import _clean, _norm


_TEXT_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt"}
_CAPTION_GAP = 500  # characters of other text allowed between a picture and the article
_CAPTION_MAX_WORDS = 120


def _is_caption(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "figcaption":
        return True
    cls = el.get("class") or ""
    return "wp-caption-text" in cls.split()


_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "button", "select"}
# not article text when continuing it from a sibling container (an ASP.NET page wraps the whole
# page in a <form>, so forms are only left out there)
_CHUNK_SKIP_TAGS = _SKIP_TAGS | {"form", "figure", "aside", "nav", "footer", "header", "table"}


def _walk_page(tree, blocks: list[tuple[str, str]]) -> list[tuple[str, object, object]]:
    """The page in document order as events: ("block", i, element) for an element whose text
    is extracted block i, ("text", length, element) for other text, ("caption", text, element)."""
    keys: dict[str, list[int]] = {}
    for i, (kind, text) in enumerate(blocks):
        for line in text.split("\n") if kind in ("list", "table") else [text]:
            key = _key(line)
            if key:
                keys.setdefault(key, []).append(i)
    events: list[tuple[str, object, object]] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in _SKIP_TAGS:
                continue
            if _is_caption(child):
                text = _spaced_text(child)
                if text:
                    events.append(("caption", text, child))
                continue
            if tag in _TEXT_TAGS:
                key = _key(child.text_content())
                if key in keys:
                    events.append(("block", keys[key][0], child))
                    if len(keys[key]) > 1:
                        keys[key].append(keys[key].pop(0))
                    continue
                if not any(isinstance(g.tag, str) and (g.tag in _TEXT_TAGS or _is_caption(g))
                           for g in child.iterdescendants()):
                    n = len(child.text_content().strip())
                    if n:
                        events.append(("text", n, child))
                    continue
            walk(child)

    walk(tree)
    return events


_SPACED_TAGS = {"span", "div", "p", "small", "cite", "figcaption", "br", "li"}


def _spaced_text(el) -> str:
    """Text of a caption, with a space where a credit or another part begins (``<span>``s that
    a browser lays out apart: "...didn't get it." + "Credit" + "Doug Mills")."""
    parts: list[str] = []

    def walk(e) -> None:
        if e.text:
            parts.append(e.text)
        for c in e:
            tag = c.tag if isinstance(c.tag, str) else ""
            if tag in _SKIP_TAGS:
                pass
            elif tag in _SPACED_TAGS:
                parts.append(" ")
                walk(c)
                parts.append(" ")
            else:
                walk(c)
            if c.tail:
                parts.append(c.tail)

    walk(el)
    text = _clean("".join(parts), keep_newlines=False)
    return re.sub(r"([(\[]) ", r"\1", re.sub(r" ([,.;:!?)\]])", r"\1", text))


_CREDIT_ONLY = re.compile(r"\W*(?:(?:file )?photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|"
                          r"graphics?|video|source)\b", re.I)


def _link_share(el) -> float:
    total = len(el.text_content().strip())
    if not total:
        return 0.0
    linked = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return linked / total


def _is_link_list(lst, share: float) -> bool:
    """A list whose every item holds a link, ``share`` of whose text is links: "More stories"."""
    if lst is None or lst.tag not in ("ul", "ol"):
        return False
    items = [li for li in lst if li.tag == "li"]
    return bool(items) and all(li.find(".//a") is not None for li in items) and _link_share(lst) >= share


def _key(text: str) -> str:
    return " ".join(_norm(text).split()[:12])


def _find_captions(events, blocks: list[tuple[str, str]]) -> dict[int, list[str]]:
    """Picture captions that sit in the article's flow, by the block they follow (-1: first).

    trafilatura drops <figure> and its <figcaption>. We walk the page in document order,
    match its paragraphs to the extracted blocks, and keep a caption that lies between two
    extracted blocks, or just before the first or just after the last, with little other text
    in between (so a related-stories box or a gallery elsewhere on the page stays out)."""
    indexes = [int(i) for kind, i, _ in events if kind == "block"]
    if not indexes:
        return {}
    first, last = min(indexes), max(indexes)
    found: dict[int, list[str]] = {}
    seen: set[str] = set()
    body_norm = _norm("\n".join(t for _, t in blocks))
    for pos, (kind, value, _) in enumerate(events):
        if kind != "caption":
            continue
        text = str(value)
        words = len(text.split())
        key = _norm(text)
        if words < 3 or words > _CAPTION_MAX_WORDS or key in seen or key in body_norm:
            continue
        if words <= 8 and _CREDIT_ONLY.match(text):  # "Photograph: Tim Robberts/Getty Images"
            continue
        prev = next_ = None
        gap_before = gap_after = 0
        for k, v, _ in reversed(events[:pos]):
            if k == "block":
                prev = int(v)
                break
            if k == "text":
                gap_before += int(v)
        for k, v, _ in events[pos + 1:]:
            if k == "block":
                next_ = int(v)
                break
            if k == "text":
                gap_after += int(v)
        if prev is not None and next_ is not None:
            ok, slot = gap_before <= _CAPTION_GAP or gap_after <= _CAPTION_GAP, prev
        elif next_ is not None:
            ok, slot = next_ == first and gap_after <= _CAPTION_GAP, -1
        elif prev is not None:
            ok, slot = prev == last and gap_before <= _CAPTION_GAP, prev
        else:
            ok, slot = False, -1
        if ok:
            seen.add(key)
            found.setdefault(slot, []).append(text)
    return found


_CHUNK_TEXT_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")
_CHUNK_SKIP = re.compile(r"(?:^|[\s_-])(?:ad|ads|advert\w*|promo\w*|related|newsletter\w*|share|social|"
                         r"caption|credit|sidebar|recirc\w*|signup|subscribe\w*|comments?)(?:$|[\s_-])", re.I)
_CHUNK_MIN_CHARS = 150


def _lca(elements):
    chains = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = None
    for nodes in zip(*chains):
        if all(n is nodes[0] for n in nodes):
            common = nodes[0]
        else:
            break
    return common


def _chunk_blocks(root) -> list[tuple[str, str]]:
    out: list[tuple[str, str, object]] = []
    for el in root.iter(*_CHUNK_TEXT_TAGS):
        skip = False
        for a in el.iterancestors():
            if a is root:
                break
            if not isinstance(a.tag, str) or a.tag in _CHUNK_SKIP_TAGS or _CHUNK_SKIP.search(a.get("class") or ""):
                skip = True
                break
            if a.tag in _CHUNK_TEXT_TAGS:  # already inside a collected element
                skip = True
                break
        if skip or _CHUNK_SKIP.search(el.get("class") or "") or _link_share(el) >= 0.8:
            continue  # a link list ("More stories") is not article text
        if el.tag == "li" and _is_link_list(el.getparent(), 0.5):
            continue
        text = _clean(el.text_content(), keep_newlines=False)
        if not text:
            continue
        if el.tag == "li":
            out.append(("list", "• " + text, el))
        elif el.tag in ("h2", "h3", "h4"):
            out.append(("head", text, el))
        else:
            out.append(("p", text, el))
    # a list of links after the last paragraph is a "more stories" box, even when each item
    # has a few words of its own around the link
    while out and out[-1][0] == "list" and _is_link_list(out[-1][2].getparent(), 0.25):
        out.pop()
    return [(kind, text) for kind, text, _ in out]


def _continuation_chunks(events, blocks):
    """Article text that trafilatura left in sibling containers: some sites (Wired, for one)
    cut the body into chunks with the same class between ad slots, and trafilatura keeps the
    first. Returns the blocks to put before and after the extracted ones."""
    elements = [el for kind, _, el in events if kind == "block"]
    if len(elements) < 2:
        return [], []
    node = _lca(elements)
    path: list[tuple[str, str | None]] = []
    for _ in range(3):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html", "article"):
            return [], []
        parent = node.getparent()
        if parent is None:
            return [], []
        cls = (node.get("class") or "").strip()
        if cls:
            if any(sib is not node and sib.tag == node.tag and (sib.get("class") or "").strip() == cls
                   for sib in parent):
                break
        path.insert(0, (node.tag, node.get("class")))
        node = parent
    else:
        return [], []
    known = {_key(t) for kind, text in blocks for t in (text.split("\n") if kind in ("list", "table") else [text])}
    before: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []
    seen_self = False
    for sib in parent:
        if sib is node:
            seen_self = True
            continue
        if sib.tag != node.tag or (sib.get("class") or "").strip() != cls:
            continue
        if sib.find(".//h1") is not None or sib.find(".//article") is not None:
            continue  # another article, not more of this one
        target = sib
        for tag, klass in path:
            target = next((c for c in target if c.tag == tag and c.get("class") == klass), None)
            if target is None:
                break
        if target is None:
            continue
        got = [(k, t) for k, t in _chunk_blocks(target) if _key(t.lstrip("• ")) not in known]
        if sum(len(t) for _, t in got) < _CHUNK_MIN_CHARS:
            continue
        for _, t in got:
            known.add(_key(t.lstrip("• ")))
        (after if seen_self else before).extend(got)
    return _merge_lists(before), _merge_lists(after)


def _merge_lists(blocks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, text in blocks:
        if kind == "list" and out and out[-1][0] == "list":
            out[-1] = ("list", out[-1][1] + "\n" + text)
        else:
            out.append((kind, text))
    return out
