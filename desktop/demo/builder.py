"""Demo data: a database that looks like a marketing team's after a few months of work.

`create_demo_data(sessions)` runs after `init` (an administrator exists): `campaign-console
init --demo` and the GUI's first start call it. It adds a campaign manager and a reviewer
with random passwords (returned once, never stored in clear), two programs, six campaigns
with budgets, a dozen deliveries in most states, 50,000 recipients in seven countries
with the quirks of real data, a few hundred quarantined addresses, static lists, typology
rules, service providers with cost structures, and stocks.

It refuses to run on a database that already has demo data (or any recipient, program,
campaign or delivery): demo data goes into a new database only. Everything but the
preparation of three deliveries is one transaction; those three are then prepared by the
real preparation service, so they hold real delivery logs and can be confirmed.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo.content import BROKEN_HTML, Message, Product, message
from desktop.demo.recipients import RecipientFactory
from desktop.demo.sends import PastSend, replay_sends
from desktop.errors import ConsoleError
from desktop.models import (
    AuditEntry,
    Budget,
    Campaign,
    CostLine,
    CostStructure,
    Delivery,
    Operator,
    Program,
    QuarantinedAddress,
    Recipient,
    RecipientList,
    Reviewer,
    ServiceProvider,
    Stock,
    StockLine,
    Typology,
    TypologyRule,
)
from desktop.models.enums import (
    Channel,
    ControlCheck,
    ControlPhase,
    CostCategory,
    CostFormula,
    CostLineKind,
    DeliveryStatus,
    JournalLevel,
    ReviewerRole,
    Severity,
    TypologyRuleType,
)
from desktop.services.access import audit
from desktop.services.access.passwords import generate_password, hash_password
from desktop.services.access.rights import SYSTEM, Actor, load_actor
from desktop.services.audience import list_membership
from desktop.services.delivery import journal
from desktop.services.messages.rendering import DeliveryRenderer, RenderSpec, TemplateSyntaxProblem
from desktop.services.runtime.cancellation import Progress, ProgressCallback, no_progress
from desktop.services.settings.setup import ensure_standard_groups

DEMO_SEED = 20260315
RECIPIENTS = 50_000
STAFF = 12
QUARANTINED = 300
INSERT_BATCH = 5000
MARKER_ENTITY = "database"
MARKER_ACTION = "create_demo_data"

SENDER = "newsletter@acme-outdoor.example"
SENDER_NAME = "Acme Outdoor"
REPLY_TO = "service@acme-outdoor.example"
S = DeliveryStatus


class _Demo:
    def __init__(self, session: Session, progress: ProgressCallback) -> None:
        self.session = session
        self.progress = progress
        self.rng = random.Random(DEMO_SEED)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.today = self.now.date()
        self.summary: dict[str, Any] = {}
        self.to_send: list[PastSend] = []
        self.costed: list[tuple[int, int]] = []  # (delivery, budget) of the sends

    def days(self, offset: int) -> date:
        return self.today + timedelta(days=offset)

    def at(self, days: float) -> datetime:
        return self.now + timedelta(days=days)

    def add(self, obj: Any) -> Any:
        self.session.add(obj)
        self.session.flush()
        return obj

    # -- guard ---------------------------------------------------------------------------

    def refuse_if_not_new(self) -> None:
        session = self.session
        marker = session.scalar(
            select(AuditEntry.id).where(
                AuditEntry.entity == MARKER_ENTITY, AuditEntry.action == MARKER_ACTION
            )
        )
        if marker is not None:
            raise ConsoleError("this database already has demo data")
        for model, what in (
            (Recipient, "recipients"),
            (Program, "programs"),
            (Campaign, "campaigns"),
            (Delivery, "deliveries"),
        ):
            if session.scalar(select(model.id).limit(1)) is not None:
                raise ConsoleError(
                    f"this database already has {what}: demo data goes into a new database"
                )
        taken = session.scalars(
            select(Operator.name).where(Operator.name.in_(["manager", "reviewer"]))
        ).all()
        if taken:
            raise ConsoleError(
                f"this database already has an operator named {taken[0]!r}: demo data goes "
                "into a new database"
            )

    # -- people --------------------------------------------------------------------------

    def operators(self) -> dict[str, str]:
        groups = ensure_standard_groups(self.session)
        passwords = {"manager": generate_password(), "reviewer": generate_password()}
        self.manager = self.add(
            Operator(
                name="manager",
                label="Camille Martin",
                email="camille.martin@acme-outdoor.example",
                language="fr",
                password_hash=hash_password(passwords["manager"]),
                groups=[groups["campaign_managers"]],
            )
        )
        self.reviewer = self.add(
            Operator(
                name="reviewer",
                label="Erik Lindqvist",
                email="erik.lindqvist@acme-outdoor.example",
                language="sv",
                password_hash=hash_password(passwords["reviewer"]),
                groups=[groups["reviewers"]],
            )
        )
        self.reviewers_group = groups["reviewers"]
        self.admin = self.session.scalar(select(Operator).where(Operator.name == "admin"))
        return passwords

    def recipients(self) -> None:
        factory = RecipientFactory(self.rng, self.now, DEMO_SEED)
        table = Recipient.__table__
        staff_rows = factory.staff(STAFF)
        self.session.execute(insert(table), staff_rows)
        batch: list[dict[str, Any]] = []
        done = STAFF
        for row in factory.customers(RECIPIENTS - STAFF, first_number=1):
            batch.append(row)
            if len(batch) == INSERT_BATCH:
                self.session.execute(insert(table), batch)
                done += len(batch)
                batch = []
                self.progress(Progress("recipients", done, RECIPIENTS))
        if batch:
            self.session.execute(insert(table), batch)
        self.progress(Progress("recipients", RECIPIENTS, RECIPIENTS))
        self.staff_keys = [row["email_key"] for row in staff_rows]
        quirks = factory.quirks
        picked = self.rng.sample(sorted(set(quirks.valid_keys)), QUARANTINED)
        reasons = [
            "550 5.1.1 user unknown",
            "550 5.1.1 mailbox unavailable",
            "553 5.1.2 domain does not exist",
            "552 5.2.2 mailbox full",
        ]
        self.session.execute(
            insert(QuarantinedAddress.__table__),
            [
                {
                    "address": key,
                    "reason": self.rng.choice(reasons),
                    "error_count": self.rng.randint(1, 3),
                    "created_at": self.at(-self.rng.uniform(1, 200)),
                    "updated_at": self.now,
                }
                for key in picked
            ],
        )
        self.summary.update(
            recipients=RECIPIENTS,
            recipients_without_address=quirks.without_address,
            invalid_addresses=quirks.invalid_address,
            duplicate_addresses=quirks.duplicate_address,
            denylisted=quirks.denylisted,
            quarantined=QUARANTINED,
        )

    def lists(self) -> None:
        newsletter = self.add(
            RecipientList(
                label="Newsletter subscribers",
                description="Customers who asked for the monthly newsletter.",
            )
        )
        vip = self.add(
            RecipientList(label="VIP customers", description="Gold members, hand-picked offers.")
        )
        proof = self.add(
            RecipientList(
                label="Proof target: marketing team",
                description="Seed addresses that receive every proof (BAT).",
                is_proof_target=True,
            )
        )
        segments = ["gold", "silver", "bronze"]
        list_membership.add_matching(
            self.session,
            SYSTEM,
            newsletter.id,
            {
                "and": [
                    {"field": "custom.segment", "op": "in", "value": segments},
                    {"field": "country", "op": "in", "value": ["FR", "GB", "DE", "NL"]},
                ]
            },
        )
        list_membership.add_matching(
            self.session, SYSTEM, vip.id, {"field": "custom.segment", "op": "=", "value": "gold"}
        )
        staff_ids = self.session.scalars(
            select(Recipient.id).where(Recipient.email_key.in_(self.staff_keys))
        ).all()
        list_membership.add_recipients(self.session, SYSTEM, proof.id, staff_ids)
        self.newsletter, self.vip, self.proof = newsletter, vip, proof
        self.summary["lists"] = 3

    # -- administration ------------------------------------------------------------------

    def typology(self) -> None:
        rules = [
            TypologyRule(
                name="ctl_subject",
                label="Subject is not empty",
                rule_type=TypologyRuleType.CONTROL,
                control_check=ControlCheck.SUBJECT_NOT_EMPTY,
                severity=Severity.ERROR,
                priority=10,
            ),
            TypologyRule(
                name="ctl_sender",
                label="Sender address is set",
                rule_type=TypologyRuleType.CONTROL,
                control_check=ControlCheck.SENDER_SET,
                severity=Severity.ERROR,
                priority=20,
            ),
            TypologyRule(
                name="ctl_unsubscribe",
                label="Message has an unsubscribe link",
                rule_type=TypologyRuleType.CONTROL,
                control_check=ControlCheck.UNSUBSCRIBE_LINK,
                severity=Severity.WARNING,
                priority=30,
            ),
            TypologyRule(
                name="ctl_message_size",
                label="Message under 100 KB",
                rule_type=TypologyRuleType.CONTROL,
                control_check=ControlCheck.MESSAGE_SIZE,
                control_phase=ControlPhase.AFTER_TARGETING,
                control_threshold=100 * 1024,
                severity=Severity.WARNING,
                priority=40,
            ),
            TypologyRule(
                name="ctl_proof_size",
                label="Proof target of at most 100 recipients",
                rule_type=TypologyRuleType.CONTROL,
                control_check=ControlCheck.PROOF_TARGET_SIZE,
                control_threshold=100,
                severity=Severity.ERROR,
                priority=50,
            ),
            TypologyRule(
                name="flt_staff",
                label="Exclude staff",
                rule_type=TypologyRuleType.FILTERING,
                description="Employees get proofs, not campaigns.",
                condition={"field": "custom.segment", "op": "=", "value": "staff"},
                priority=10,
            ),
            TypologyRule(
                name="prs_weekly",
                label="At most 3 messages a week",
                rule_type=TypologyRuleType.PRESSURE,
                max_messages=3,
                period_days=7,
            ),
            TypologyRule(
                name="cap_per_delivery",
                label="At most 25,000 messages per delivery",
                rule_type=TypologyRuleType.CAPACITY,
                max_messages=25_000,
            ),
        ]
        self.session.add_all(rules)
        self.default_typology = self.add(
            Typology(name="default", label="Default e-mail typology", rules=rules)
        )
        self.summary.update(typology_rules=len(rules), typologies=1)

    def providers(self) -> None:
        routage = ServiceProvider(
            name="Routage Atlantique",
            contact="Sophie Leroux, +33 2 40 00 00 00",
            router_email="production@routage-atlantique.example",
            drop_folder="/srv/exchange/routage-atlantique/in",
            export_format=["external_id", "first_name", "last_name", "postal_address", "city"],
            cost_structures=[
                CostStructure(
                    label="Postage (lettre verte)",
                    category=CostCategory.POSTAGE,
                    formula=CostFormula.LINEAR_BY_THRESHOLD,
                    bands=[
                        {"up_to": 1000, "price": "1.16"},
                        {"up_to": 10000, "price": "0.98"},
                        {"up_to": None, "price": "0.86"},
                    ],
                ),
                CostStructure(
                    label="Printing, 48-page catalogue",
                    category=CostCategory.PRINTING,
                    formula=CostFormula.CONSTANT_BY_THRESHOLD,
                    bands=[
                        {"up_to": 5000, "price": "1450.00"},
                        {"up_to": 20000, "price": "3900.00"},
                        {"up_to": None, "price": "7600.00"},
                    ],
                    fixed_part=Decimal("250.00"),
                ),
                CostStructure(
                    label="C4 window envelopes",
                    category=CostCategory.ENVELOPE,
                    formula=CostFormula.LINEAR,
                    unit_price=Decimal("0.0450"),
                    fixed_part=Decimal("120.00"),
                ),
            ],
        )
        nordprint = ServiceProvider(
            name="Nordprint Mailing Services",
            contact="Lars Nyström, +46 8 000 00 00",
            router_email="orders@nordprint.example",
            drop_folder="sftp://upload.nordprint.example/incoming",
            export_format=["external_id", "first_name", "last_name", "postal_address", "country"],
            cost_structures=[
                CostStructure(
                    label="E-mail sending, per thousand",
                    category=CostCategory.EMAIL,
                    formula=CostFormula.LINEAR,
                    unit_price=Decimal("1.5000"),
                    batch_size=1000,
                    fixed_part=Decimal("25.00"),
                ),
                CostStructure(
                    label="Postcards, Nordic postage",
                    category=CostCategory.POSTAGE,
                    formula=CostFormula.LINEAR,
                    unit_price=Decimal("0.8900"),
                ),
            ],
        )
        self.session.add_all([routage, nordprint])
        self.session.flush()
        stocks = [
            Stock(
                label="Autumn catalogue stock",
                provider_id=routage.id,
                lines=[
                    StockLine(
                        item="Autumn catalogue 2026, 48 pages",
                        initial_stock=60_000,
                        alert_level=5_000,
                    ),
                    StockLine(
                        item="C4 window envelope",
                        initial_stock=80_000,
                        consumed=21_500,
                        alert_level=10_000,
                        ordered=20_000,
                    ),
                ],
            ),
            Stock(
                label="Nordic print stock",
                provider_id=nordprint.id,
                lines=[
                    # Under its alert level: the approval window shows the warning.
                    StockLine(
                        item="Postcard A6, gloss", initial_stock=30_000, consumed=26_500,
                        alert_level=5_000,
                    ),
                    StockLine(
                        item="Letter paper 90 g", initial_stock=100_000, consumed=40_000,
                        alert_level=20_000,
                    ),
                ],
            ),
        ]  # fmt: skip
        self.session.add_all(stocks)
        self.session.flush()
        self.routage, self.nordprint = routage, nordprint
        self.summary.update(service_providers=2, stocks=len(stocks))

    # -- campaigns -----------------------------------------------------------------------

    def campaigns(self) -> None:
        year = self.today.year
        loyalty = self.add(
            Program(
                label=f"Customer loyalty {year}",
                description="Keep members active: points, welcome series, win-back.",
                start_date=date(year, 1, 1),
                end_date=date(year, 12, 31),
            )
        )
        seasonal = self.add(
            Program(
                label=f"Seasonal promotions {year}",
                description="Newsletters and sales through the seasons.",
                start_date=date(year, 1, 1),
                end_date=date(year, 12, 31),
            )
        )

        def budget(label: str, allocated: int, calculated: int, committed: int, real: int):
            return self.add(
                Budget(
                    label=label,
                    allocated=Decimal(allocated),
                    calculated=Decimal(calculated),
                    committed=Decimal(committed),
                    real=Decimal(real),
                )
            )

        b_spring = budget("Spring newsletters", 8_000, 2_140, 2_140, 1_985)
        b_loyalty = budget("Loyalty programme", 15_000, 4_300, 3_900, 2_750)
        b_summer = budget("Summer sale", 40_000, 6_800, 0, 0)
        b_print = budget("Autumn catalogue (print)", 60_000, 0, 0, 0)
        b_asia = budget("Taiwan launch", 12_000, 0, 0, 0)

        def campaign(
            label: str,
            program: Program,
            owner: Operator,
            start: int,
            end: int,
            budget: Budget,
            description: str,
            **approvals: bool,
        ) -> Campaign:
            return self.add(
                Campaign(
                    label=label, program_id=program.id, owner_id=owner.id,
                    start_date=self.days(start), end_date=self.days(end),
                    budget_id=budget.id, description=description, **approvals,
                )
            )  # fmt: skip

        self.c_spring = campaign(
            "Spring newsletter", seasonal, self.manager, -75, -20, b_spring,
            "Monthly newsletter, spring edition, by country.",
        )  # fmt: skip
        self.c_loyalty = campaign(
            "Loyalty programme", loyalty, self.manager, -120, 120, b_loyalty,
            "Points reminders, welcome series and member surveys.",
        )  # fmt: skip
        self.c_summer = campaign(
            "Summer sale", seasonal, self.manager, -5, 40, b_summer,
            "Teaser, launch and last-chance messages for the summer sale.",
            approve_targeting=True, approve_content=True,
        )  # fmt: skip
        self.c_winback = campaign(
            "Win-back inactive customers", loyalty, self.admin, -45, 15, b_loyalty,
            "Prospects and lapsed customers: one offer, one reminder.",
        )  # fmt: skip
        self.c_catalogue = campaign(
            "Autumn catalogue", seasonal, self.manager, 10, 60, b_print,
            "Printed catalogue to gold members in France and Germany.",
            approve_extraction=True,
        )  # fmt: skip
        self.c_taiwan = campaign(
            "Taipei flagship store opening", loyalty, self.manager, 20, 50, b_asia,
            "Announcement and opening-week offers for members in Taiwan.",
            approve_targeting=True, approve_content=True,
        )  # fmt: skip
        self.session.add_all(
            [
                Reviewer(
                    role=ReviewerRole.APPROVAL,
                    campaign_id=self.c_summer.id,
                    operator_id=self.reviewer.id,
                ),
                Reviewer(
                    role=ReviewerRole.APPROVAL,
                    campaign_id=self.c_taiwan.id,
                    group_id=self.reviewers_group.id,
                ),
                Reviewer(
                    role=ReviewerRole.CONFIRMATION,
                    campaign_id=self.c_taiwan.id,
                    operator_id=self.reviewer.id,
                ),
            ]
        )
        self.budgets = {"spring": b_spring, "loyalty": b_loyalty}
        self.summary.update(programs=2, campaigns=6, budgets=5)

    # -- deliveries ----------------------------------------------------------------------

    def delivery(
        self,
        campaign: Campaign,
        label: str,
        content: Message | None,
        status: DeliveryStatus,
        audience: dict[str, Any] | None = None,
        **extra: Any,
    ) -> Delivery:
        fields: dict[str, Any] = {
            "campaign_id": campaign.id,
            "label": label,
            "status": status,
            "created_by_id": campaign.owner_id,
            "audience_filter": audience,
            "sender_address": SENDER,
            "sender_name": SENDER_NAME,
            "reply_to": REPLY_TO,
            "typology_id": self.default_typology.id,
            "proof_list_id": self.proof.id,
        }
        if content is not None:
            fields.update(subject=content.subject, html=content.html, text=content.text)
        fields.update(extra)
        return self.add(Delivery(**fields))

    def sent(
        self, campaign: Campaign, label: str, content: Message, status: DeliveryStatus,
        audience: dict[str, Any], started_days_ago: float, share: float,
    ) -> Delivery:  # fmt: skip
        """A delivery that went out: prepared and sent once the data is committed
        (demo.sends), so its logs, exclusions and counters are real."""
        delivery = self.delivery(
            campaign, label, content, S.BEING_EDITED, audience, override_approvals=True
        )
        self.to_send.append(PastSend(delivery.id, label, status, self.at(-started_days_ago), share))
        return delivery

    def deliveries(self) -> None:
        shoes = Product("Trail runner GTX", "129 €", "/p/trail-runner-gtx")
        jacket = Product("Lightweight rain jacket", "89 €", "/p/rain-jacket")
        tent = Product("Two-person dome tent", "249 €", "/p/dome-tent-2")
        bottle = Product("Insulated bottle 750 ml", "29 €", "/p/bottle-750")
        pounds = [Product("Trail runner GTX", "£115", "/uk/p/trail-runner-gtx"),
                  Product("Lightweight rain jacket", "£79", "/uk/p/rain-jacket"),
                  Product("Two-person dome tent", "£219", "/uk/p/dome-tent-2")]  # fmt: skip
        kronor = [Product("Vandringskängor Fjäll", "1 495 kr", "/se/p/fjall-boots"),
                  Product("Regnjacka Lätt", "995 kr", "/se/p/regnjacka")]  # fmt: skip
        taiwan = [Product("輕量防水外套", "NT$2,990", "/tw/p/rain-jacket"),
                  Product("雙人圓頂帳篷", "NT$7,900", "/tw/p/dome-tent-2")]  # fmt: skip

        def country(*codes: str) -> dict[str, Any]:
            return {"field": "country", "op": "in", "value": list(codes)}

        def segment(*names: str) -> dict[str, Any]:
            return {"field": "custom.segment", "op": "in", "value": list(names)}

        fr = message(
            "fr", "{{ recipient.first_name }}, le printemps arrive : -20 % sur la randonnée",
            "Le printemps est là", "Nos nouveautés pour reprendre les sentiers, choisies pour "
            "vous.", [shoes, jacket, bottle], "Découvrir la collection",
        )  # fmt: skip
        de = message(
            "de", "{{ recipient.first_name }}, Frühling! 20 % auf Wanderausrüstung",
            "Der Frühling ist da", "Unsere Neuheiten für die ersten Touren der Saison.",
            [shoes, jacket, bottle], "Zur Kollektion",
        )  # fmt: skip
        sv = message(
            "sv", "{{ recipient.first_name }}, vad tycker du om oss?",
            "Medlemsundersökning", "Svara på fem frågor och få 200 bonuspoäng.",
            kronor, "Svara på enkäten",
        )  # fmt: skip
        points = message(
            "en", "{{ recipient.first_name }}, your points are waiting",
            "Your loyalty points", "Members save more: here is what your points can buy.",
            [tent, shoes, bottle], "Use my points",
        )  # fmt: skip
        teaser = message(
            "en", "Psst {{ recipient.first_name }}: the summer sale starts Friday",
            "Summer sale: early access", "Members get 24 hours of early access.",
            pounds, "Set a reminder",
        )  # fmt: skip
        launch = message(
            "en", "The summer sale is on: up to 40% off",
            "The summer sale is on", "Up to 40% off tents, jackets and boots.",
            pounds, "Shop the sale",
        )  # fmt: skip
        last_chance = message(
            "en", "Last chance, {{ recipient.first_name }}: the sale ends tonight",
            "Last chance", "The summer sale ends at midnight.", pounds, "Shop now",
        )  # fmt: skip
        winback = message(
            "en", "We miss you, {{ recipient.first_name }}: 15% off your next order",
            "We miss you", "Come back to the trails with 15% off, this month only.",
            [jacket, shoes], "Claim my 15%",
        )  # fmt: skip
        welcome = message(
            "en", "Welcome to Acme Outdoor, {{ recipient.first_name }}",
            "Welcome aboard", "Here is how to earn points with every adventure.",
            [bottle, jacket], "Discover member benefits",
        )  # fmt: skip
        opening = message(
            "zh_TW", "{{ recipient.last_name }}{{ recipient.first_name }}，台北旗艦店盛大開幕",
            "台北旗艦店開幕", "開幕週會員獨享九折優惠，歡迎蒞臨。", taiwan, "查看開幕優惠",
        )  # fmt: skip

        d = {}
        d["spring_fr"] = self.sent(
            self.c_spring, "Spring newsletter: France", fr, S.FINISHED,
            {"and": [country("FR"), segment("gold", "silver", "bronze")]}, 52, 1.0,
        )  # fmt: skip
        d["spring_de"] = self.sent(
            self.c_spring, "Frühlings-Newsletter: Deutschland", de, S.FINISHED,
            {"and": [country("DE"), segment("gold", "silver", "bronze")]}, 50, 1.0,
        )  # fmt: skip
        d["survey_se"] = self.sent(
            self.c_loyalty, "Medlemsundersökning: Sverige", sv, S.FINISHED, country("SE"),
            30, 1.0,
        )  # fmt: skip
        d["points"] = self.sent(
            self.c_loyalty, "Loyalty points reminder", points, S.IN_PROGRESS,
            {"and": [segment("gold", "silver"), country("GB", "US", "NL")]}, 0.1, 0.45,
        )  # fmt: skip
        d["winback"] = self.sent(
            self.c_winback, "We miss you", winback, S.STOPPED,
            {"and": [segment("prospect"), country("GB", "US")]}, 12, 0.3,
        )  # fmt: skip
        d["welcome"] = self.delivery(
            self.c_loyalty, "Welcome series #1", welcome, S.BEING_EDITED,
            audience_list_id=self.newsletter.id,
        )  # fmt: skip
        d["last_chance"] = self.delivery(
            self.c_summer, "Summer sale: last chance", last_chance, S.BEING_EDITED,
            country("GB"), contact_date=self.at(35),
        )  # fmt: skip
        d["opening"] = self.delivery(
            self.c_taiwan, "台北旗艦店開幕通知", opening, S.BEING_EDITED, country("TW"),
        )  # fmt: skip
        broken = Message(winback.subject, BROKEN_HTML, winback.text)
        d["winback_reminder"] = self.delivery(
            self.c_winback, "We miss you: reminder", broken, S.PREPARATION_FAILED,
            {"and": [segment("prospect"), country("GB", "US")]},
            error_message=_syntax_error(broken), prepared_at=self.at(-2),
        )  # fmt: skip
        journal.add(self.session, d["winback_reminder"].id, JournalLevel.INFO,
                    "Preparation started")  # fmt: skip
        journal.add(self.session, d["winback_reminder"].id, JournalLevel.ERROR,
                    d["winback_reminder"].error_message)  # fmt: skip
        # Prepared for real once the data is committed (see prepare_ready):
        d["teaser"] = self.delivery(
            self.c_summer, "Summer sale: teaser", teaser, S.BEING_EDITED,
            {"and": [country("GB"), segment("gold", "silver")]}, override_approvals=True,
        )  # fmt: skip
        d["launch"] = self.delivery(
            self.c_summer, "Summer sale: launch", launch, S.BEING_EDITED,
            {"and": [country("US"), segment("gold", "silver")]},
        )  # fmt: skip
        d["catalogue"] = self.delivery(
            self.c_catalogue, "Autumn catalogue mailing", None, S.BEING_EDITED,
            {"and": [country("FR", "DE"), segment("gold"),
                     {"not": {"field": "postal_address", "op": "is_empty"}}]},
            channel=Channel.DIRECT_MAIL, provider_id=self.routage.id,
            subject="Autumn catalogue 2026", sender_address=SENDER, proof_list_id=None,
        )  # fmt: skip
        self.to_prepare = [(d[k].id, d[k].label) for k in ("teaser", "launch", "catalogue")]
        self.costed = [
            (d["spring_fr"].id, self.budgets["spring"].id),
            (d["spring_de"].id, self.budgets["spring"].id),
            (d["survey_se"].id, self.budgets["loyalty"].id),
        ]
        self.summary["deliveries"] = len(d)


def _syntax_error(content: Message) -> str:
    """The error preparation reports for this content, as the real renderer words it."""
    spec = RenderSpec(
        delivery_id=0, subject=content.subject, html=content.html, text=content.text,
        delivery={}, campaign={}, secret=b"demo", tracking_base_url="http://127.0.0.1",
    )  # fmt: skip
    try:
        DeliveryRenderer(spec)
    except TemplateSyntaxProblem as exc:
        return str(exc)
    return ""


def _add_costs(session: Session, costed: list[tuple[int, int]]) -> None:
    """Cost lines of the deliveries that went out, against their budgets."""
    email_price = Decimal("0.0015")
    for delivery_id, budget_id in costed:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        session.add_all(
            CostLine(
                budget_id=budget_id, delivery_id=delivery_id, label="E-mail sending",
                category=CostCategory.EMAIL, kind=kind,
                amount=(Decimal(count) * email_price + Decimal("25")).quantize(Decimal("0.01")),
            )
            for kind, count in (
                (CostLineKind.CALCULATED, delivery.to_deliver),
                (CostLineKind.REAL, delivery.delivered),
            )
        )  # fmt: skip


def _prepare_ready(
    sessions: sessionmaker[Session], actor: Actor, deliveries: list[tuple[int, str]]
) -> dict[str, str]:
    """Prepares the deliveries meant to wait for approval, confirmation or extraction, with
    the real preparation service, so that their logs and counters are real."""
    from desktop.services.preparation.pipeline import PreparationSettings, prepare

    settings = PreparationSettings(processes=1, parallel_threshold=10**9)
    outcome: dict[str, str] = {}
    for delivery_id, label in deliveries:
        try:
            result = prepare(sessions, actor, delivery_id, settings=settings)
            outcome[label] = result.status.value
        except ConsoleError as exc:
            outcome[label] = f"not prepared: {exc}"
    return outcome


def create_demo_data(
    sessions: sessionmaker[Session], progress: ProgressCallback = no_progress
) -> dict[str, Any]:
    """Fills a new database (after init) with demo data; returns the summary, including the
    passwords of `manager` and `reviewer` (shown once). Refuses a database with data."""
    started = time.monotonic()
    with sessions.begin() as session:
        demo = _Demo(session, progress)
        demo.refuse_if_not_new()
        passwords = demo.operators()
        progress(Progress("recipients", 0, RECIPIENTS))
        demo.recipients()
        demo.lists()
        demo.typology()
        demo.providers()
        demo.campaigns()
        demo.deliveries()
        audit.record(
            session, SYSTEM, MARKER_ENTITY, None, MARKER_ACTION,
            details={"seed": DEMO_SEED, "recipients": RECIPIENTS},
        )  # fmt: skip
    steps = len(demo.to_send) + len(demo.to_prepare)
    progress(Progress("preparation", 0, steps))
    with sessions() as session:
        manager = load_actor(session, "manager")
    # The sends first: the deliveries prepared now see their history (pressure rules).
    sent = replay_sends(sessions, manager, demo.to_send, random.Random(DEMO_SEED))
    with sessions.begin() as session:
        _add_costs(session, demo.costed)
    progress(Progress("preparation", len(demo.to_send), steps))
    prepared = _prepare_ready(sessions, manager, demo.to_prepare)
    progress(Progress("preparation", steps, steps))
    return {
        "passwords": passwords,
        **demo.summary,
        "sent": sent,
        "prepared": prepared,
        "seconds": round(time.monotonic() - started, 1),
    }
