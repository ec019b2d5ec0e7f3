"""Demo data: a database that looks like a marketing team's after a few months of work.

`create_demo_data(sessions)` runs after `init` (an administrator exists): `campaign-console
init --demo` and the GUI's first start call it. It adds a campaign manager and a reviewer
with random passwords (returned once, never stored in clear), two programs, six campaigns
with budgets, a dozen deliveries in most states, 50,000 recipients in seven countries
with the quirks of real data, a few hundred quarantined addresses, static lists, typology
rules, service providers with cost structures, and stocks.

What the demo holds is data, in resources/demo (desktop.demo.recipe reads it all, and
checks it, before anything is written); this module builds the database from it.

It refuses to run on a database that already has demo data (or any recipient, program,
campaign or delivery): demo data goes into a new database only. Everything but the
preparations is one transaction; then the real preparation service prepares the
deliveries that went out (desktop.demo.sends) and those that wait for a decision
(desktop.demo.reviews), so they hold real delivery logs and can be confirmed.

A newcomer finds the review under way: "Summer sale: launch" waits for the reviewer,
"台北旗艦店開幕通知" for a proof. Each delivery's history (audit trail, journal) tells
what happened when, by whom; only the e-mails of what happens as the demo is made wait to
be sent at the first start (desktop.demo.timeline).
"""

from __future__ import annotations

import random
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.demo import timeline
from desktop.demo.content import Message
from desktop.demo.data_files import DemoDataError, lookup
from desktop.demo.recipe import Recipe
from desktop.demo.recipients import RecipientFactory
from desktop.demo.reviews import PastApproval, Waiting, prepare_waiting
from desktop.demo.sends import PastSend, replay_sends
from desktop.errors import ConsoleError
from desktop.models import (
    AuditEntry,
    Budget,
    Campaign,
    CostLine,
    CostStructure,
    Delivery,
    DeliveryTemplate,
    Operator,
    Program,
    QuarantinedAddress,
    Recipient,
    RecipientList,
    Reviewer,
    ServiceProvider,
    Stock,
    StockLine,
    StockOrder,
    Typology,
    TypologyRule,
)
from desktop.models.enums import (
    ApprovalKind,
    CostCategory,
    CostLineKind,
    DeliveryStatus,
    JournalLevel,
)
from desktop.services.access import audit
from desktop.services.access.passwords import generate_password, hash_password
from desktop.services.access.rights import SYSTEM, Actor, actor_for, load_actor
from desktop.services.audience import list_membership
from desktop.services.delivery import approvals, journal, lifecycle
from desktop.services.direct_mail.extraction_names import user_data_folder
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
ADMINISTRATOR = "admin"  # the administrator init creates
PREPARATION_TOOK = timedelta(seconds=2)  # a failed preparation, from start to failure
S = DeliveryStatus


def _model_fields(spec: dict[str, Any], *others: str) -> dict[str, Any]:
    """The values of `spec` that are a model's fields: all but the keys `others`."""
    return {name: value for name, value in spec.items() if name not in others}


