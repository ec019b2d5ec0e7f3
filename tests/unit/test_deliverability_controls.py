"""Control rules that warn before a real send about what filters and readers will meet:
an HTML of images with hardly any text, a tracking URL recipients cannot use."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import ControlCheck, OptionType, Severity, TypologyRuleType
from desktop.services.preparation.typology_rules import DeliveryFacts, Rule, check
from desktop.services.settings.options import parse_value


def rule(control_check: ControlCheck, threshold: int | None = None) -> Rule:
    return Rule(
        name="deliverability",
        label="Deliverability",
        rule_type=TypologyRuleType.CONTROL,
        priority=1,
        control_check=control_check,
        control_threshold=threshold,
        severity=Severity.WARNING,
    )


def facts(html: str = "", tracking: str = "https://t.example.com") -> DeliveryFacts:
    return DeliveryFacts(
        subject="Hi",
        sender_address="news@example.com",
        html=html,
        text="",
        proof_target_size=None,
        tracking_base_url=tracking,
    )


IMAGES = '<html><body><img src="https://x.example/banner.png"><p>{{ recipient.first_name }}</p>'


def test_an_html_of_images_with_hardly_any_text_is_warned_about() -> None:
    finding = check(rule(ControlCheck.HTML_TEXT, 50), facts(IMAGES))
    assert finding is not None and finding.severity is Severity.WARNING
    assert "the HTML has 0 characters of text, under 50" in finding.message
    wordy = IMAGES + "<p>" + "Our spring offers are here for you. " * 3 + "</p>"
    assert check(rule(ControlCheck.HTML_TEXT, 50), facts(wordy)) is None
    assert check(rule(ControlCheck.HTML_TEXT, 50), facts("")) is None  # a text message


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:8765", "points at this machine"),
        ("https://localhost:8443", "points at this machine"),
        ("http://[::1]:8765", "points at this machine"),
        ("http://t.example.com", "is not https"),
    ],
)
def test_a_tracking_url_recipients_cannot_use_is_warned_about(url: str, words: str) -> None:
    finding = check(rule(ControlCheck.TRACKING_URL), facts(tracking=url))
    assert finding is not None and words in finding.message and url in finding.message
    assert check(rule(ControlCheck.TRACKING_URL), facts(tracking="https://t.example.com")) is None


def test_list_options_are_checked_when_set() -> None:
    with pytest.raises(ValidationError, match="NmsEmail_ListId"):
        parse_value(OptionType.TEXT, "not a list id", field="NmsEmail_ListId")
    with pytest.raises(ValidationError, match="NmsEmail_UnsubscribeMailbox"):
        parse_value(OptionType.TEXT, "nobody", field="NmsEmail_UnsubscribeMailbox")
    assert parse_value(OptionType.TEXT, "", field="NmsEmail_UnsubscribeMailbox") == ""
    assert parse_value(OptionType.TEXT, "News <news.example.com>", field="NmsEmail_ListId")
