"""A simulated audience, for demonstrations: opens and clicks through the real tracking path.

It reads messages from the local outbox (Maildir), picks some recipients who "open" and
some who "click", and requests those messages' own pixel and link URLs over HTTP, spread
over a few seconds so the dashboard's charts move. Nothing is written to the database
directly: every hit goes through the tracking server like a real one. The requests carry
the user agent SIMULATION_AGENT, so tracking logs show them for what they are.
"""

from __future__ import annotations

import email.policy
import http.client
import mailbox
import random
import re
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser, BytesParser
from pathlib import Path
from urllib.parse import urlsplit

from desktop.errors import ConsoleError
from desktop.services.messages.builder import DELIVERY_HEADER
from desktop.services.runtime.cancellation import (
    CancelToken,
    Progress,
    ProgressCallback,
    no_progress,
)

SIMULATION_AGENT = "Campaign Console audience simulation"
_URL = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


@dataclass(frozen=True)
class OutboxMessage:
    key: str
    delivery_id: int | None
    to: str
    subject: str
    pixel_urls: tuple[str, ...]
    click_urls: tuple[str, ...]
    unsubscribe_urls: tuple[str, ...]


@dataclass(frozen=True)
class SimulationPlan:
    open_share: float = 0.45  # of the messages read
    click_share: float = 0.35  # of those who open
    unsubscribe_share: float = 0.02  # of those who open
    max_messages: int = 500
    duration_seconds: float = 20.0  # hits are spread over this time
    seed: int | None = None


@dataclass
class SimulationResult:
    delivery_id: int | None = None
    messages: int = 0
    opens: int = 0
    clicks: int = 0
    unsubscriptions: int = 0
    failures: int = 0
    errors: list[str] = field(default_factory=list)


def _tracked(html: str) -> tuple[list[str], list[str], list[str]]:
    urls = [u.replace("&amp;", "&") for u in _URL.findall(html)]
    return (
        [u for u in urls if "/o/" in u],
        [u for u in urls if "/c/" in u],
        [u for u in urls if "/u/" in u],
    )


def read_outbox(
    folder: Path, delivery_id: int | None = None, limit: int | None = None
) -> list[OutboxMessage]:
    """Messages of the outbox, newest first; only `delivery_id`'s when given."""
    if not Path(folder).is_dir():
        raise ConsoleError(f"the outbox folder {folder} does not exist: nothing was sent yet")
    box = mailbox.Maildir(folder, factory=None, create=False)
    keys = sorted(box.keys(), reverse=True)  # Maildir names begin with the time
    parser = BytesParser(policy=email.policy.default)
    messages: list[OutboxMessage] = []
    for key in keys:
        with box.get_file(key) as handle:
            message = parser.parse(handle)
        header = message.get(DELIVERY_HEADER)
        found = int(header) if header and str(header).strip().isdigit() else None
        if delivery_id is not None and found != delivery_id:
            continue
        body = message.get_body(("html",))
        html = body.get_content() if body is not None else ""
        pixels, clicks, unsubscribes = _tracked(html)
        messages.append(
            OutboxMessage(
                key,
                found,
                str(message.get("To", "")),
                str(message.get("Subject", "")),
                tuple(pixels),
                tuple(clicks),
                tuple(unsubscribes),
            )
        )
        if limit is not None and len(messages) >= limit:
            break
    return messages


def outbox_deliveries(folder: Path) -> dict[int, int]:
    """Messages in the outbox per delivery, the newest delivery first (headers only)."""
    if not Path(folder).is_dir():
        return {}
    box = mailbox.Maildir(folder, factory=None, create=False)
    parser = BytesHeaderParser(policy=email.policy.default)
    counts: dict[int, int] = {}
    for key in sorted(box.keys(), reverse=True):  # Maildir names begin with the time
        with box.get_file(key) as handle:
            header = parser.parse(handle).get(DELIVERY_HEADER)
        if header and str(header).strip().isdigit():
            delivery_id = int(header)
            counts[delivery_id] = counts.get(delivery_id, 0) + 1
    return counts


def latest_delivery(folder: Path) -> int | None:
    """The delivery of the newest message in the outbox."""
    newest = read_outbox(folder, limit=1)
    return newest[0].delivery_id if newest else None


def _hit(url: str, method: str = "GET") -> int:
    """One request; redirects are not followed (the targets are the advertiser's sites)."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    factory = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = factory(parts.hostname or "127.0.0.1", port, timeout=10)
    try:
        body = "List-Unsubscribe=One-Click" if method == "POST" else None
        headers = {"User-Agent": SIMULATION_AGENT}
        if body:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, parts.path or "/", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def simulate_audience(
    folder: Path,
    *,
    delivery_id: int | None = None,
    plan: SimulationPlan | None = None,
    token: CancelToken | None = None,
    progress: ProgressCallback = no_progress,
) -> SimulationResult:
    plan = plan or SimulationPlan()
    token = token or CancelToken()
    rng = random.Random(plan.seed)
    if delivery_id is None:
        delivery_id = latest_delivery(folder)
    messages = read_outbox(folder, delivery_id, plan.max_messages)
    result = SimulationResult(delivery_id=delivery_id, messages=len(messages))
    # (when, url, method, kind): each simulated reader opens, maybe clicks, rarely leaves.
    schedule: list[tuple[float, str, str, str]] = []
    for message in messages:
        if not message.pixel_urls or rng.random() >= plan.open_share:
            continue
        opened_at = rng.uniform(0, plan.duration_seconds * 0.8)
        schedule.append((opened_at, message.pixel_urls[0], "GET", "opens"))
        if message.click_urls and rng.random() < plan.click_share:
            clicked_at = min(plan.duration_seconds, opened_at + rng.uniform(0.2, 3.0))
            schedule.append((clicked_at, rng.choice(message.click_urls), "GET", "clicks"))
        if message.unsubscribe_urls and rng.random() < plan.unsubscribe_share:
            left_at = min(plan.duration_seconds, opened_at + rng.uniform(0.5, 4.0))
            schedule.append((left_at, message.unsubscribe_urls[0], "POST", "unsubscriptions"))
    schedule.sort()
    started = time.monotonic()

    def run(entry: tuple[float, str, str, str]) -> tuple[str, int | str]:
        _when, url, method, kind = entry
        try:
            return kind, _hit(url, method)
        except OSError as exc:
            return kind, f"{url}: {exc}"

    with ThreadPoolExecutor(max_workers=8, thread_name_prefix="simulated-reader") as pool:
        futures = []
        for number, entry in enumerate(schedule, 1):
            delay = entry[0] - (time.monotonic() - started)
            if delay > 0:
                time.sleep(delay)
            token.check()
            futures.append(pool.submit(run, entry))
            progress(Progress("simulation", number, len(schedule)))
        for future in futures:
            kind, outcome = future.result()
            if isinstance(outcome, int) and outcome < 400:
                setattr(result, kind, getattr(result, kind) + 1)
            else:
                result.failures += 1
                if len(result.errors) < 10:
                    result.errors.append(str(outcome))
    return result
