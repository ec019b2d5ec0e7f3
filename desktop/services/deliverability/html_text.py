"""What a reader (and a filter) sees of an HTML part: its visible text, its links with their
text, its images."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose content is never shown.
_HIDDEN = {"head", "script", "style", "title", "template"}
# Elements that end a line of text.
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "td"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Link:
    href: str
    text: str


@dataclass
class HtmlContent:
    text: str = ""
    links: list[Link] = field(default_factory=list)
    images: int = 0

    @property
    def text_length(self) -> int:
        """Visible characters, spaces left out."""
        return len("".join(self.text.split()))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.chunks: list[str] = []
        self.links: list[Link] = []
        self.images = 0
        self._link: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "img":
            self.images += 1
        elif tag == "a":
            self._link = (dict(attrs).get("href") or "", [])
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "a" and self._link is not None:
            href, text = self._link
            self.links.append(Link(href.strip(), " ".join("".join(text).split())))
            self._link = None
        if tag in _BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        self.chunks.append(data)
        if self._link is not None:
            self._link[1].append(data)


def read_html(html: str) -> HtmlContent:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    lines = (" ".join(line.split()) for line in "".join(reader.chunks).splitlines())
    text = "\n".join(line for line in lines if line)
    return HtmlContent(text=text, links=reader.links, images=reader.images)


def words(text: str) -> set[str]:
    """The distinct words of a text, lower-cased: what two alternatives are compared on."""
    return {word.lower() for word in _WORD.findall(text)}
