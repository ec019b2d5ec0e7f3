"""Messages of the demo deliveries: subject, HTML and text in the recipients' languages.

The words are data (resources/demo: messages.toml, products.toml, phrases.toml), laid out
by the house layout (message_layout.html and .txt; message_section.html and
message_item.html for one section and one list item). Each message reads as a newsletter
a marketing team sends: headed sections, a list, products, a call to action, a signature
and a footer with the company's address. It personalises the greeting, lists products in
a loop, shows a paragraph only to members with enough loyalty points (a condition on a
custom field that not every recipient has), and carries the unsubscribe and mirror links
the console signs. Sections and list items are written into the template as they are, as
a marketer writes them. Filters read an HTML part of fewer than 3,200 characters with an
image (the open pixel) as image mail (SpamAssassin's HTML_IMAGE_ONLY_* rules): the demo's
messages are longer, as real newsletters are.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from html import escape
from string import Template
from typing import Any

from desktop.demo.data_files import ListOf, Named, Shape, lookup, read_layout, read_toml

# The words of the layout in one language.
PHRASES = Shape(
    {
        "html_lang": str,
        "hello": str,
        "fallback_name": str,
        "points": str,
        "unsubscribe": str,
        "mirror": str,
        "picks": str,
        "signoff": str,
        "signature": str,
        "contact": str,
        "footer": str,
        "address": str,
        "privacy": str,
    }
)
SECTION = Shape({"heading": str, "body": str})
PRODUCT = Shape({"name": str, "price": str, "path": str})
MESSAGE = Shape(
    {
        "language": str,
        "subject": str,
        "headline": str,
        "intro": str,
        "sections": ListOf(SECTION),
        "highlights_heading": str,
        "highlights": ListOf(str),
        "products": ListOf(str),
        "cta": str,
    }
)
MESSAGES = Shape({"site": str, "message": Named(MESSAGE)})
# What the layouts may show: a language's phrases and a message's own words.
LAYOUT_PLACEHOLDERS = (
    *PHRASES.required, "headline", "intro", "sections", "highlights_heading", "highlights",
    "products", "cta", "site",
)  # fmt: skip
# Text lines wrap here, as a mail program wraps what one writes.
TEXT_WIDTH = 76


@dataclass(frozen=True)
class Message:
    subject: str
    html: str
    text: str


def _jinja_products(products: list[dict[str, str]], site: str) -> str:
    """A Jinja statement that sets `picks`, the products the layout loops over."""
    items = ", ".join(
        json.dumps({"name": p["name"], "price": p["price"], "url": site + p["path"]},
                   ensure_ascii=False)
        for p in products
    )  # fmt: skip
    return f"{{% set picks = [{items}] %}}"


def _html_sections(layout: Template, sections: list[dict[str, str]]) -> str:
    return "".join(
        layout.substitute(heading=escape(s["heading"]), body=escape(s["body"])) for s in sections
    ).rstrip("\n")


def _html_items(layout: Template, items: list[str]) -> str:
    return "".join(layout.substitute(item=escape(item)) for item in items).rstrip("\n")


def _wrapped(text: str, indent: str = "") -> str:
    return textwrap.fill(text, TEXT_WIDTH, initial_indent=indent,
                         subsequent_indent=" " * len(indent))  # fmt: skip


def _text_sections(sections: list[dict[str, str]]) -> str:
    return "\n\n".join(f"{s['heading']}\n\n{_wrapped(s['body'])}" for s in sections)


def load_messages() -> dict[str, Message]:
    """The messages of messages.toml by key, each laid out in its language."""
    phrases = read_toml("phrases.toml", Named(PHRASES))
    products = read_toml("products.toml", Named(PRODUCT))
    data = read_toml("messages.toml", MESSAGES)
    html = read_layout("message_layout.html", LAYOUT_PLACEHOLDERS)
    text = read_layout("message_layout.txt", LAYOUT_PLACEHOLDERS)
    # The markup of one section and one list item (the text layout's are in _text_sections).
    section = read_layout("message_section.html", ("heading", "body"))
    item = read_layout("message_item.html", ("item",))
    site = data["site"]
    messages = {}
    for key, message in data["message"].items():
        where = f"language of message {key!r}"
        words: dict[str, Any] = dict(lookup("messages.toml", where, phrases, message["language"]))
        picks = [
            lookup("messages.toml", f"product of message {key!r}", products, product)
            for product in message["products"]
        ]
        words.update(
            headline=message["headline"],
            intro=message["intro"],
            highlights_heading=message["highlights_heading"],
            products=_jinja_products(picks, site),
            cta=message["cta"],
            site=site,
        )
        sections, highlights = message["sections"], message["highlights"]
        html_words = dict(
            words,
            sections=_html_sections(section, sections),
            highlights=_html_items(item, highlights),
        )
        text_words = dict(
            words,
            sections=_text_sections(sections),
            highlights="\n".join(_wrapped(item, "- ") for item in highlights),
            contact=_wrapped(words["contact"]),
        )
        messages[key] = Message(
            message["subject"], html.substitute(html_words), text.substitute(text_words)
        )
    return messages
