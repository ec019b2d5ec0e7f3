"""Messages of the demo deliveries: subject, HTML and text in the recipients' languages.

The words are data (resources/demo: messages.toml, products.toml, phrases.toml), laid out
by the house layout (message_layout.html and message_layout.txt). Each message
personalises the greeting, lists products in a loop, shows a paragraph only to members
with enough loyalty points (a condition on a custom field that not every recipient has),
and carries the unsubscribe and mirror links the console signs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
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
        "footer": str,
    }
)
PRODUCT = Shape({"name": str, "price": str, "path": str})
MESSAGE = Shape(
    {
        "language": str,
        "subject": str,
        "headline": str,
        "intro": str,
        "products": ListOf(str),
        "cta": str,
    }
)
MESSAGES = Shape({"site": str, "message": Named(MESSAGE)})
# What the layouts may show: a language's phrases and a message's own words.
LAYOUT_PLACEHOLDERS = (*PHRASES.required, "headline", "intro", "products", "cta", "site")


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


def load_messages() -> dict[str, Message]:
    """The messages of messages.toml by key, each laid out in its language."""
    phrases = read_toml("phrases.toml", Named(PHRASES))
    products = read_toml("products.toml", Named(PRODUCT))
    data = read_toml("messages.toml", MESSAGES)
    html = read_layout("message_layout.html", LAYOUT_PLACEHOLDERS)
    text = read_layout("message_layout.txt", LAYOUT_PLACEHOLDERS)
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
            products=_jinja_products(picks, site),
            cta=message["cta"],
            site=site,
        )
        messages[key] = Message(message["subject"], html.substitute(words), text.substitute(words))
    return messages
