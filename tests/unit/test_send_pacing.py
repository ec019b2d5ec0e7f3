"""Throughput limits (messages per hour, overall and per domain) and MIME of a message."""

from __future__ import annotations

import email
import email.policy
from itertools import pairwise

from desktop.services.messages.builder import MessageBuilder
from desktop.services.messages.rendering import Rendered
from desktop.services.messages.tracking_links import LinkSigner
from desktop.services.sending.pacing import Spacing, Throttle


def test_messages_per_hour_are_spread_evenly() -> None:
    spacing = Spacing(per_hour=36_000)  # ten a second
    slots = [spacing.reserve(now=1000.0) for _ in range(50)]
    # One second's worth may go at once (catch-up), then one every 0.1 s.
    assert slots[0] == 999.0
    assert all(abs((b - a) - 0.1) < 1e-9 for a, b in pairwise(slots))
    assert abs(slots[-1] - slots[0] - 4.9) < 1e-9


def test_a_domain_over_its_hourly_limit_is_deferred_not_refused() -> None:
    throttle = Throttle(per_hour=None, per_domain=2)  # two an hour per domain
    first = throttle.slot("example.org")
    second = throttle.slot("example.org")
    third = throttle.slot("example.org")
    assert first[1] is None  # now (within the catch-up second)
    assert second[1] is not None and second[1] > 1700  # half an hour later
    assert third[1] is not None and third[1] > second[1]
    assert throttle.slot("example.net")[1] is None  # other domains are not held back


def _message(subject: str, html: str) -> email.message.EmailMessage:
    signer = LinkSigner(b"k" * 32, "https://t.example.com")
    builder = MessageBuilder(
        delivery_id=4, sender_address="news@shop.example", sender_name="Boutique Été", signer=signer
    )
    built = builder.build(9, "zoé@example.org", Rendered(subject, html, "Texte: été\n" * 3))
    assert b"\r\n" in built.data and b"\n" not in built.data.replace(b"\r\n", b"")
    return email.message_from_bytes(built.data, policy=email.policy.default)


def test_a_message_reads_back_with_its_unicode_and_tracking() -> None:
    message = _message(
        "Soldes d'été pour Zoé\r\nBcc: injected@example.net",
        '<html><body><a href="https://shop.example/a?x=1&amp;y=2">Voir</a></body></html>',
    )
    assert message["Subject"] == "Soldes d'été pour Zoé Bcc: injected@example.net"
    assert message["Bcc"] is None  # a line break in a value never makes a header
    assert message["From"].addresses[0].display_name == "Boutique Été"
    assert message["List-Unsubscribe"] == f"<{message['List-Unsubscribe'][1:-1]}>"
    html = message.get_body(("html",)).get_content()
    assert "https://t.example.com/c/" in html and "shop.example/a" not in html
    assert html.index("https://t.example.com/o/") < html.index("</body>")
    text = message.get_body(("plain",)).get_content()
    assert text.replace("\r\n", "\n") == "Texte: été\n" * 3


def test_a_long_unicode_subject_is_folded_into_encoded_words_that_read_back() -> None:
    subject = "Offres d'été 🎉 pour Zoé, 春季優惠 " * 6 + "fin"
    signer = LinkSigner(b"k" * 32, "https://t.example.com")
    builder = MessageBuilder(delivery_id=4, sender_address="news@shop.example", signer=signer)
    data = builder.build(9, "zoe@example.org", Rendered(subject, "<p>x</p>", "x")).data
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii")  # headers are 7-bit
    subject_lines = head.split("Subject: ", 1)[1].split("\r\n")
    folded = [subject_lines[0]] + [line for line in subject_lines[1:] if line.startswith(" ")]
    assert len(folded) > 1 and all(len("Subject: " + line) <= 76 for line in folded)
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["Subject"] == subject


def test_every_line_break_of_a_template_goes_out_as_crlf() -> None:
    signer = LinkSigner(b"k" * 32, "https://t.example.com")
    builder = MessageBuilder(delivery_id=4, sender_address="news@shop.example", signer=signer)
    text = "one\rtwo\r\nthree\nfour " + "long line " * 20 + "\n"
    data = builder.build(9, "zoe@example.org", Rendered("Hi", "<p>a\rb</p>", text)).data
    assert b"\r" not in data.replace(b"\r\n", b"") and b"\n" not in data.replace(b"\r\n", b"")
    message = email.message_from_bytes(data, policy=email.policy.default)
    plain = message.get_body(("plain",)).get_content()
    assert plain.splitlines() == ["one", "two", "three", "four " + "long line " * 20]
