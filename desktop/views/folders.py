"""The explorer's folders (domain.md §2): their titles, icons and what each one lists.

Plain data: the tree model turns it into nodes, the list panel runs its ListDefinition.
What a folder lists, and the objects shown as folders (an ObjectLevel: programs, their
campaigns), are the domain's (services.entities.listings); here only the tree and its
titles, marked for translation.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.entities.list_query import ListDefinition
from desktop.services.entities.listings import (
    BUDGETS,
    CAMPAIGNS,
    DELIVERIES,
    DELIVERY_TEMPLATES,
    OPERATOR_GROUPS,
    OPERATORS,
    OPTIONS,
    PROGRAM_LEVEL,
    PROGRAMS,
    QUARANTINE,
    RECIPIENT_LISTS,
    RECIPIENTS,
    SERVICE_PROVIDERS,
    STOCKS,
    TYPOLOGIES,
    TYPOLOGY_RULES,
    ObjectLevel,
)


@dataclass(frozen=True)
class FolderDef:
    key: str  # stable name, remembered as the last folder
    title: str  # English, marked for translation in the "Folders" context
    icon: str
    listing: ListDefinition | None = None
    children: tuple[FolderDef, ...] = ()
    objects: ObjectLevel | None = None  # children read from the database
    # a folder shown by its own widget instead of a list: "options" (the options editor),
    # else the kind of an opener registered in object_registry, opened with no id
    special_view: str | None = None


TREE: tuple[FolderDef, ...] = (
    FolderDef(
        "profiles",
        QT_TRANSLATE_NOOP("Folders", "Profiles and Targets"),
        "group",
        children=(
            FolderDef(
                "recipients", QT_TRANSLATE_NOOP("Folders", "Recipients"), "recipient", RECIPIENTS
            ),
            FolderDef("lists", QT_TRANSLATE_NOOP("Folders", "Lists"), "list", RECIPIENT_LISTS),
            # Its own view: the list, with Add and Remove (services.audience.quarantine).
            FolderDef(
                "quarantine",
                QT_TRANSLATE_NOOP("Folders", "Quarantine"),
                "quarantine",
                QUARANTINE,
                special_view="quarantine",
            ),
        ),
    ),
    FolderDef(
        "campaign_management",
        QT_TRANSLATE_NOOP("Folders", "Campaign Management"),
        "group",
        children=(
            FolderDef(
                "programs",
                QT_TRANSLATE_NOOP("Folders", "Programs"),
                "programs",
                PROGRAMS,
                objects=PROGRAM_LEVEL,
            ),
            FolderDef(
                "campaigns", QT_TRANSLATE_NOOP("Folders", "Campaigns"), "campaigns", CAMPAIGNS
            ),
            FolderDef(
                "deliveries", QT_TRANSLATE_NOOP("Folders", "Deliveries"), "delivery", DELIVERIES
            ),
            # The steps the operator may approve now; its title carries their count.
            FolderDef(
                "pending_approvals",
                QT_TRANSLATE_NOOP("Folders", "Pending approvals"),
                "approval",
                special_view="pending_approvals",
            ),
            FolderDef("budgets", QT_TRANSLATE_NOOP("Folders", "Budgets"), "budget", BUDGETS),
        ),
    ),
    FolderDef(
        "resources",
        QT_TRANSLATE_NOOP("Folders", "Resources"),
        "group",
        children=(
            FolderDef(
                "templates",
                QT_TRANSLATE_NOOP("Folders", "Templates"),
                "group",
                children=(
                    FolderDef(
                        "delivery_templates",
                        QT_TRANSLATE_NOOP("Folders", "Delivery templates"),
                        "template",
                        DELIVERY_TEMPLATES,
                    ),
                ),
            ),
        ),
    ),
    FolderDef(
        "administration",
        QT_TRANSLATE_NOOP("Folders", "Administration"),
        "group",
        children=(
            FolderDef(
                "access_management",
                QT_TRANSLATE_NOOP("Folders", "Access management"),
                "group",
                children=(
                    FolderDef(
                        "operators",
                        QT_TRANSLATE_NOOP("Folders", "Operators"),
                        "operator",
                        OPERATORS,
                    ),
                    FolderDef(
                        "operator_groups",
                        QT_TRANSLATE_NOOP("Folders", "Operator groups"),
                        "operator_group",
                        OPERATOR_GROUPS,
                    ),
                ),
            ),
            FolderDef(
                "administration_campaign_management",
                QT_TRANSLATE_NOOP("Folders", "Campaign Management"),
                "group",
                children=(
                    FolderDef(
                        "typology_rules",
                        QT_TRANSLATE_NOOP("Folders", "Typology rules"),
                        "rule",
                        TYPOLOGY_RULES,
                    ),
                    FolderDef(
                        "typologies",
                        QT_TRANSLATE_NOOP("Folders", "Typologies"),
                        "typology",
                        TYPOLOGIES,
                    ),
                    FolderDef(
                        "service_providers",
                        QT_TRANSLATE_NOOP("Folders", "Service providers"),
                        "provider",
                        SERVICE_PROVIDERS,
                    ),
                    FolderDef("stocks", QT_TRANSLATE_NOOP("Folders", "Stocks"), "stock", STOCKS),
                ),
            ),
            FolderDef(
                "platform",
                QT_TRANSLATE_NOOP("Folders", "Platform"),
                "group",
                children=(
                    FolderDef(
                        "options",
                        QT_TRANSLATE_NOOP("Folders", "Options"),
                        "option",
                        OPTIONS,
                        special_view="options",
                    ),
                    FolderDef(
                        "smtp_relay",
                        QT_TRANSLATE_NOOP("Folders", "SMTP relay"),
                        "relay",
                        special_view="relay_settings",
                    ),
                ),
            ),
        ),
    ),
)

DEFAULT_FOLDER = "deliveries"


def all_folders(folders: tuple[FolderDef, ...] = TREE) -> list[FolderDef]:
    """Every static folder, depth first."""
    found: list[FolderDef] = []
    for folder in folders:
        found.append(folder)
        found.extend(all_folders(folder.children))
    return found