class _Demo:
    def __init__(self, session: Session, progress: ProgressCallback, recipe: Recipe) -> None:
        self.session = session
        self.progress = progress
        self.recipe = recipe
        self.rng = random.Random(DEMO_SEED)
        self.now = datetime.now(UTC).replace(microsecond=0)
        self.today = self.now.date()
        self.summary: dict[str, Any] = {}
        self.to_send: list[PastSend] = []
        self.to_prepare: list[Waiting] = []
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
        names = [person["name"] for person in self.recipe.team["operator"]]
        taken = session.scalars(select(Operator.name).where(Operator.name.in_(names))).all()
        if taken:
            raise ConsoleError(
                f"this database already has an operator named {taken[0]!r}: demo data goes "
                "into a new database"
            )

    # -- people --------------------------------------------------------------------------

    def operators(self) -> dict[str, str]:
        self.groups = ensure_standard_groups(self.session)
        self.administrator()
        passwords = {}
        for person in self.recipe.team["operator"]:
            group = lookup("team.toml", "operator group", self.groups, person["group"])
            passwords[person["name"]] = generate_password()
            self.add(
                Operator(
                    **_model_fields(person, "group"),
                    password_hash=hash_password(passwords[person["name"]]),
                    groups=[group],
                )
            )
        self.operators_by_name = {o.name: o for o in self.session.scalars(select(Operator))}
        preparer = self.recipe.team["prepared_by"]
        lookup("team.toml", "operator (prepared_by)", self.operators_by_name, preparer)
        return passwords

    def administrator(self) -> None:
        """Init's administrator gets an address (e-mails meant for it reach someone) and a
        language, unless it has them already."""
        admin = self.session.scalar(select(Operator).where(Operator.name == ADMINISTRATOR))
        if admin is None:
            return
        spec = self.recipe.team["administrator"]
        admin.email = admin.email or spec["email"]
        admin.language = admin.language or spec["language"]

    def recipients(self) -> None:
        factory = RecipientFactory(self.rng, self.now, DEMO_SEED, self.recipe.population)
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
        reasons = self.recipe.audience["quarantine_reasons"]
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
        specs = self.recipe.audience["list"]
        self.lists_by_key = {
            spec["key"]: self.add(RecipientList(**_model_fields(spec, "key", "members", "staff")))
            for spec in specs
        }
        for spec in specs:
            list_id = self.lists_by_key[spec["key"]].id
            if "members" in spec:
                list_membership.add_matching(self.session, SYSTEM, list_id, spec["members"])
            if spec.get("staff"):
                staff_ids = self.session.scalars(
                    select(Recipient.id).where(Recipient.email_key.in_(self.staff_keys))
                ).all()
                list_membership.add_recipients(self.session, SYSTEM, list_id, staff_ids)
        self.summary["lists"] = len(specs)

    # -- administration ------------------------------------------------------------------

    def typology(self) -> None:
        data = self.recipe.typology
        rules = [TypologyRule(**rule) for rule in data["rule"]]
        self.session.add_all(rules)
        self.default_typology = self.add(Typology(**data["typology"], rules=rules))
        self.summary.update(typology_rules=len(rules), typologies=1)

    def providers(self) -> None:
        data = self.recipe.providers
        self.providers_by_key = {
            spec["key"]: ServiceProvider(
                **_model_fields(spec, "key", "cost_structure", "drop_folder"),
                drop_folder=_drop_folder(spec["drop_folder"]),
                cost_structures=[_cost_structure(s) for s in spec.get("cost_structure", [])],
            )
            for spec in data["provider"]
        }
        self.session.add_all(self.providers_by_key.values())
        self.session.flush()
        stocks = [
            Stock(
                label=spec["label"],
                provider_id=lookup(
                    "providers.toml", "provider", self.providers_by_key, spec["provider"]
                ).id,
                lines=[self.stock_line(line) for line in spec["line"]],
                operators=[
                    lookup("providers.toml", "stock operator", self.operators_by_name, name)
                    for name in spec.get("operators", [])
                ],
            )
            for spec in data["stock"]
        ]
        self.session.add_all(stocks)
        self.session.flush()
        self.summary.update(service_providers=len(self.providers_by_key), stocks=len(stocks))

    def stock_line(self, spec: dict[str, Any]) -> StockLine:
        return StockLine(
            **_model_fields(spec, "order"),
            orders=[
                StockOrder(quantity=order["quantity"], arrives_on=self.days(order["day"]))
                for order in spec.get("order", [])
            ],
        )

    # -- campaigns -----------------------------------------------------------------------

    def campaigns(self) -> None:
        data = self.recipe.campaigns
        year = self.today.year
        programs = {
            spec["key"]: self.add(
                Program(
                    label=f"{spec['label']} {year}",
                    description=spec["description"],
                    start_date=date(year, 1, 1),
                    end_date=date(year, 12, 31),
                )
            )
            for spec in data["program"]
        }
        budgets = {
            spec["key"]: self.add(Budget(**_model_fields(spec, "key"))) for spec in data["budget"]
        }
        self.campaigns_by_key: dict[str, Campaign] = {}
        reviewers: list[Reviewer] = []
        for spec in data["campaign"]:
            campaign = self.campaign(spec, programs, budgets)
            reviewers.extend(self.reviewer(spec, campaign, who) for who in spec.get("reviewer", []))
            self.campaigns_by_key[spec["key"]] = campaign
        self.session.add_all(reviewers)
        self.summary.update(
            programs=len(programs), campaigns=len(self.campaigns_by_key), budgets=len(budgets)
        )

    def campaign(
        self, spec: dict[str, Any], programs: dict[str, Program], budgets: dict[str, Budget]
    ) -> Campaign:
        def find(what: str, defined: dict[str, Any], key: str) -> Any:
            return lookup("campaigns.toml", f"{what} of campaign {spec['key']!r}", defined, key)

        approvals = {f"approve_{kind.value}": True for kind in spec.get("approvals", [])}
        return self.add(
            Campaign(
                label=spec["label"],
                program_id=find("program", programs, spec["program"]).id,
                owner_id=find("owner", self.operators_by_name, spec["owner"]).id,
                start_date=self.days(spec["start"]),
                end_date=self.days(spec["end"]),
                budget_id=find("budget", budgets, spec["budget"]).id,
                description=spec["description"],
                **approvals,
            )
        )

    def reviewer(self, spec: dict[str, Any], campaign: Campaign, who: dict[str, Any]) -> Reviewer:
        """A reviewer of the campaign: an operator, or a group of operators (Recipe checked
        that it names one of them)."""
        where = f"reviewer of campaign {spec['key']!r}"
        if "operator" in who:
            operator = lookup("campaigns.toml", where, self.operators_by_name, who["operator"])
            return Reviewer(role=who["role"], campaign_id=campaign.id, operator_id=operator.id)
        group = lookup("campaigns.toml", f"group {where}", self.groups, who["group"])
        return Reviewer(role=who["role"], campaign_id=campaign.id, group_id=group.id)

    # -- deliveries ----------------------------------------------------------------------

    def deliveries(self) -> None:
        data = self.recipe.deliveries
        for spec in data["delivery"]:
            self.delivery(spec)
        self.summary["deliveries"] = len(data["delivery"])

    def delivery(self, spec: dict[str, Any]) -> None:
        """Adds one delivery of deliveries.toml, and notes whether it is to be sent,
        prepared or costed once the data is committed."""
        data, label = self.recipe.deliveries, spec["label"]

        def find(what: str, defined: dict[str, Any], key: str) -> Any:
            return lookup("deliveries.toml", f"{what} of delivery {label!r}", defined, key)

        campaign = find("campaign", self.campaigns_by_key, spec["campaign"])
        fields: dict[str, Any] = {
            "campaign_id": campaign.id,
            "label": label,
            "status": S.BEING_EDITED,
            "created_by_id": campaign.owner_id,
            "audience_filter": spec.get("audience"),
            "sender_address": data["sender_address"],
            "sender_name": data["sender_name"],
            "reply_to": data["reply_to"],
            "typology_id": self.default_typology.id,
            "proof_list_id": None,
        }
        if spec.get("proofs", True):
            fields["proof_list_id"] = find("proof list", self.lists_by_key, data["proof_list"]).id
        content: Message | None = None
        if "message" in spec:
            content = find("message", self.recipe.messages, spec["message"])
        if content is not None and "html" in spec:
            content = Message(content.subject, self.recipe.html_files[spec["html"]], content.text)
        if content is not None:
            fields.update(subject=content.subject, html=content.html, text=content.text)
        if "subject" in spec:
            fields["subject"] = spec["subject"]
        if "audience_list" in spec:
            fields["audience_list_id"] = find("list", self.lists_by_key, spec["audience_list"]).id
        if "contact_in_days" in spec:
            fields["contact_date"] = self.at(spec["contact_in_days"])
        if "channel" in spec:
            fields["channel"] = spec["channel"]
        if "provider" in spec:
            fields["provider_id"] = find("provider", self.providers_by_key, spec["provider"]).id
        sent = spec.get("sent")
        # A delivery that went out was approved: nothing may hold its preparation now.
        if spec.get("override_approvals") or sent:
            fields["override_approvals"] = True
        delivery = self.add(Delivery(**fields))
        failed = spec.get("preparation_failed")
        if failed and content is not None:
            self.failed_preparation(delivery, _syntax_error(content), self.at(-failed["days_ago"]))
        if sent:
            started = self.at(-sent["started_days_ago"])
            self.to_send.append(
                PastSend(delivery.id, label, sent["status"], started, sent["share"])
            )
            if sent.get("costed"):
                self.costed.append((delivery.id, campaign.budget_id))
        if spec.get("prepare"):
            self.to_prepare.append(self.waiting(spec, delivery))

    def templates(self) -> None:
        """The delivery templates of templates.toml, with the deliveries' sender and proofs."""
        data = self.recipe.deliveries
        for spec in self.recipe.templates["template"]:
            label = spec["label"]

            def find(what: str, defined: dict[str, Any], key: str, label: str = label) -> Any:
                return lookup("templates.toml", f"{what} of template {label!r}", defined, key)

            fields: dict[str, Any] = {
                "label": label,
                "description": spec["description"],
                "channel": spec["channel"],
                "typology_id": self.default_typology.id,
                "subject": spec.get("subject", ""),
            }
            if "message" in spec:
                content = find("message", self.recipe.messages, spec["message"])
                fields.update(
                    subject=content.subject,
                    html=content.html,
                    text=content.text,
                    sender_address=data["sender_address"],
                    sender_name=data["sender_name"],
                    reply_to=data["reply_to"],
                    proof_list_id=find("proof list", self.lists_by_key, data["proof_list"]).id,
                )
            if "provider" in spec:
                fields["provider_id"] = find("provider", self.providers_by_key, spec["provider"]).id
            steps = {name: spec[name] for name in ("approve_content", "approve_extraction")
                     if name in spec}  # fmt: skip
            if steps:
                fields.update(override_approvals=True, **steps)
            self.add(DeliveryTemplate(**fields))
        self.summary["delivery_templates"] = len(self.recipe.templates["template"])

    def failed_preparation(self, delivery: Delivery, error: str, at: datetime) -> None:
        """A preparation that failed on `error` at `at`, as the preparation service writes
        it: its transitions (with their audit rows) and journal lines."""
        preparer = self.preparer()
        before = timeline.mark(self.session)
        lifecycle.transition(self.session, preparer, delivery, S.PREPARING, reason="prepare")
        journal.add(
            self.session,
            delivery.id,
            JournalLevel.INFO,
            "preparation.started",
            operator=preparer.name,
        )
        timeline.date_since(self.session, before, at - PREPARATION_TOOK)
        before = timeline.mark(self.session)
        delivery.error_message = error
        delivery.prepared_at = at
        journal.add(
            self.session, delivery.id, JournalLevel.ERROR, "preparation.failed", error=error
        )
        lifecycle.transition(self.session, preparer, delivery, S.PREPARATION_FAILED, reason=error)
        timeline.date_since(self.session, before, at)

    def waiting(self, spec: dict[str, Any], delivery: Delivery) -> Waiting:
        """A delivery to prepare once the data is committed, with the approvals its story
        has given since."""
        prepared_days_ago = spec.get("prepared_days_ago")
        return Waiting(
            delivery.id,
            spec["label"],
            None if prepared_days_ago is None else self.at(-prepared_days_ago),
            tuple(
                self.past_approval(delivery, f"approved[{n}] of delivery {spec['label']!r}", given)
                for n, given in enumerate(spec.get("approved", []), 1)
            ),
        )

    def past_approval(self, delivery: Delivery, where: str, given: dict[str, Any]) -> PastApproval:
        """An approval of deliveries.toml, once its step is one the delivery asks for and its
        reviewer may give it: checked now, so that a mistake in the data leaves nothing."""
        step: ApprovalKind = given["step"]
        required = approvals.required_approvals(self.session, delivery)
        if step not in required:
            asked = ", ".join(kind.value for kind in required) or "nothing"
            raise DemoDataError(
                "deliveries.toml",
                f"{where}: its campaign does not ask to approve {step.value} (it asks: {asked})",
            )
        reviewer = lookup("deliveries.toml", f"operator ({where})", self.operators_by_name,
                          given["by"])  # fmt: skip
        as_reviewer = actor_for(self.session, reviewer)
        if not approvals.may_approve(self.session, as_reviewer, delivery, step):
            raise DemoDataError(
                "deliveries.toml", f"{where}: {reviewer.name} may not approve {step.value} of "
                "this delivery"
            )  # fmt: skip
        at = self.at(-given["days_ago"])
        return PastApproval(step, reviewer.name, at, given.get("comment", ""))

    def preparer(self) -> Actor:
        name = self.recipe.team["prepared_by"]
        return actor_for(self.session, self.operators_by_name[name])


