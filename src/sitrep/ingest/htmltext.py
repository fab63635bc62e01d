"""Visible text of an HTML fragment or page with lxml: the fallback when trafilatura
finds no main text, and how feed entries lose their markup."""
from __future__ import annotations

import re

from lxml import etree, html

_DROP = ("script", "style", "noscript", "template", "head", "svg", "iframe", "object")
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt",
}
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def html_to_text(markup: str) -> str:
    """Text of the markup with blocks on their own lines. Never raises: returns '' when nothing parses."""
    if not markup or not markup.strip():
        return ""
    if "<" not in markup:
        return markup.strip()
    try:
        root = html.fromstring(markup)
    except (etree.ParserError, ValueError):  # lxml refuses empty or unparseable documents
        return ""
    # drop_tree keeps the tail text, so "a<!-- x -->b" stays "ab"
    for bad in list(root.iter(etree.Comment, etree.ProcessingInstruction, *_DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()
        else:
            bad.clear()
    parts: list[str] = []
    # iterwalk, not recursion: broken pages can nest thousands of levels deep
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and PIs have no text of their own
        if event == "start":
            if tag in _BLOCK:
                parts.append("\n")
            if el.text and tag:
                parts.append(el.text)
        else:
            if tag in _BLOCK:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    lines = [_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
