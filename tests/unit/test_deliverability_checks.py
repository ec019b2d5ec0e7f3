"""The pre-flight check's judgement of a message: for each header, MIME and link check, a
message that passes and one that fails, built with email.message.EmailMessage (or its bytes
touched where the email package will not write a fault), and the score they add up to."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage

import pytest

from desktop.services.deliverability.catalogue import CHECKS
from desktop.services.deliverability.findings import Finding, Level
from desktop.services.deliverability.link_checks import organisation_domain
from desktop.services.deliverability.message_checks import check_message
from desktop.services.deliverability.message_context import MessageContext
from desktop.services.deliverability.score import Rating, points, rating, verdict

PARAGRAPH = (
    "Spring is here and our garden shop has new seeds, tools and plants for every balcony. "
    "Members save fifteen percent on every order this week, and delivery is free above "
    "thirty euros. Our gardeners answer questions every morning in the shop and by e-mail. "
    "Come and see the new greenhouse, taste the herbs and take home a free seed calendar. "
    "On Saturday the children's corner plants sunflowers with anyone under twelve, and our "
    "beekeeper shows how a hive lives through the year. Bring your old pots: we recycle them."
)
HTML = (
    "<html><head><style>p {color: #333}</style></head><body>"
    + f"<p>{PARAGRAPH}</p>" * 6
    + '<p><a href="https://shop.example/offers">See the spring offers</a> or visit '
    '<a href="https://www.shop.example/">www.shop.example</a>.</p>'
    '<img src="https://shop.example/garden.png" alt="Our garden">'
    "</body></html>"
)
TEXT = (
    f"{PARAGRAPH}\n\n" * 6
    + "See the spring offers: https://shop.example/offers\nwww.shop.example\n"
)
TRACKING = "https://t.shop.example"
GOOD_CONTEXT = MessageContext(tracking_base_url=TRACKING, real_send=True)


def message(html: str | None = HTML, text: str | None = TEXT) -> EmailMessage:
    """A message a careful sender builds: every header in place, text and HTML alike."""
    m = EmailMessage()
    m["From"] = "Garden Shop <news@shop.example>"
    m["To"] = "ann@example.org"
    m["Subject"] = "Spring offers"
    m["Date"] = "Sun, 06 Dec 2026 14:00:00 +0000"
    m["Message-ID"] = "<4f1c.7.12@shop.example>"
    m["List-Id"] = "Spring newsletter <spring.shop.example>"
    m["List-Unsubscribe"] = (
        "<mailto:unsubscribe@shop.example?subject=7.12>, <https://t.shop.example/u/TOKEN>"
    )
    m["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if text is not None:
        m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    return m


def wire(m: EmailMessage) -> bytes:
    return m.as_bytes(policy=email.policy.SMTP)


def names(findings: list[Finding]) -> set[str]:
    return {f.name for f in findings}


def found(data: bytes, context: MessageContext = GOOD_CONTEXT) -> dict[str, Finding]:
    findings = check_message(data, context)
    assert all(f.name in CHECKS for f in findings)
    return {f.name: f for f in findings}


def with_header(name: str, value: str | None, m: EmailMessage | None = None) -> bytes:
    m = m or message()
    del m[name]
    if value is not None:
        m[name] = value
    return wire(m)


def test_a_careful_senders_message_has_no_finding_and_scores_zero() -> None:
    findings = check_message(wire(message()), GOOD_CONTEXT)
    assert findings == []
    assert points(findings) == 0.0 and rating(0.0) is Rating.GOOD
    assert verdict(findings) == "Ready; score 0.0: filters should let it through."


# ---- MIME ------------------------------------------------------------------------------


def test_a_message_without_a_text_alternative_is_reported() -> None:
    result = found(wire(message(text=None)))
    assert result["text_part_missing"].severity is Level.WARNING
    assert "text_part_missing" not in found(wire(message()))


def test_an_empty_text_alternative_scores_what_spamassassin_gives_it() -> None:
    result = found(wire(message(text="\n")))
    empty = result["text_part_empty"]
    assert empty.severity is Level.WARNING and empty.points == pytest.approx(2.3)
    assert "text_html_differ" not in result  # one fault, counted once


def test_a_text_alternative_that_says_something_else_is_reported() -> None:
    other = "Your invoice number 4471 is attached. Payment is due within thirty days.\n"
    result = found(wire(message(text=other)))
    assert result["text_html_differ"].points == pytest.approx(2.2)
    assert "of the HTML's words are in the text alternative" in result["text_html_differ"].details
    # Half the words, in other lines and order, say the same thing well enough.
    half = " ".join(PARAGRAPH.split()[::-1][: len(PARAGRAPH.split()) * 2 // 3])
    assert "text_html_differ" not in found(wire(message(text=half)))


def test_an_html_part_of_images_and_a_few_words_reads_as_an_image_mail() -> None:
    images = (
        '<html><body><img src="https://shop.example/a.png"><img src="https://shop.example/b.png">'
        "<p>Spring sale</p></body></html>"
    )
    result = found(wire(message(html=images, text="Spring sale\n")))
    assert result["html_image_only"].severity is Level.WARNING
    assert "2 image(s) in only" in result["html_image_only"].details
    assert "(10 of them text;" in result["html_image_only"].details
    assert "html_image_only" not in found(wire(message()))  # an image beside real text


def test_two_paragraphs_and_an_open_pixel_still_read_as_an_image_mail() -> None:
    # What SpamAssassin's HTML_IMAGE_ONLY_12 scores: 1,100 characters of text, one pixel.
    pixel = '<img src="https://t.shop.example/o/TOKEN" width="1" height="1" alt="">'
    html = f"<html><body><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>{pixel}</body></html>"
    result = found(wire(message(html=html, text=f"{PARAGRAPH}\n\n{PARAGRAPH}\n")))
    assert "1 image(s)" in result["html_image_only"].details


def test_a_message_over_the_size_limit_is_reported() -> None:
    data = wire(message())
    small = MessageContext(tracking_base_url=TRACKING, size_limit=len(data) - 1)
    assert f"{len(data):,} bytes" in found(data, small)["message_size"].details
    assert "message_size" not in found(data, MessageContext(TRACKING, size_limit=len(data)))


# ---- headers ---------------------------------------------------------------------------


def test_a_header_line_over_998_characters_is_an_error() -> None:
    good = wire(message())
    assert max(len(line) for line in good.split(b"\r\n")) <= 998
    long_from = b"From: " + b"=?utf-8?b?5Lit?=" * 70 + b" <news@shop.example>"
    data = good.replace(b"From: Garden Shop <news@shop.example>", long_from)
    finding = found(data)["header_line_too_long"]
    assert finding.is_error
    assert f"From ({len(long_from)} characters)" in finding.details
    assert "header_line_too_long" not in found(good)


def test_unencoded_8bit_header_bytes_are_reported() -> None:
    m = message()
    m.replace_header("Subject", "Vårens erbjudanden 春季")
    assert "header_8bit" not in found(wire(m))  # encoded words
    raw = found(m.as_bytes(policy=email.policy.SMTPUTF8))
    assert "Subject" in raw["header_8bit"].details


def test_the_date_needs_a_numeric_zone() -> None:
    good = wire(message())
    assert not names(check_message(good, GOOD_CONTEXT)) & {"date_missing", "date_zone_not_numeric"}
    # The email package rewrites a zone name; the console's builder writes what it likes.
    gmt = good.replace(b"14:00:00 +0000", b"14:00:00 GMT")
    assert "Date: Sun, 06 Dec 2026 14:00:00 GMT" in found(gmt)["date_zone_not_numeric"].details
    assert found(with_header("Date", None))["date_missing"].is_error


def test_the_message_id_must_be_there_with_a_domain() -> None:
    assert found(with_header("Message-ID", None))["message_id_missing"].is_error
    no_domain = found(with_header("Message-ID", "<4f1c.7.12@localhost>"))
    assert no_domain["message_id_no_domain"].severity is Level.WARNING
    assert "message_id_no_domain" not in found(with_header("Message-ID", "<a.b@mail.shop.example>"))


def test_list_unsubscribe_is_required_with_mailto_and_one_click_https() -> None:
    assert found(with_header("List-Unsubscribe", None))["list_unsubscribe_missing"].is_error
    https_only = found(with_header("List-Unsubscribe", "<https://t.shop.example/u/TOKEN>"))
    assert "list_unsubscribe_no_mailto" in https_only
    http_only = found(with_header("List-Unsubscribe", "<http://t.shop.example/u/TOKEN>"))
    assert http_only["list_unsubscribe_not_https"].severity is Level.WARNING
    local = MessageContext(tracking_base_url=TRACKING, real_send=False)
    http_local = found(with_header("List-Unsubscribe", "<http://t.shop.example/u/T>"), local)
    assert http_local["list_unsubscribe_not_https"].severity is Level.INFO
    no_post = found(with_header("List-Unsubscribe-Post", None))
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in (
        no_post["list_unsubscribe_post_missing"].details
    )


def test_a_list_id_is_expected() -> None:
    assert found(with_header("List-Id", None))["list_id_missing"].severity is Level.WARNING


# ---- links -----------------------------------------------------------------------------


def test_a_link_showing_one_domain_and_leading_to_another_is_reported() -> None:
    html = HTML.replace('href="https://www.shop.example/"', 'href="https://login.other.example/"')
    result = found(wire(message(html=html)))
    assert "'www.shop.example' leads to login.other.example" in result["link_text_domain"].details


def test_a_tracked_link_is_judged_by_where_it_finally_leads() -> None:
    tracked = {"https://t.shop.example/c/1": "https://www.shop.example/"}
    html = HTML.replace('href="https://www.shop.example/"', 'href="https://t.shop.example/c/1"')
    same_org = MessageContext(TRACKING, link_target=lambda url: tracked.get(url, url))
    assert "link_text_domain" not in found(wire(message(html=html)), same_org)
    # A tracking server under another domain: filters see two domains, a hint only.
    other = {"https://track.mailer.example/c/1": "https://www.shop.example/"}
    html = HTML.replace(
        'href="https://www.shop.example/"', 'href="https://track.mailer.example/c/1"'
    )
    context = MessageContext(
        "https://track.mailer.example", link_target=lambda url: other.get(url, url)
    )
    result = found(wire(message(html=html)), context)
    assert "link_text_domain" not in result
    assert result["link_text_tracking_domain"].severity is Level.INFO
    assert result["sender_tracking_domains"].severity is Level.INFO


@pytest.mark.parametrize(
    ("url", "real_send", "expected"),
    [
        ("https://t.shop.example", True, {}),
        ("http://t.shop.example", True, {"tracking_url_not_https": Level.WARNING}),
        (
            "http://127.0.0.1:8765",
            True,
            {"tracking_url_not_https": Level.WARNING, "tracking_url_loopback": Level.WARNING},
        ),
        ("https://localhost:8443", True, {"tracking_url_loopback": Level.WARNING}),
        (
            "http://127.0.0.1:8765",
            False,
            {"tracking_url_not_https": Level.INFO, "tracking_url_loopback": Level.INFO},
        ),
    ],
)
def test_the_tracking_url_must_be_https_and_reachable_for_a_real_send(
    url: str, real_send: bool, expected: dict[str, Level]
) -> None:
    result = found(wire(message()), MessageContext(url, real_send=real_send))
    tracking = {n: f.severity for n, f in result.items() if n.startswith("tracking_url")}
    assert tracking == expected


def test_organisation_domains() -> None:
    assert organisation_domain("mail.shop.example") == "shop.example"
    assert organisation_domain("www.shop.co.uk") == "shop.co.uk"
    assert organisation_domain("shop.example") == "shop.example"


# ---- the score -------------------------------------------------------------------------


def test_the_score_adds_the_points_and_the_verdict_puts_errors_first() -> None:
    data = with_header("Message-ID", None, message(text="\n"))
    findings = check_message(data, GOOD_CONTEXT)
    assert points(findings) == pytest.approx(2.8)  # 2.3 empty text + 0.5 missing Message-ID
    assert rating(points(findings)) is Rating.AT_RISK
    assert verdict(findings).startswith("Not ready: 1 error(s) to fix, 1 warning(s); score 2.8")
    assert rating(4.9) is Rating.AT_RISK and rating(5.0) is Rating.LIKELY_SPAM