def _drop_folder(text: str) -> str:
    """A folder of providers.toml: an absolute one or a URL as it is, a relative one under
    the user data folder (where a newcomer's hand-off finds it)."""
    if "://" in text or Path(text).is_absolute():
        return text
    return str(user_data_folder() / text)


def _cost_structure(spec: dict[str, Any]) -> CostStructure:
    fields = _model_fields(spec, "bands")
    if "bands" in spec:
        # [[FROM, PRICE], ...]; prices are kept as text (exact decimals).
        fields["bands"] = [[band["from"], str(band["price"])] for band in spec["bands"]]
    return CostStructure(**fields)


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


def _add_costs(session: Session, costed: list[tuple[int, int]], cost: dict[str, Any]) -> None:
    """Cost lines of the deliveries that went out, against their budgets."""
    price, fixed_part = cost["per_message"], cost["fixed_part"]
    for delivery_id, budget_id in costed:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        session.add_all(
            CostLine(
                budget_id=budget_id, delivery_id=delivery_id, label=cost["label"],
                category=CostCategory.EMAIL, kind=kind,
                amount=(Decimal(count) * price + fixed_part).quantize(Decimal("0.01")),
            )
            for kind, count in (
                (CostLineKind.CALCULATED, delivery.to_deliver),
                (CostLineKind.REAL, delivery.delivered),
            )
        )  # fmt: skip


