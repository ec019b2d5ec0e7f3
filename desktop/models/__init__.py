"""SQLAlchemy models: every table of the domain. Importing this package registers them all."""

from desktop.models.approvals import Approval, Notification, Proof
from desktop.models.audit import AuditEntry
from desktop.models.base import Base, utcnow
from desktop.models.bounces import HardBounceCount
from desktop.models.campaigns import Budget, Campaign, Program, Reviewer
from desktop.models.deliveries import COUNTER_COLUMNS, Delivery
from desktop.models.extractions import Extraction
from desktop.models.imports import RecipientImport, RecipientImportIssue
from desktop.models.logs import DeliveryLog, JournalLine, TrackingFirst, TrackingLog
from desktop.models.operators import Operator, OperatorGroup, operator_group_member
from desktop.models.options import Option
from desktop.models.providers import (
    CostLine,
    CostStructure,
    ServiceProvider,
    Stock,
    StockConsumption,
    StockLine,
    StockOrder,
    stock_operator,
)
from desktop.models.recipients import (
    QuarantinedAddress,
    Recipient,
    RecipientList,
    list_member,
    normalize_address,
)
from desktop.models.secrets import AppSecret
from desktop.models.send_sessions import SendSession
from desktop.models.templates import DeliveryTemplate
from desktop.models.typology import (
    Typology,
    TypologyRule,
    delivery_applied_rule,
    typology_rule_link,
)

__all__ = [
    "COUNTER_COLUMNS",
    "AppSecret",
    "Approval",
    "AuditEntry",
    "Base",
    "Budget",
    "Campaign",
    "CostLine",
    "CostStructure",
    "Delivery",
    "DeliveryLog",
    "DeliveryTemplate",
    "Extraction",
    "HardBounceCount",
    "JournalLine",
    "Notification",
    "Operator",
    "OperatorGroup",
    "Option",
    "Program",
    "Proof",
    "QuarantinedAddress",
    "Recipient",
    "RecipientImport",
    "RecipientImportIssue",
    "RecipientList",
    "Reviewer",
    "SendSession",
    "ServiceProvider",
    "Stock",
    "StockConsumption",
    "StockLine",
    "StockOrder",
    "TrackingFirst",
    "TrackingLog",
    "Typology",
    "TypologyRule",
    "delivery_applied_rule",
    "list_member",
    "normalize_address",
    "operator_group_member",
    "stock_operator",
    "typology_rule_link",
    "utcnow",
]
