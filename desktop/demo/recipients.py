"""Demo recipients: realistic people in several countries, with the quirks of real files.

Countries, domains, segments and the shares of each quirk are data (resources/demo/
recipients.toml). Names, streets and cities come from Faker, but Faker is called only to
fill small pools per locale (a few hundred values each); recipients combine pool entries
at random, which is hundreds of times faster than calling Faker 50,000 times. Everything
follows one seeded random.Random, so the same seed gives the same people.

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

from desktop.demo.data_files import DemoDataError, ListOf, Shape, read_toml
from desktop.models import normalize_address

POOL_SIZE = 250
RECENT_ADDRESSES = 500  # a duplicate copies one of the last addresses made

COUNTRY = Shape(
    {
        "code": str,
        "language": str,
        "locale": str,
        "weight": int,
        "domains": ListOf(str),
        "postal_address": str,
    },
    {"romanized_handles": bool},
)
SEGMENT = Shape({"name": str, "weight": int, "max_points": int})
QUIRKS = Shape(
    {
        "no_address": float,
        "invalid_address": float,
        "duplicate_address": float,
        "denylisted": float,
        "no_external_id": float,
        "no_custom_fields": float,
    }
)
POPULATION = Shape(
    {
        "local_domain_share": float,
        "shared_domains": ListOf(str),
        "staff_domain": str,
        "staff_segment": str,
        "quirks": QUIRKS,
        "segment": ListOf(SEGMENT),
        "country": ListOf(COUNTRY),
    }
)


@dataclass(frozen=True)
class Country:
    code: str
    language: str
    locale: str  # Faker's
    weight: int
    domains: tuple[str, ...]
    postal_address: str  # its layout, from {street}, {postcode} and {city}
    romanized_handles: bool = False  # names not in the Latin script


@dataclass(frozen=True)
class Population:
    """Who the demo's recipients are (recipients.toml)."""

    countries: tuple[Country, ...]
    local_domain_share: float
    shared_domains: tuple[str, ...]
    staff_domain: str
    staff_segment: str
    segments: tuple[str, ...]
    segment_weights: tuple[int, ...]
    max_points: dict[str, int]
    quirk_shares: dict[str, float]


def load_population() -> Population:
    data = read_toml("recipients.toml", POPULATION)
    countries = []
    for country in data["country"]:
        try:
            country["postal_address"].format(street="", postcode="", city="")
        except (KeyError, IndexError, ValueError) as exc:
            problem = f"{exc!r} (it may use {{street}}, {{postcode}} and {{city}})"
            where = f"country {country['code']}: postal_address"
            raise DemoDataError("recipients.toml", f"{where}: {problem}") from exc
        countries.append(Country(**{**country, "domains": tuple(country["domains"])}))
    segments = data["segment"]
    return Population(
        countries=tuple(countries),
        local_domain_share=data["local_domain_share"],
        shared_domains=tuple(data["shared_domains"]),
        staff_domain=data["staff_domain"],
        staff_segment=data["staff_segment"],
        segments=tuple(s["name"] for s in segments),
        segment_weights=tuple(s["weight"] for s in segments),
        max_points={s["name"]: s["max_points"] for s in segments},
        quirk_shares=data["quirks"],
    )


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


def build_pool(country: Country, seed: int) -> Pool:
    fake = Faker(country.locale)
    fake.seed_instance(seed)
    firsts = [fake.first_name() for _ in range(POOL_SIZE)]
    lasts = [fake.last_name() for _ in range(POOL_SIZE)]
    if country.romanized_handles:
        # Chinese names, for one, are written in Han characters; addresses use a romanisation.
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

    def __init__(
        self, rng: random.Random, now: datetime, seed: int, population: Population | None = None
    ) -> None:
        self.rng = rng
        self.now = now
        self.population = population or load_population()
        countries = self.population.countries
        self.pools = {c.code: build_pool(c, seed + i) for i, c in enumerate(countries)}
        self.quirks = Quirks()
        self._used: set[str] = set()
        self._recent: list[str] = []  # addresses a duplicate may copy

    def staff(self, count: int) -> list[dict[str, Any]]:
        """The marketing team: members of the proof list, excluded from campaigns."""
        rows = []
        countries, domain = self.population.countries, self.population.staff_domain
        for i in range(count):
            row, first, last = self._person(countries[i % len(countries)])
            row["email"] = f"{first}.{last}@{domain}"
            if row["email"] in self._used:
                row["email"] = f"{first}.{last}.{i}@{domain}"
            self._used.add(row["email"])
            row["email_key"] = normalize_address(row["email"])
            row["external_id"] = f"STAFF-{i + 1:03d}"
            row["custom_fields"] = {"segment": self.population.staff_segment}
            rows.append(row)
        self.quirks.staff = count
        return rows

    def customers(self, count: int, first_number: int) -> Iterator[dict[str, Any]]:
        population = self.population.countries
        countries = self.rng.choices(population, weights=[c.weight for c in population], k=count)
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
            "postal_address": country.postal_address.format(
                street=rng.choice(pool.streets), postcode=rng.choice(pool.postcodes), city=city
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
        population = self.population
        domains = (
            country.domains if rng.random() < population.local_domain_share
            else population.shared_domains
        )  # fmt: skip
        address = f"{local}@{rng.choice(domains)}"
        if address in self._used:
            address = f"{local}.{number}@{rng.choice(domains)}"
        self._used.add(address)
        return address

    def _customer(self, country: Country, number: int) -> dict[str, Any]:
        rng = self.rng
        shares = self.population.quirk_shares
        row, first, last = self._person(country)
        draw = rng.random()
        if draw < shares["no_address"]:
            self.quirks.without_address += 1
        elif draw < shares["no_address"] + shares["invalid_address"]:
            row["email"] = _malformed(self._address(country, number, first, last), rng)
            self.quirks.invalid_address += 1
        elif (
            draw < shares["no_address"] + shares["invalid_address"] + shares["duplicate_address"]
            and self._recent
        ):
            row["email"] = _variant(rng.choice(self._recent), rng)
            self.quirks.duplicate_address += 1
        else:
            row["email"] = self._address(country, number, first, last)
            self.quirks.valid_keys.append(row["email"])
            self._recent.append(row["email"])
            if len(self._recent) > RECENT_ADDRESSES:
                self._recent.pop(0)
        row["email_key"] = normalize_address(row["email"])
        if rng.random() < shares["denylisted"]:
            row["denylisted"] = True
            self.quirks.denylisted += 1
        if rng.random() >= shares["no_external_id"]:
            row["external_id"] = f"CRM-{number:06d}"
        if rng.random() >= shares["no_custom_fields"]:
            population = self.population
            segment = rng.choices(population.segments, weights=population.segment_weights)[0]
            top = population.max_points[segment]
            row["custom_fields"] = {"segment": segment, "loyalty_points": rng.randrange(top)}
        return row