def create_demo_data(
    sessions: sessionmaker[Session], progress: ProgressCallback = no_progress
) -> dict[str, Any]:
    """Fills a new database (after init) with demo data; returns the summary, including the
    passwords of `manager` and `reviewer` (shown once). Refuses a database with data."""
    started = time.monotonic()
    recipe = Recipe.load()
    with sessions.begin() as session:
        demo = _Demo(session, progress, recipe)
        demo.refuse_if_not_new()
        passwords = demo.operators()
        progress(Progress("recipients", 0, RECIPIENTS))
        demo.recipients()
        demo.lists()
        demo.typology()
        demo.providers()
        demo.campaigns()
        demo.deliveries()
        demo.templates()
        audit.record(
            session, SYSTEM, MARKER_ENTITY, None, MARKER_ACTION,
            details={"seed": DEMO_SEED, "recipients": RECIPIENTS},
        )  # fmt: skip
    steps = len(demo.to_send) + len(demo.to_prepare)
    done = 0

    def one_more_prepared() -> None:
        nonlocal done
        done += 1
        progress(Progress("preparation", done, steps))

    progress(Progress("preparation", 0, steps))
    with sessions() as session:
        preparer = load_actor(session, recipe.team["prepared_by"])
    # The sends first: the deliveries prepared now see their history (pressure rules).
    rng = random.Random(DEMO_SEED)
    sent = replay_sends(
        sessions, preparer, demo.to_send, rng, recipe.send_habits, one_more_prepared
    )
    with sessions.begin() as session:
        _add_costs(session, demo.costed, recipe.deliveries["sending_cost"])
    prepared = prepare_waiting(sessions, preparer, demo.to_prepare, one_more_prepared)
    return {
        "passwords": passwords,
        **demo.summary,
        "sent": sent,
        "prepared": prepared,
        "seconds": round(time.monotonic() - started, 1),
    }
