"""The form of a campaign: its own dashboard first (its deliveries with their status and
KPIs, and Add a delivery from a template), the generic entity form in a "General" tab,
its approval settings (steps, reviewers, confirmation reviewers) in an "Approvals" tab,
what it costs against its budget in a "Budget" tab, and the campaign's audit trail, with
its deliveries', in a "History" tab."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from desktop.views.app_context import AppContext
from desktop.views.campaign_deliveries_panel import CampaignDeliveriesPanel
from desktop.views.forms.approval_settings_editor import ApprovalSettingsEditor
from desktop.views.forms.budget_tab import BudgetTab
from desktop.views.forms.entity_form import EntityForm, FormSection
from desktop.views.history_panel import HistoryPanel
from desktop.views.object_registry import register_opener

# Edited in the Approvals tab, with the reviewers.
APPROVAL_FIELDS = (
    "approve_targeting",
    "approve_content",
    "approve_budget",
    "approve_extraction",
    "approve_proofs",
)


class CampaignForm(EntityForm):
    EDITED_APART = APPROVAL_FIELDS
    # (kind, id, title): an object to open in a tab (a delivery of the dashboard)
    object_requested = Signal(str, int, str)

    def __init__(
        self, context: AppContext, campaign_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "campaign", campaign_id, parent)

    def _layout_fields(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("campaignTabs")
        self.dashboard = CampaignDeliveriesPanel(self.context)
        self.dashboard.object_requested.connect(self.object_requested)
        self.dashboard_tab = self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.general_tab = self.tabs.addTab(super()._layout_fields(), self.tr("General"))
        self.approvals = ApprovalSettingsEditor(self.context, "campaign")
        self.add_section(self.approvals)
        self.approvals_tab = self.tabs.addTab(self.scrolled(self.approvals), self.tr("Approvals"))
        self.budget = BudgetTab(self.context)
        self.budget_tab = self.tabs.addTab(self.budget, self.tr("Budget"))
        self.history = HistoryPanel(self.context, "campaign", self.entity_id)
        self.history_tab = self.tabs.addTab(self.history, self.tr("History"))
        return self.tabs

    def load(self) -> None:
        super().load()
        # A new campaign has no trail yet; once saved, its History follows it.
        self.history.set_object(self.entity_id)
        self.tabs.setTabEnabled(self.history_tab, self.entity_id is not None)
        self.budget.set_campaign(self.entity_id)
        self.tabs.setTabEnabled(self.budget_tab, self.entity_id is not None)
        # A new campaign has no deliveries yet: it opens on its fields.
        self.dashboard.set_campaign(self.entity_id)
        self.tabs.setTabEnabled(self.dashboard_tab, self.entity_id is not None)
        if self.entity_id is None:
            self.tabs.setCurrentIndex(self.general_tab)

    def reveal(self, name: str) -> None:
        self.tabs.setCurrentIndex(self.general_tab)
        super().reveal(name)

    def reveal_section(self, section: FormSection) -> None:
        if section is self.approvals:
            self.tabs.setCurrentIndex(self.approvals_tab)


def open_campaign(context: AppContext, campaign_id: int | None, parent: QWidget | None):
    return CampaignForm(context, campaign_id, parent)


register_opener("campaign", open_campaign)
