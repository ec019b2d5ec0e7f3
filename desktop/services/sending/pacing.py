"""A delivery's hourly sending limits, overall and per recipient domain.

Messages are spread evenly over the hour (no burst then an hour of nothing). When a
domain's next slot is far off, the message is not held on its connection: the row is
deferred and claimed again later.
"""

from __future__ import annotations

import threading
import time


class Spacing:
    """At most `per_hour` events per hour, evenly spaced (no burst then an hour of nothing)."""

    def __init__(self, per_hour: int) -> None:
        self.interval = 3600.0 / per_hour
        self.next_free = 0.0
        # A sender that fell behind (a slow message) may catch up on one second's slots.
        self.catch_up = 1.0

    def reserve(self, now: float) -> float:
        """Reserves the next slot; returns when it is (monotonic time)."""
        slot = max(now - self.catch_up, self.next_free)
        self.next_free = slot + self.interval
        return slot


class Throttle:
    """The delivery's hourly limits, overall and per recipient domain (shared by threads)."""

    # Wait for a domain's slot when it is this close; further away, defer the row.
    MAX_WAIT = 2.0

    def __init__(self, per_hour: int | None, per_domain: int | None) -> None:
        self._overall = Spacing(per_hour) if per_hour else None
        self._per_domain = per_domain
        self._domains: dict[str, Spacing] = {}
        self._lock = threading.Lock()

    def slot(self, domain: str) -> tuple[float, float | None]:
        """(when to send, or None) and, when the domain's slot is far, when to retry."""
        now = time.monotonic()
        with self._lock:
            if self._per_domain:
                spacing = self._domains.setdefault(domain, Spacing(self._per_domain))
                domain_slot = spacing.reserve(now)
                if domain_slot - now > self.MAX_WAIT:
                    return 0.0, domain_slot - now
            else:
                domain_slot = now
            overall_slot = self._overall.reserve(now) if self._overall else now
        return max(domain_slot, overall_slot), None


def domain_of(address: str) -> str:
    """The domain an address's hourly limit counts against."""
    return address.rpartition("@")[2].strip().lower()
