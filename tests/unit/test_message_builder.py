"""What filters and mailbox providers read in a built message: the text part, the list
headers, the date, and header lines that any relay takes."""

from __future__ import annotations

import email
import email.policy
import re
from email.header import decode_header, make_header
from email.message import EmailMessage

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.errors import ValidationError
from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.html_text import html_to_text
from desktop.services.messages.list_headers import (
    ListHeaders,
    campaign_list_id,
    list_headers,
    list_id_value,
)
from desktop.services.messages.rendering import Rendered
from desktop.services.messages.tracking_links import LinkSigner

HTML = """<!DOCTYPE html><html><head><title>Spring</title>
<style>p { color: red }</style><script>var tracking = 1;</script></head>
<body><h1>Spring is here</h1>
<p>Hello Åsa, our new season&nbsp;of offers is &lt;finally&gt; here &amp; waiting for you in
every shop and on the web site, with free delivery for members on every single order.</p>
<ul><li><a href="https://shop.example.com/boots">Hiking boots</a> 129 €</li>
<li><a href="https://shop.example.com/tent">https://shop.example.com/tent</a></li></ul>
<ol><li>First</li><li>Second</li></ol>
<p><img src="https://shop.example.com/logo.png" alt="Acme Outdoor"><br>
<a href="mailto:help@example.com">help@example.com</a> <a href="#top">Top</a></p>
</body></html>"""


def builder(base_url: str = "https://t.example.com", **kwargs) -> MessageBuilder:
    return MessageBuilder(
        delivery_id=7,
        sender_address=kwargs.pop("sender_address", "news@example.com"),
        signer=LinkSigner(b"k" * 32, base_url),
        **kwargs,
    )


def parsed(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def header_lines(data: bytes) -> list[bytes]:
    return data.split(b"\r\n\r\n", 1)[0].split(b"\r\n")


def sender_name(data: bytes) -> str:
    """The From: display name as RFC 2047 §6.2 decodes it: the space between two adjacent
    encoded words is not text. (The email package's address parser keeps it.)"""
    raw = b"".join(lines_of(data, b"From")).decode("ascii").removeprefix("From:")
    decoded = str(make_header(decode_header(raw))).strip()
    name = decoded.rpartition("<")[0].strip()
    if name.startswith('"') and name.endswith('"'):
        name = re.sub(r"\\(.)", r"\1", name[1:-1])
    return name


def lines_of(data: bytes, name: bytes) -> list[bytes]:
    """The lines of one header, folded as it is."""
    found: list[bytes] = []
    for line in header_lines(data):
        if line.startswith(name + b":") or (found and line[:1] == b" " and found[-1] is not None):
            found.append(line)
        elif found:
            break
    return found


# ---- the text part -----------------------------------------------------------------------


def test_the_text_alternative_says_what_the_html_says_with_its_links() -> None:
    text = html_to_text(HTML)
    assert "Spring is here" in text.splitlines()
    assert "var tracking" not in text and "color: red" not in text and "\nSpring\n" not in text
    assert "of offers is <finally> here & waiting" in text.replace("\n", " ")
    assert "new season of offers" in text  # &nbsp; decoded
    assert "- Hiking boots <https://shop.example.com/boots> 129 €" in text
    assert "- https://shop.example.com/tent" in text  # a link that is its own label: once
    assert "1. First" in text and "2. Second" in text
    assert "Acme Outdoor" in text
    assert "help@example.com Top" in text  # mailto shown once, an anchor as its label
    assert all(len(line) <= 76 for line in text.splitlines())


def test_long_paragraphs_wrap_near_76_characters_and_a_long_link_keeps_its_line() -> None:
    url = "https://shop.example.com/" + "x" * 100
    text = html_to_text(f"<p>{'word ' * 60}</p><p><a href='{url}'>see</a></p>")
    lines = text.splitlines()
    assert all(60 < len(line) <= 76 for line in lines[:3])
    assert lines[-1] == f"<{url}>" and lines[-2] == "see"


def test_a_delivery_without_text_sends_the_text_of_its_html() -> None:
    message = parsed(builder().build(3, "ann@example.org", Rendered("Hi", HTML, "")).data)
    plain = message.get_body(("plain",)).get_content()
    assert "Hiking boots <https://shop.example.com/boots>" in plain  # the link as written
    html = message.get_body(("html",)).get_content()
    assert "/c/" in html and "/o/" in html  # the HTML's links tracked, the pixel in


def test_a_delivery_with_text_keeps_its_own_text() -> None:
    message = parsed(builder().build(3, "a@example.org", Rendered("Hi", HTML, "Mine\n")).data)
    assert message.get_body(("plain",)).get_content().splitlines() == ["Mine"]


def test_without_html_the_message_is_text_only_and_has_no_pixel() -> None:
    data = builder().build(3, "ann@example.org", Rendered("Hi", "  \n", "Hello\n")).data
    message = parsed(data)
    assert message.get_content_type() == "text/plain"
    assert message.get_content().splitlines() == ["Hello"]
    assert b"/o/" not in data


# ---- list headers, date ------------------------------------------------------------------


def test_list_id_is_the_campaigns_under_the_senders_domain_or_the_platforms() -> None:
    assert campaign_list_id(12, "Spring: sale, 2025", "news@Example.com") == (
        "Spring sale 2025 <campaign-12.example.com>"
    )
    headers = list_headers(
        platform_list_id="",
        unsubscribe_mailbox="",
        campaign_id=12,
        campaign_label="Vårkampanj 春季",
        sender_address="news@example.com",
    )
    data = builder(list_headers=headers).build(1, "a@example.org", Rendered("Hi", HTML, "")).data
    assert parsed(data)["List-Id"] == "Vårkampanj 春季 <campaign-12.example.com>"
    platform = list_headers(
        platform_list_id="Acme news <news.acme.example>",
        unsubscribe_mailbox="",
        campaign_id=12,
        campaign_label="Spring",
        sender_address="news@example.com",
    )
    assert platform.list_id == "Acme news <news.acme.example>"
    assert list_id_value("news.acme.example") == "<news.acme.example>"


@pytest.mark.parametrize("wrong", ["news", "Acme <news>", "<a b.example>", "x@y.example"])
def test_a_list_id_that_is_not_rfc_2919_is_refused_naming_the_option(wrong: str) -> None:
    with pytest.raises(ValidationError, match="NmsEmail_ListId"):
        list_id_value(wrong)


def test_list_unsubscribe_has_a_mailto_and_https_one_click() -> None:
    headers = ListHeaders(unsubscribe_mailbox="unsubscribe@example.com")
    data = builder(list_headers=headers).build(5, "a@example.org", Rendered("Hi", HTML, "")).data
    message = parsed(data)
    uris = re.findall(r"<([^>]+)>", message["List-Unsubscribe"])
    assert uris[0].startswith("mailto:unsubscribe@example.com?subject=unsubscribe%20")
    token = uris[0].rpartition("%20")[2]
    assert uris[1] == f"https://t.example.com/u/{token}"
    assert LinkSigner(b"k" * 32, "https://t.example.com").verify(token).recipient_id == 5
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_without_https_there_is_no_one_click_and_without_a_mailbox_no_mailto() -> None:
    data = builder("http://127.0.0.1:8765").build(5, "a@example.org", Rendered("Hi", HTML, ""))
    message = parsed(data.data)
    assert message["List-Unsubscribe"].startswith("<http://127.0.0.1:8765/u/")
    assert "mailto:" not in message["List-Unsubscribe"]
    assert message["List-Unsubscribe-Post"] is None


def test_the_date_has_a_numeric_zone() -> None:
    data = builder().build(1, "a@example.org", Rendered("Hi", HTML, "")).data
    date = parsed(data)["Date"]
    assert str(date).endswith(" +0000") and date.datetime.utcoffset().total_seconds() == 0


# ---- header lines ------------------------------------------------------------------------

NAMES = st.one_of(
    st.text(st.characters(codec="ascii", categories=["L", "N", "P", "Zs"]), max_size=255),
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzåäöÅÄÖé -"), max_size=255),
    st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.just(" "), max_size=255),
)


