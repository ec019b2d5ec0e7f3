"""Building the messages of a delivery without text: the text part rendered from the text
template derived from the HTML, against converting each rendered HTML.

    .venv/bin/python bench/build_text.py [--messages N] [--rounds R]

Renders and builds N messages (one process, one thread; the 3 KB template of
bench/prepare.py) in interleaved rounds, and prints the median builds/s of:
  - a delivery with a text as long as the HTML's (the cost of any text part);
  - a delivery without text: the derived text template;
  - the baseline: without text, each message's HTML converted (html_text.html_to_text);
and their ratios. The derived text costs a render of its values and the line work after
it (~60 µs a message), where a written text without values costs next to nothing; the
conversion costs ~300-700 µs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.prepare import CITIES, COUNTRIES, FIRST, HTML, INTERESTS, LAST  # noqa: E402
from desktop.services.messages.builder import MessageBuilder  # noqa: E402
from desktop.services.messages.html_text import html_to_text  # noqa: E402
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec  # noqa: E402


def recipients(count: int) -> list[dict]:
    rng = random.Random(7)
    return [
        {
            "id": i,
            "email": f"r{i}@example.org",
            "first_name": rng.choice(FIRST),
            "last_name": rng.choice(LAST),
            "language": "en",
            "country": rng.choice(COUNTRIES),
            "city": rng.choice(CITIES),
            "postal_address": "",
            "external_id": None,
            "custom_fields": {
                "points": rng.randint(0, 1000),
                "segment": rng.choice(["gold", "silver"]),
                "interests": rng.sample(INTERESTS, 3),
            },
        }
        for i in range(1, count + 1)
    ]


def spec(text: str) -> RenderSpec:
    return RenderSpec(
        delivery_id=1,
        subject="Spring offers for {{ recipient.first_name }}",
        html=HTML,
        text=text,
        delivery={"id": 1, "label": "Spring", "subject": "Spring"},
        campaign={"id": 1, "label": "Spring", "description": ""},
        secret=b"k" * 32,
        tracking_base_url="https://t.example.com",
    )


def builds_per_second(renderer: DeliveryRenderer, rows: list[dict]) -> float:
    builder = MessageBuilder(
        delivery_id=1, sender_address="news@example.com", signer=renderer.signer
    )
    started = time.perf_counter()
    for row in rows:
        builder.build(row["id"], row["email"], renderer.render(row))
    return len(rows) / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    rows = recipients(args.messages)
    # A written text as long as the HTML's: the derived template's text, made static.
    sample = DeliveryRenderer(spec("")).render(rows[0])
    written = html_to_text(sample.html)
    assert spec("").text_from_html, "the bench template derives a text template"
    cases: dict[str, Callable[[], DeliveryRenderer]] = {
        "with a written text": lambda: DeliveryRenderer(spec(written)),
        "without text, derived template": lambda: DeliveryRenderer(spec("")),
        "without text, each HTML converted": lambda: DeliveryRenderer(
            spec(""), text_from_html=False
        ),
    }
    rates: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):  # interleaved: a machine whose speed drifts weighs on all
        for name, make in cases.items():
            rates[name].append(builds_per_second(make(), rows))
    medians = {name: statistics.median(values) for name, values in rates.items()}
    for name, value in medians.items():
        print(f"{name:36s} {value:8.0f} builds/s  (min {min(rates[name]):.0f}, max "
              f"{max(rates[name]):.0f})")  # fmt: skip
    written_rate, derived, converted = medians.values()
    print(f"derived vs converted: {derived / converted:.2f}x faster")
    print(f"written text vs derived: {written_rate / derived:.2f}x")


if __name__ == "__main__":
    main()
