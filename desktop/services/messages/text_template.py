"""The text part of a delivery without text, as a template derived once from its HTML.

Converting each recipient's rendered HTML (html_text.html_to_text) costs 0.3-0.7 ms a
message, more than rendering and building it. The conversion is instead run once on the
HTML *template*: every Jinja construct (`{{ }}`, `{% %}`, `{# #}`) is first replaced by an
opaque word, which the converter moves like any other word, then put back; the result is
compiled as the text template and rendered for each recipient like a hand-written text
part. What a recipient reads is what converting the rendered HTML gives:

- the derived template keeps the converter's lines apart with marks (LINE, BLANK) rather
  than line breaks, and `text_of_rendered` ends the work after rendering: it collapses the
  spaces of each line (a value's line breaks included), drops the lines that rendered
  empty (a line that held only `{% for %}`), and wraps, as the converter does;
- a link whose address or label holds template code decides at render time whether its
  address follows the label (html_text.link_suffix), and ordered lists count their items
  at render time, for items made by a loop.

No template is derived (None: the caller converts each message) when the result could
differ from converting the rendered HTML: code in a tag or attribute name (`<a {{ attrs
}}>`), a <pre> (its spacing is kept, which the marks do not allow), filters that only
mean something in HTML (`safe`, `e`: the text template does not escape), an `{% autoescape
%}` block, text that would read as template code once its entities are decoded (`&#123;{`),
or a statement the converter dropped other than a condition or loop (a `{% set %}` in the
head, read by the body). Code the converter drops without harm (values in `<style>`, a
`<title>`, attributes other than href and alt) needs nothing in the text. A derived
template that does not compile, or fails for a recipient, falls back to the conversion of
that recipient's HTML (rendering.DeliveryRenderer).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from jinja2 import Environment, TemplateSyntaxError

from desktop.services.messages.html_text import TextCollector, link_suffix, text_of_lines

# Private-use characters: never whitespace (Jinja's `{%-` does not strip them), not in text.
LINE = "\ue000"  # between two lines of the derived template
BLANK = "\ue001"  # a blank line (around a paragraph)
# Names the derived template uses for itself.
LINK_SUFFIX = "_cc_link_suffix"
# Constructs the converter may drop (inside an attribute, a style): values and comments
# (""), and statements that decide what shows but define nothing the text needs.
_DROPPABLE = frozenset({"", "if", "elif", "else", "endif", "for", "endfor"})
# Filters that make HTML (or keep it from being escaped): their text differs.
_HTML_FILTERS = frozenset({"safe", "e", "escape", "forceescape", "urlize", "xmlattr"})


@dataclass(frozen=True)
class _Construct:
    source: str
    statement: str  # the keyword of a `{% %}` ("if", "set"); "" for values and comments


class _Protected:
    """A template's source with each Jinja construct replaced by a placeholder word
    (lower-case letters and digits: the HTML parser lowercases tag and attribute names)."""

    def __init__(self, source: str) -> None:
        marker = f"cc{secrets.token_hex(4)}q"
        while marker in source:
            marker = f"cc{secrets.token_hex(4)}q"
        self.marker = marker
        self.pattern = re.compile(marker + r"(\d+)x")
        self.constructs: list[_Construct] = []
        self.used: set[int] = set()

    def add(self, source: str, statement: str = "") -> str:
        self.constructs.append(_Construct(source, statement))
        return f"{self.marker}{len(self.constructs) - 1}x"

    def holds_code(self, text: str) -> bool:
        return self.marker in text

    def restore(self, text: str) -> str:
        def source(match: re.Match[str]) -> str:
            index = int(match.group(1))
            self.used.add(index)
            return self.constructs[index].source

        return self.pattern.sub(source, text)

    def reads_as_code(self, text: str) -> bool:
        """Whether literal text would start template code once the constructs are back."""
        return re.search(r"\{(?=[{%#]|" + self.marker + ")", text) is not None


def _protect(env: Environment, html: str) -> tuple[str, _Protected] | None:
    """The HTML with its Jinja constructs as placeholders, or None when it cannot be
    derived (see the module's docstring) or does not lex."""
    protected = _Protected(html)
    out: list[str] = []
    construct: list[str] = []
    keyword = ""
    after_pipe = False
    try:
        for _line, token, value in env.lexer.tokeniter(html, None):
            if not construct:
                if token == "data":
                    out.append(value)
                elif token in ("raw_begin", "raw_end"):
                    out.append(protected.add(value, "raw"))
                elif token.endswith("_begin"):
                    construct, keyword, after_pipe = [value], "", False
                else:
                    return None
                continue
            construct.append(value)
            if token == "name":
                if after_pipe and value in _HTML_FILTERS:
                    return None
                if construct[0].startswith("{%") and not keyword:
                    keyword = value
            if token != "whitespace":
                after_pipe = token == "operator" and value == "|"
            if token.endswith("_end"):
                source = "".join(construct)
                statement = keyword if source.startswith("{%") else ""
                if statement == "autoescape":
                    return None
                out.append(protected.add(source, statement))
                construct = []
    except TemplateSyntaxError:
        return None
    if construct:
        return None
    return "".join(out), protected


class _TemplateCollector(TextCollector):
    """The converter, run on a protected template: placeholders are words."""

    def __init__(self, protected: _Protected) -> None:
        super().__init__()
        self.protected = protected
        self.derivable = True
        self._lists_opened = 0
        self._link_line = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre" or self.protected.holds_code(tag):
            self.derivable = False
        if any(self.protected.holds_code(name) for name, _value in attrs):
            self.derivable = False
        super().handle_starttag(tag, attrs)
        if tag == "a":
            self._link_line = len(self.lines)

    def _numbering(self) -> list:
        # Items a loop makes are counted as they render.
        self._lists_opened += 1
        name = f"_cc_list{self._lists_opened}"
        self._words.append(self.protected.add(f"{{% set {name} = namespace(n=0) %}}"))
        return [name]

    def _item_mark(self, numbering: list) -> str:
        name = numbering[0]
        return self.protected.add(f"{{% set {name}.n = {name}.n + 1 %}}{{{{ {name}.n }}}}") + ". "

    def _close_link(self) -> None:
        assert self._link is not None
        href, start = self._link
        label = "".join(self._words[start:])
        has_code = self.protected.holds_code
        if not has_code(href) and not has_code(label):
            super()._close_link()
            return
        self._link = None
        if not has_code(href) and not link_suffix(href, "label"):
            return  # an anchor: the label alone, whatever it says
        if self._link_line != len(self.lines) or self.protected.reads_as_code(href):
            self.derivable = False  # a line break inside the link: no single label
            return
        # The label as it renders, then what follows it, decided for that label.
        self._words.insert(start, self.protected.add("{% set _cc_label %}"))
        self._words.append(
            self.protected.add(
                "{% endset %}{% set _cc_href %}"
                + self.protected.restore(href)
                + "{% endset %}{{ _cc_label }}{{ "
                + LINK_SUFFIX
                + "(_cc_href, _cc_label) }}"
            )
        )


def text_template_source(env: Environment, html: str) -> str | None:
    """The text template derived from an HTML template, or None when the text must be
    converted from each rendered message (see the module's docstring)."""
    if not html.strip():
        return None
    protected_html = _protect(env, html)
    if protected_html is None:
        return None
    source, protected = protected_html
    collector = _TemplateCollector(protected)
    collector.feed(source)
    collector.close()
    if not collector.derivable:
        return None
    text = LINE.join(line or BLANK for line in collector.lines)
    if protected.reads_as_code(text):
        return None
    template = protected.restore(text)
    for index, construct in enumerate(protected.constructs):
        if index not in protected.used and construct.statement not in _DROPPABLE:
            return None
    return template


def text_of_rendered(rendered: str) -> str:
    """The text part from a rendered derived template: as html_to_text would give it."""
    lines: list[str] = []
    for piece in rendered.split(LINE):
        if piece == BLANK:
            lines.append("")
            continue
        line = " ".join(piece.split())
        if line:
            lines.append(line)
    return text_of_lines(lines)