@settings(max_examples=60, deadline=None)
@given(name=NAMES, subject=NAMES)
@example(name="一" * 31, subject="")  # the email package folded a 76-character word
def test_no_header_line_passes_998_characters_and_names_read_back(name: str, subject: str) -> None:
    built = builder(sender_name=name).build(1, "a@example.org", Rendered(subject, HTML, ""))
    lines = header_lines(built.data)
    assert max(len(line) for line in lines) <= 998
    for word in re.findall(rb"=\?[^?]+\?[bq]\?[^?]*\?=", built.data.split(b"\r\n\r\n")[0]):
        assert len(word) <= 75
    message = parsed(built.data)
    assert message["From"].addresses[0].addr_spec == "news@example.com"
    assert sender_name(built.data) == " ".join(name.splitlines()).strip()
    assert message["Subject"] == " ".join(subject.splitlines()).strip()


def test_a_255_character_chinese_sender_name_folds_into_short_lines() -> None:
    name = "春" * 255
    built = builder(sender_name=name).build(1, "a@example.org", Rendered("春" * 300, HTML, ""))
    for header in (b"From", b"Subject"):
        assert max(len(line) for line in lines_of(built.data, header)) <= 78
    message = parsed(built.data)
    assert sender_name(built.data) == name
    assert message["Subject"] == "春" * 300


def test_a_long_ascii_subject_is_folded_at_its_spaces() -> None:
    subject = " ".join(["Spring"] * 100)
    built = builder().build(1, "a@example.org", Rendered(subject, HTML, ""))
    assert len(lines_of(built.data, b"Subject")) > 5
    assert max(len(line) for line in lines_of(built.data, b"Subject")) <= 78
    assert parsed(built.data)["Subject"] == subject
