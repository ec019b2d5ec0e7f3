"""Demo recipients: realistic people in seven countries, with the quirks of real files.

Names, streets and cities come from Faker, but Faker is called only to fill small pools
per locale (a few hundred values each); recipients combine pool entries at random, which
is hundreds of times faster than calling Faker 50,000 times. Everything follows one
seeded random.Random, so the same seed gives the same people.

Quirks, as in any real database: recipients with no address (postal only), malformed
addresses, the same address twice in another case or with spaces, denylisted people,
recipients without an external id (web sign-ups) or without custom fields.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from faker import Faker

from desktop.models import normalize_address


@dataclass(frozen=True)
class Country:
    code: str
    language: str
    locale: str
    weight: int
    domains: tuple[str, ...]


# Reserved `.example` domains: a demo message can never reach a real mailbox.
COUNTRIES = (
    Country("FR", "fr", "fr_FR", 24, ("orange.example", "free.example", "laposte.example")),
    Country("DE", "de", "de_DE", 15, ("gmx.example", "web.example", "t-online.example")),
    Country("GB", "en", "en_GB", 13, ("btinternet.example", "sky.example")),
    Country("US", "en", "en_US", 13, ("comcast.example", "yahoo.example")),
    Country("NL", "nl", "nl_NL", 12, ("ziggo.example", "kpn.example")),
    Country("SE", "sv", "sv_SE", 12, ("telia.example", "bredband.example")),
    Country("TW", "zh_TW", "zh_TW", 11, ("hinet.example", "seed.example")),
)
SHARED_DOMAINS = ("gmail.example", "outlook.example", "icloud.example")
STAFF_DOMAIN = "acme-outdoor.example"
SEGMENTS = (("gold", 8), ("silver", 22), ("bronze", 40), ("prospect", 30))
POOL_SIZE = 250

# Shares of recipients with each quirk.
NO_ADDRESS_SHARE = 0.012
INVALID_SHARE = 0.006
DUPLICATE_SHARE = 0.012
DENYLISTED_SHARE = 0.025
NO_EXTERNAL_ID_SHARE = 0.10
NO_CUSTOM_FIELDS_SHARE = 0.15


@dataclass
class Pool:
    first_names: list[str]
    last_names: list[str]
    # ASCII spellings for addresses, index by index with the names above.
    first_handles: list[str]
    last_handles: list[str]
    cities: list[str]
    streets: list[str]
    postcodes: list[str]


@dataclass
class Quirks:
    """How many recipients have each quirk (and which addresses), for the summary."""

    without_address: int = 0
    invalid_address: int = 0
    duplicate_address: int = 0
    denylisted: int = 0
    staff: int = 0
    valid_keys: list[str] = field(default_factory=list)


def _handle(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower()) or "user"


def build_pool(locale: str, seed: int) -> Pool:
    fake = Faker(locale)
    fake.seed_instance(seed)
    firsts = [fake.first_name() for _ in range(POOL_SIZE)]
    lasts = [fake.last_name() for _ in range(POOL_SIZE)]
    if locale == "zh_TW":
        # Chinese names are written in Han characters; addresses use a romanisation.
        first_handles = [_handle(fake.first_romanized_name()) for _ in range(POOL_SIZE)]
        last_handles = [_handle(fake.last_romanized_name()) for _ in range(POOL_SIZE)]
    else:
        first_handles = [_handle(n) for n in firsts]
        last_handles = [_handle(n) for n in lasts]
    return Pool(
        first_names=firsts,
        last_names=lasts,
        first_handles=first_handles,
        last_handles=last_handles,
        cities=[fake.city() for _ in range(POOL_SIZE // 2)],
        streets=[fake.street_address().replace("\n", ", ") for _ in range(POOL_SIZE)],
        postcodes=[fake.postcode() for _ in range(POOL_SIZE)],
    )


def _postal_address(country: str, street: str, postcode: str, city: str) -> str:
    if country in ("GB", "US"):
        return f"{street}\n{city}\n{postcode}"
    if country == "TW":
        return f"{postcode} {city}{street}"
    return f"{street}\n{postcode} {city}"


def _malformed(address: str, rng: random.Random) -> str:
    local, _, domain = address.partition("@")
    return rng.choice(
        [
            f"{local}@",  # no domain
            f"{local}.{domain}",  # no @
            f"{local}@{domain.split('.')[0]}",  # no top-level domain
            f"{local[:2]} {local[2:]}@{domain}",  # a space
            f"{local}@@{domain}",
            f"{local}..x@{domain}",
        ]
    )


def _variant(address: str, rng: random.Random) -> str:
    """The same address as typed differently: other case, stray spaces."""
    styles = [address.upper(), address.title(), f" {address}", f"{address} ", address.capitalize()]
    return rng.choice(styles)


class RecipientFactory:
    """Rows for Core inserts of the recipient table, and the quirks they hold."""

    def __init__(self, rng: random.Random, now: datetime, seed: int) -> None:
        self.rng = rng
        self.now = now
        self.pools = {c.code: build_pool(c.locale, seed + i) for i, c in enumerate(COUNTRIES)}
        self.quirks = Quirks()
        self._used: set[str] = set()
        self._recent: list[str] = []  # addresses a duplicate may copy

    def staff(self, count: int) -> list[dict[str, Any]]:
        """The marketing team: members of the proof list, excluded from campaigns."""
        rows = []
        for i in range(count):
            row, first, last = self._person(COUNTRIES[i % len(COUNTRIES)])
            row["email"] = f"{first}.{last}@{STAFF_DOMAIN}"
            if row["email"] in self._used:
                row["email"] = f"{first}.{last}.{i}@{STAFF_DOMAIN}"
            self._used.add(row["email"])
            row["email_key"] = normalize_address(row["email"])
            row["external_id"] = f"STAFF-{i + 1:03d}"
            row["custom_fields"] = {"segment": "staff"}
            rows.append(row)
        self.quirks.staff = count
        return rows

    def customers(self, count: int, first_number: int) -> Iterator[dict[str, Any]]:
        countries = self.rng.choices(COUNTRIES, weights=[c.weight for c in COUNTRIES], k=count)
        for offset, country in enumerate(countries):
            yield self._customer(country, first_number + offset)

    def _person(self, country: Country) -> tuple[dict[str, Any], str, str]:
        """A person's row without address, and the ASCII handles of their names."""
        rng = self.rng
        pool = self.pools[country.code]
        f, last = rng.randrange(len(pool.first_names)), rng.randrange(len(pool.last_names))
        city = rng.choice(pool.cities)
        row = {
            "email": "",
            "email_key": "",
            "first_name": pool.first_names[f],
            "last_name": pool.last_names[last],
            "language": country.language,
            "country": country.code,
            "city": city,
            "postal_address": _postal_address(
                country.code, rng.choice(pool.streets), rng.choice(pool.postcodes), city
            ),
            "denylisted": False,
            "external_id": None,
            "custom_fields": {},
            "created_at": self.now - timedelta(minutes=rng.randrange(3 * 365 * 24 * 60)),
        }
        return row, pool.first_handles[f], pool.last_handles[last]

    def _address(self, country: Country, number: int, first: str, last: str) -> str:
        rng = self.rng
        local = rng.choice(
            [
                f"{first}.{last}",
                f"{first}.{last}{rng.randrange(10, 99)}",
                f"{first[:1]}.{last}",
                f"{first}{last}{rng.randrange(60, 99)}",
                f"{first}_{last}",
            ]
        )
        domains = country.domains if rng.random() < 0.7 else SHARED_DOMAINS
        address = f"{local}@{rng.choice(domains)}"
        if address in self._used:
            address = f"{local}.{number}@{rng.choice(domains)}"
        self._used.add(address)
        return address

    def _customer(self, country: Country, number: int) -> dict[str, Any]:
        rng = self.rng
        row, first, last = self._person(country)
        draw = rng.random()
        if draw < NO_ADDRESS_SHARE:
            self.quirks.without_address += 1
        elif draw < NO_ADDRESS_SHARE + INVALID_SHARE:
            row["email"] = _malformed(self._address(country, number, first, last), rng)
            self.quirks.invalid_address += 1
        elif draw < NO_ADDRESS_SHARE + INVALID_SHARE + DUPLICATE_SHARE and self._recent:
            row["email"] = _variant(rng.choice(self._recent), rng)
            self.quirks.duplicate_address += 1
        else:
            row["email"] = self._address(country, number, first, last)
            self.quirks.valid_keys.append(row["email"])
            self._recent.append(row["email"])
            if len(self._recent) > 500:
                self._recent.pop(0)
        row["email_key"] = normalize_address(row["email"])
        if rng.random() < DENYLISTED_SHARE:
            row["denylisted"] = True
            self.quirks.denylisted += 1
        if rng.random() >= NO_EXTERNAL_ID_SHARE:
            row["external_id"] = f"CRM-{number:06d}"
        if rng.random() >= NO_CUSTOM_FIELDS_SHARE:
            segment = rng.choices([s for s, _ in SEGMENTS], weights=[w for _, w in SEGMENTS])[0]
            top = {"gold": 8000, "silver": 2500, "bronze": 800, "prospect": 50}[segment]
            row["custom_fields"] = {"segment": segment, "loyalty_points": rng.randrange(top)}
        return row
