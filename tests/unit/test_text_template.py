"""A delivery without text: each recipient's text part is rendered from a text template
derived once from the HTML, and reads exactly as the conversion of that recipient's
rendered HTML; templates the derivation cannot follow fall back to that conversion."""

from __future__ import annotations

import email
import email.policy
from typing import Any

import pytest

from desktop.demo.content import load_messages
from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.html_text import html_to_text
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec

BASE = "https://t.example.com"


def spec_of(html: str, text: str = "", extra: dict[str, Any] | None = None) -> RenderSpec:
    return RenderSpec(
        delivery_id=5,
        subject="Hi",
        html=html,
        text=text,
        delivery={"id": 5, "label": "Spring", "subject": "Hi"},
        campaign={"id": 9, "label": "Spring & summer", "description": ""},
        secret=b"k" * 32,
        tracking_base_url=BASE,
        extra=extra or {},
    )


def person(recipient_id: int, **custom: Any) -> dict[str, Any]:
    return {
        "id": recipient_id,
        "email": f"r{recipient_id}@example.org",
        "first_name": custom.pop("first_name", "Åsa"),
        "last_name": "Lindqvist",
        "language": "sv",
        "country": "SE",
        "city": custom.pop("city", "Malmö"),
        "postal_address": "",
        "external_id": None,
        "custom_fields": custom,
    }


PEOPLE = [
    person(1, loyalty_points=900, interests=["books", "garden"], url="https://a.example/x?a=1&b=2"),
    person(2, first_name="", loyalty_points=10, interests=[], url="mailto:help@example.com"),
    person(3, first_name="Bob <b>&amp;</b>", interests=["cinema"], url="#top", city="A\n  B"),
    person(4, first_name="X " * 50, interests=["a b " * 30], url="https://a.example/" + "y" * 90),
]


def texts(spec: RenderSpec) -> list[tuple[str, str]]:
    """(derived text, conversion of the rendered HTML) for each recipient."""
    renderer = DeliveryRenderer(spec)
    pairs = []
    for row in PEOPLE:
        rendered = renderer.render(row)
        pairs.append((rendered.text, html_to_text(rendered.html)))
    return pairs


def assert_derived_reads_as_converted(html: str) -> list[str]:
    spec = spec_of(html)
    assert spec.text_from_html, "a text template is derived"
    pairs = texts(spec)
    for derived, converted in pairs:
        assert derived == converted
    return [derived for derived, _ in pairs]


def test_the_demo_messages_read_the_same_derived_or_converted() -> None:
    messages = load_messages()
    assert messages
    for message in messages.values():
        assert_derived_reads_as_converted(message.html)


LOOPS_AND_CONDITIONS = """<html><head><title>{{ delivery.label }}</title>
<style>.c { color: {{ recipient.city|length }}px }</style></head><body>
<h1>Hello {% if recipient.first_name %}{{ recipient.first_name }}{% else %}friend{% endif
%},</h1>
{% if recipient.loyalty_points is defined and recipient.loyalty_points > 500 %}
<p class="{% if recipient.loyalty_points > 800 %}gold{% endif %}">You are a
<b>gold</b>&nbsp;member &amp; get 15&#37; off &lt;everything&gt;.</p>
{% endif %}
<ul>{% for item in recipient.interests | default([]) %}<li>{{ item }}</li>{% endfor %}</ul>
<ol>{% for item in recipient.interests | default([]) %}
  <li>{{ loop.index }}: {{ item|upper }}</li>
{% endfor %}<li>Last</li></ol>
{% for item in recipient.interests | default([]) %}<p>{{ item }}</p>
{% else %}<p>None</p>{% endfor %}
<table>{% for n in range(2) %}<tr><td>{{ n }}</td><td>{{ recipient.city }}</td></tr>{% endfor %}
</table>
<div>{{- " spaced " -}}</div>{# a comment #}
<p>{{ recipient.city }} {{ "" }} {{ campaign.label }}</p>
</body></html>"""


def test_loops_conditions_and_entities_read_the_same() -> None:
    derived = assert_derived_reads_as_converted(LOOPS_AND_CONDITIONS)
    first = derived[0]
    assert "Hello Åsa," in first and "2. 2: GARDEN" in first and "3. Last" in first
    assert "member & get 15% off <everything>." in first
    assert "Hello friend," in derived[1] and "None" in derived[1]
    assert "Bob <b>&amp;</b>" in derived[2]  # a value's markup is text, as in the HTML


