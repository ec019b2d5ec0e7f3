"""The text alternative of an HTML message, for a delivery that has no text content.

Filters score a multipart/alternative message whose text part is empty or differs from its
HTML (SpamAssassin's MPART_ALT_DIFF), and some readers only show text: the text part says
what the HTML says. Headings, paragraphs, table rows and list items become lines, links
keep their address (`label <url>`), images their alt text; script, style and the head are
dropped, entities decoded, and lines wrapped near 76 characters. Made with the standard
library's html.parser: once per delivery on its HTML template (messages.text_template,
which reuses TextCollector, link_suffix and text_of_lines), or, for a template that cannot
be derived, on each message's HTML when it is built (not while preparing: preparation
renders to check and count, and keeps no message).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from html.parser import HTMLParser

WRAP_AT = 76

# Elements whose content is not text a reader sees.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
# Elements that start and end a line of their own.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul",
    }
)  # fmt: skip
# Elements with a blank line around them.
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "hr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"td", "th"})
_LINKED_SCHEMES = ("http://", "https://", "mailto:", "tel:")


class TextCollector(HTMLParser):
    """Collects lines of text: each item of `lines` is one paragraph or line, not wrapped;
    an empty string is a blank line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._words: list[str] = []  # the line being built, as text pieces
        self._hidden = 0
        self._pre = 0
        self._lists: list[list] = []  # per open list: its numbering (ol) or [] (ul)
        self._link: tuple[str, int] | None = None  # (href, index in _words where it starts)

    # ---- lines ----

    def _end_line(self) -> None:
        line = "".join(self._words)
        self._words = []
        if self._pre:
            self.lines.extend(line.split("\n"))
            return
        line = " ".join(line.split())
        if line:
            self.lines.append(line)

    def _blank_line(self) -> None:
        self._end_line()
        if self.lines and self.lines[-1]:
            self.lines.append("")

    # ---- parser events ----

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
            return
        if self._hidden:
            return
        if tag in _PARAGRAPHS or tag in _HEADINGS:
            self._blank_line()
        elif tag in _BLOCKS or tag == "br":
            self._end_line()
        elif tag in _CELLS:
            self._words.append(" ")
        if tag == "pre":
            self._pre += 1
        elif tag == "ul":
            self._lists.append([])
        elif tag == "ol":
            self._lists.append(self._numbering())
        elif tag == "li":
            numbering = self._lists[-1] if self._lists else []
            self._words.append(self._item_mark(numbering) if numbering else "- ")
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip()
            self._link = (href, len(self._words))
        elif tag == "img":
            alt = (dict(attrs).get("alt") or "").strip()
            if alt:
                self._words.append(f" {alt} ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in ("br", "img", "hr"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
            return
        if self._hidden:
            return
        if tag == "a" and self._link is not None:
            self._close_link()
        if tag == "pre":
            self._end_line()
            self._pre = max(0, self._pre - 1)
        elif tag in ("ul", "ol") and self._lists:
            self._lists.pop()
        if tag in _PARAGRAPHS or tag in _HEADINGS:
            self._blank_line()
        elif tag in _BLOCKS:
            self._end_line()
        elif tag in _CELLS:
            self._words.append(" ")

    def _numbering(self) -> list:
        """The state of an ordered list being opened: [next number]."""
        return [1]

    def _item_mark(self, numbering: list) -> str:
        """What starts an item of an ordered list: `3. `."""
        mark = f"{numbering[0]}. "
        numbering[0] += 1
        return mark

    def _close_link(self) -> None:
        assert self._link is not None
        href, start = self._link
        self._link = None
        self._words.append(link_suffix(href, "".join(self._words[start:])))

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._words.append(data)

    def close(self) -> None:
        super().close()
        self._end_line()


def link_suffix(href: str, label: str) -> str:
    """What follows a link's label in the text: ` <url>`, the address alone when the label
    is empty, nothing when the label is the address or the link leads nowhere a reader can
    go (an anchor, a script)."""
    href = href.strip()
    if not href.lower().startswith(_LINKED_SCHEMES):
        return ""
    label = " ".join(label.split())
    shown = href[len("mailto:") :] if href.lower().startswith("mailto:") else href
    if not label:
        return shown
    if label in (href, shown):
        return ""
    return f" <{shown}>"


def _wrapped(line: str, width: int) -> list[str]:
    """A line broken at spaces into lines of at most `width` characters; a longer word (a
    link) has a line of its own."""
    if len(line) <= width:
        return [line]
    if "  " not in line:
        # Single spaces (every line but a <pre>'s): the same cuts, found by the regex engine.
        return [first or long for first, long in _wrap_pattern(width).findall(line)]
    lines: list[str] = []
    current = ""
    for word in line.split(" "):
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


@functools.cache
def _wrap_pattern(width: int) -> re.Pattern[str]:
    """The longest run of words that fits in `width` characters, or else one longer word."""
    return re.compile(rf"(.{{1,{width}}})(?: |\Z)|([^ ]+) ?", re.DOTALL)


def text_of_lines(lines: Iterable[str], width: int = WRAP_AT) -> str:
    """Lines (an empty one is a blank line) as the text part: runs of blank lines made
    one, none at the ends, long lines wrapped near `width` characters."""
    out: list[str] = []
    for line in lines:
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        out.extend(_wrapped(line, width))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


def html_to_text(html: str, width: int = WRAP_AT) -> str:
    """The readable text of an HTML message, lines wrapped near `width` characters."""
    collector = TextCollector()
    collector.feed(html)
    collector.close()
    return text_of_lines(collector.lines, width)
