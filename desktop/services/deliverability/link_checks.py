"""Checks of where a message's links lead: a link whose text shows a domain must lead
there; the tracking server must be reachable by recipients, over https; the sender's domain
and the tracking domain are best the same organisation's."""

from __future__ import annotations

import ipaddress
import re
from email.message import EmailMessage
from urllib.parse import urlsplit

from desktop.services.deliverability.catalogue import finding
from desktop.services.deliverability.findings import Finding, Level
from desktop.services.deliverability.html_text import read_html
from desktop.services.deliverability.message_context import MessageContext

# Link text that reads as an address: `www.shop.example`, `https://shop.example/offers`.
_SHOWN_ADDRESS = re.compile(
    r"^(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?:[/:?#]\S*)?$",
    re.IGNORECASE,
)
# Second-level labels under which a country's domains are registered (shop.co.uk).
_REGISTRY_LABELS = {"co", "com", "net", "org", "ac", "gov", "edu", "or", "ne", "go"}


def organisation_domain(host: str) -> str:
    """The domain an organisation registers: `mail.shop.example` -> `shop.example`,
    `www.shop.co.uk` -> `shop.co.uk` (an approximation of the public suffix list)."""
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _REGISTRY_LABELS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _html(message: EmailMessage) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/html" and not part.is_attachment():
            try:
                return str(part.get_content())  # type: ignore[union-attr]
            except (LookupError, ValueError):
                return ""
    return ""


def check_links(message: EmailMessage, context: MessageContext) -> list[Finding]:
    findings = []
    tracking_host = (urlsplit(context.tracking_base_url).hostname or "").lower()
    deceptive, via_tracking = [], []
    for link in read_html(_html(message)).links:
        shown = _SHOWN_ADDRESS.match(link.text)
        href_host = (urlsplit(link.href).hostname or "").lower()
        if shown is None or not href_host:
            continue
        shown_domain = organisation_domain(shown.group(1))
        target_host = (urlsplit(context.link_target(link.href)).hostname or "").lower()
        if target_host and organisation_domain(target_host) != shown_domain:
            deceptive.append((link, target_host))
        elif href_host == tracking_host and organisation_domain(href_host) != shown_domain:
            via_tracking.append(link)
    if deceptive:
        shown = "; ".join(f"'{link.text}' leads to {host}" for link, host in deceptive[:3])
        findings.append(
            finding("link_text_domain", f"{len(deceptive)} link(s) show another domain: {shown}")
        )
    if via_tracking:
        findings.append(
            finding(
                "link_text_tracking_domain",
                f"{len(via_tracking)} link(s) show an address ('{via_tracking[0].text}') and "
                f"go through the tracking server {tracking_host}: filters see two domains; "
                "words make better link text",
            )
        )
    findings.extend(check_tracking_url(context))
    findings.extend(_sender_domains(message, tracking_host))
    return findings


def check_tracking_url(context: MessageContext) -> list[Finding]:
    if not context.tracking_base_url:
        return []
    url = urlsplit(context.tracking_base_url)
    host = url.hostname or ""
    severity = None if context.real_send else Level.INFO
    where = "" if context.real_send else " (fine for the local outbox, not for a real send)"
    findings = []
    if url.scheme != "https":
        findings.append(
            finding(
                "tracking_url_not_https",
                f"the tracking URL {context.tracking_base_url} is not https: links and the "
                f"unsubscribe URL travel in clear and look unsafe{where}",
                severity=severity,
            )
        )
    if is_loopback(host):
        findings.append(
            finding(
                "tracking_url_loopback",
                f"the tracking URL {context.tracking_base_url} points at this machine: "
                f"recipients' clicks, opens and unsubscriptions cannot reach it{where} "
                "(option NmsTracking_ServerUrl)",
                severity=severity,
            )
        )
    return findings


def _sender_domains(message: EmailMessage, tracking_host: str) -> list[Finding]:
    sender = str(message.get("From", ""))
    match = re.search(r"@([A-Za-z0-9.-]+)", sender)
    if match is None or not tracking_host or _is_address(tracking_host):
        return []
    if is_loopback(tracking_host):
        return []
    sender_domain = organisation_domain(match.group(1))
    tracking_domain = organisation_domain(tracking_host)
    if sender_domain == tracking_domain:
        return []
    return [
        finding(
            "sender_tracking_domains",
            f"the sender's domain {sender_domain} differs from the tracking domain "
            f"{tracking_domain}: a tracking host under {sender_domain} shares its reputation",
        )
    ]