LINKS = """<p><a href="{{ unsubscribe_url }}">Unsubscribe</a> or
<a href="{{ mirror_url }}">{{ mirror_url }}</a> or <a href="{{ recipient.url }}">Help</a>,
<a href="{{ recipient.url }}"></a>, <a href="https://shop.example.com/?c={{ campaign.id }}&amp;r={{
recipient.id }}">Shop {{ recipient.first_name }}</a>, <a href="#{{ recipient.id }}">Top</a>,
<a href="https://x.example/{% if recipient.id > 2 %}big{% else %}small{% endif %}">Size</a>
<a href="mailto:help@example.com">{{ "help@example.com" }}</a>
<a href="https://static.example.com/">Static</a> <img src="{{ recipient.url }}" alt="{{
recipient.city }}"></p>"""


def test_links_with_template_addresses_read_the_same() -> None:
    derived = assert_derived_reads_as_converted(LINKS)
    first = derived[0].replace("\n", " ")
    renderer = DeliveryRenderer(spec_of(LINKS))
    assert f"Unsubscribe <{renderer.signer.unsubscribe_url(5, 1)}>" in first
    assert "Help <https://a.example/x?a=1&b=2>" in first  # an href's code gives its URL
    assert "Shop Åsa <https://shop.example.com/?c=9&r=1>" in first
    assert "Size <https://x.example/small>" in first
    assert "help@example.com Static" in first  # a mailto: label shown once
    assert "Help <help@example.com>" in derived[1].replace("\n", " ")
    assert "Help, , Shop" in derived[2].replace("\n", " ")  # an anchor: the label alone


def test_a_long_paragraph_wraps_where_the_conversion_wraps() -> None:
    html = "<p>{{ recipient.first_name }} " + "lorem ipsum " * 40 + "{{ recipient.url }}</p>"
    derived = assert_derived_reads_as_converted(html)
    assert all(len(line) <= 76 for line in derived[0].splitlines())


@pytest.mark.parametrize(
    "html",
    [
        "<html><head>{% set who = 'you' %}</head><body><p>Hi {{ who }}</p></body></html>",
        "<p>Hi</p><pre>{{ recipient.city }}\n   indented</pre>",
        "<p>{{ recipient.first_name|safe }}</p>",
        "<p>{{ recipient.first_name|e }}</p>",
        "<p>See {{ recipient.url|urlize }}</p>",
        "{% autoescape false %}<p>{{ recipient.first_name }}</p>{% endautoescape %}",
        "<p {{ 'title=x' }}>Hi {{ recipient.first_name }}</p>",
        "<p>&#123;{ recipient.first_name }} is how we greet {{ recipient.first_name }}</p>",
        # The loop's start is dropped with the attribute, its end is not: no text template.
        '<p class="{% for x in [1] %}a">Hi {{ recipient.city }}</p>{% endfor %}',
    ],
)
def test_what_the_derivation_cannot_follow_is_converted_per_message(html: str) -> None:
    spec = spec_of(html)
    renderer = DeliveryRenderer(spec)
    builder = MessageBuilder(
        delivery_id=5, sender_address="news@example.com", signer=renderer.signer
    )
    for row in PEOPLE[:3]:
        rendered = renderer.render(row)
        assert rendered.text == ""  # left to the builder
        data = builder.build(row["id"], row["email"], rendered).data
        message = email.message_from_bytes(data, policy=email.policy.default)
        plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert plain.replace("\r\n", "\n") == html_to_text(rendered.html)


def test_a_delivery_with_text_or_without_html_derives_nothing() -> None:
    assert spec_of("<p>Hi</p>", text="Hello {{ recipient.first_name }}\n").text_from_html == ""
    assert spec_of("  ").text_from_html == ""
    rendered = DeliveryRenderer(spec_of("<p>Hi</p>", text="Own\n")).render(PEOPLE[0])
    assert rendered.text == "Own\n"


def test_the_sent_message_carries_the_derived_text() -> None:
    spec = spec_of(LINKS)
    renderer = DeliveryRenderer(spec)
    builder = MessageBuilder(
        delivery_id=5, sender_address="news@example.com", signer=renderer.signer
    )
    rendered = renderer.render(PEOPLE[0])
    data = builder.build(1, "r1@example.org", rendered).data
    message = email.message_from_bytes(data, policy=email.policy.default)
    plain = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert plain.replace("\r\n", "\n") == rendered.text == html_to_text(rendered.html)
