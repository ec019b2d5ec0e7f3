"""The Approvals section of the campaign and delivery forms (domain.md §4): which steps
need approval, the reviewers of each step (operators or groups) and the confirmation
reviewers.

It holds what the user edits until the form's Save, which hands it to
services.delivery.approval_settings.set_approval_settings in the same transaction as the
form's fields: the rules (budget only with targeting, names that exist, who may edit) are
the service's, and a refusal comes back here, shown under the part it names.

On a delivery, the campaign's settings apply until "Override the campaign's approvals"
is ticked; until then they are shown greyed, so the user sees what applies. A first
override starts from them, as the service does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ConsoleError
from desktop.models.enums import ApprovalKind
from desktop.services.delivery.approval_settings import (
    ApprovalSettingsView,
    ReviewerChoice,
    campaign_settings,
    delivery_settings,
    reviewer_candidates,
    set_approval_settings,
)
from desktop.services.delivery.approvals import STEP_ORDER
from desktop.services.entities import AfterSave, references
from desktop.views.app_context import AppContext
from desktop.views.forms.approval_words import step_words
from desktop.views.forms.reviewer_dialog import ReviewerRow
from desktop.views.forms.reviewer_table import ERROR_STYLE, HINT_STYLE, ReviewerTable

Source = Literal["campaign", "delivery"]
# The names set_approval_settings gives its ValidationErrors.
STEPS_FIELD = "steps"
REVIEWERS_FIELD = "reviewers"
CONFIRMATION_FIELD = "confirmation reviewers"


@dataclass(frozen=True)
class ApprovalDraft:
    """Approval settings as the form holds them: steps and both kinds of reviewers."""

    steps: frozenset[ApprovalKind] = frozenset()
    reviewers: frozenset[ReviewerRow] = frozenset()
    confirmation: frozenset[ReviewerRow] = frozenset()

    @classmethod
    def of(cls, view: ApprovalSettingsView) -> ApprovalDraft:
        return cls(
            frozenset(view.steps),
            frozenset(ReviewerRow(r.name, r.is_group, r.step) for r in view.approval_reviewers),
            frozenset(ReviewerRow(r.name, r.is_group) for r in view.confirmation_reviewers),
        )


def _choices(rows: frozenset[ReviewerRow]) -> list[ReviewerChoice]:
    """What the service is given: names with their kind, so none is ambiguous."""
    return [
        ReviewerChoice(row.name, row.step, "group" if row.is_group else "operator")
        for row in sorted(rows, key=lambda r: (r.is_group, r.name, r.step or ""))
    ]


class ApprovalSettingsEditor(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, source: Source, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.source = source
        self.entity_id: int | None = None
        self.campaign_id: int | None = None
        self._campaign: ApprovalDraft = ApprovalDraft()
        self._campaign_title = ""
        self._own: ApprovalDraft | None = ApprovalDraft()  # the settings the user edits
        # The own settings that applied when loaded (None: the campaign's).
        self._loaded: ApprovalDraft | None = ApprovalDraft()
        self._editable = True
        self._showing = False  # writing to the widgets: not a user's edit
        self._build()

    # ---- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        column = QVBoxLayout(self)
        self.override = QCheckBox(self.tr("Override the campaign's approvals"))
        self.override.setObjectName("override_approvals")
        self.override.toggled.connect(self._override_toggled)
        column.addWidget(self.override)
        self.override.setVisible(self.source == "delivery")
        self.note = QLabel()
        self.note.setWordWrap(True)
        column.addWidget(self.note)
        self.timing = QLabel(
            self.tr(
                "Steps apply from the next preparation; reviewers count at once, for the "
                "approvals already pending too."
            )
        )
        self.timing.setWordWrap(True)
        self.timing.setStyleSheet(HINT_STYLE)
        column.addWidget(self.timing)

        row = QHBoxLayout()
        row.addWidget(self._steps_box(), 0)
        tables = QVBoxLayout()
        self.reviewers = ReviewerTable(
            self.tr("Approval reviewers"),
            self.tr(
                "A step's reviewers, named for it or for every step, may approve it; with "
                "nobody named for a step, the campaign owner does. Administrators always may."
            ),
            with_step=True,
        )
        self.confirmers = ReviewerTable(
            self.tr("Confirmation reviewers"),
            self.tr(
                "Who may confirm the send. With nobody named, the campaign owner; otherwise "
                "those named, and the owner too when the option "
                "NmsCampaign_Activate_OwnerConfirmation is 1. Administrators always may."
            ),
            with_step=False,
        )
        for table in (self.reviewers, self.confirmers):
            table.changed.connect(self._edited)
            tables.addWidget(table, 1)
        row.addLayout(tables, 1)
        column.addLayout(row, 1)

    def _steps_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Steps that need approval"))
        column = QVBoxLayout(box)
        self.step_boxes: dict[ApprovalKind, QCheckBox] = {}
        tips = {
            ApprovalKind.TARGETING: self.tr("The recipients a preparation targeted"),
            ApprovalKind.BUDGET: self.tr(
                "Approved together with the targeting: tick Targeting to ask for it"
            ),
            ApprovalKind.CONTENT: self.tr("The message: subject, sender and content"),
            ApprovalKind.EXTRACTION: self.tr("Direct mail: the extraction file"),
            ApprovalKind.PROOFS: self.tr("E-mail: a proof sent since the preparation"),
        }
        for step in STEP_ORDER:
            text = step_words(step)
            if step is ApprovalKind.BUDGET:
                text = self.tr("%1 (with the targeting)").replace("%1", text)
            check = QCheckBox(text)
            check.setObjectName(f"approve_{step.value}")
            check.setToolTip(tips[step])
            check.toggled.connect(self._step_toggled)
            self.step_boxes[step] = check
            if step is ApprovalKind.BUDGET:  # under Targeting: it goes with it
                indented = QHBoxLayout()
                indented.setContentsMargins(20, 0, 0, 0)
                indented.addWidget(check)
                column.addLayout(indented)
            else:
                column.addWidget(check)
        self.steps_error = QLabel()
        self.steps_error.setWordWrap(True)
        self.steps_error.setStyleSheet(ERROR_STYLE)
        self.steps_error.hide()
        column.addWidget(self.steps_error)
        column.addStretch(1)
        box.setMinimumWidth(220)
        return box

    # ---- loading -----------------------------------------------------------------------

    def load(self, entity_id: int | None, values: Mapping[str, Any]) -> None:
        """Shows the stored settings: a campaign's; for a delivery, its own when it
        overrides its campaign's (or has no campaign), else its campaign's, greyed.
        `values`: the object's fields as the form loaded them."""
        self.entity_id = entity_id
        campaign_id = values.get("campaign_id") if self.source == "delivery" else None
        overriding = bool(values.get("override_approvals"))
        self.clear_errors()
        with self.context.sessions() as session:
            candidates = reviewer_candidates(session)
            own: ApprovalDraft | None = ApprovalDraft()
            if entity_id is not None and self.source == "campaign":
                own = ApprovalDraft.of(campaign_settings(session, entity_id))
            elif entity_id is not None:
                applied = delivery_settings(session, entity_id)
                own = ApprovalDraft.of(applied) if applied.source == "delivery" else None
        if self.source == "delivery" and campaign_id is not None and not overriding:
            own = None  # its campaign's apply; a first override starts from them
        for table in (self.reviewers, self.confirmers):
            table.set_candidates(candidates)
        self._own = own
        self._showing = True
        self.override.setChecked(self.source == "delivery" and overriding)
        self._showing = False
        self.campaign_id = None
        self.follow_campaign(campaign_id)
        self._loaded = self.applied()

    def follow_campaign(self, campaign_id: int | None) -> None:
        """A delivery's campaign, as chosen in the form: its settings are those shown while
        the delivery does not override them."""
        if self.source != "delivery":
            self._show()
            return
        if campaign_id != self.campaign_id or campaign_id is None:
            self._read_campaign(campaign_id)
        if campaign_id is None and self._own is None:
            self._own = self._campaign  # no campaign any more: keep what applied
        self._show()

    def _read_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        if campaign_id is None:
            self._campaign_title = ""
            return
        with self.context.sessions() as session:
            try:
                self._campaign = ApprovalDraft.of(campaign_settings(session, campaign_id))
            except ConsoleError:  # a campaign deleted meanwhile: nothing to follow
                self._campaign = ApprovalDraft()
            self._campaign_title = references.title_of(session, "campaign", campaign_id) or ""

    # ---- what is shown -------------------------------------------------------------------

    def follows_campaign(self) -> bool:
        return (
            self.source == "delivery"
            and self.campaign_id is not None
            and not self.override.isChecked()
        )

    def _show(self) -> None:
        following = self.follows_campaign()
        shown = self._campaign if following else (self._own or ApprovalDraft())
        self._showing = True
        for step, box in self.step_boxes.items():
            box.setChecked(step in shown.steps)
        self.reviewers.set_rows(sorted(shown.reviewers, key=_row_key))
        self.confirmers.set_rows(sorted(shown.confirmation, key=_row_key))
        self._showing = False
        self._apply_state()
        self.note.setText(self._note())

    def _note(self) -> str:
        if self.source == "campaign":
            return self.tr(
                "Every delivery of this campaign follows these settings, unless it overrides them."
            )
        if self.campaign_id is None:
            return self.tr("This delivery has no campaign: its own approval settings apply.")
        if self.follows_campaign():
            return self.tr(
                "This delivery follows the approval settings of its campaign “%1”, shown "
                "greyed. Override them to set its own."
            ).replace("%1", self._campaign_title)
        return self.tr(
            "This delivery's own approval settings apply, not those of its campaign “%1”."
        ).replace("%1", self._campaign_title)

    def set_editable(self, editable: bool) -> None:
        """Whether the user may change the settings (the right, the delivery's status)."""
        self._editable = editable
        self._apply_state()

    def _apply_state(self) -> None:
        following = self.follows_campaign()
        editing = self._editable and not following
        self.override.setEnabled(self._editable and self.campaign_id is not None)
        for step, check in self.step_boxes.items():
            check.setEnabled(editing and (step is not ApprovalKind.BUDGET or self._budget_open()))
        for table in (self.reviewers, self.confirmers):
            table.set_editable(editing, greyed=following)

    # ---- edits ---------------------------------------------------------------------------

    def _override_toggled(self, overriding: bool) -> None:
        if self._showing:
            return
        if overriding and self._own is None:
            self._own = self._campaign  # a first override starts from what applies
        elif not overriding and self._own is not None:
            self._own = self._widgets_draft()  # kept, should the user tick it again
        self._show()
        self.changed.emit()

    def _budget_open(self) -> bool:
        """Budget is ticked only with the targeting; once ticked it can always be unticked
        (the service refuses a budget alone, and says so under the steps)."""
        return any(
            self.step_boxes[step].isChecked()
            for step in (ApprovalKind.TARGETING, ApprovalKind.BUDGET)
        )

    def _step_toggled(self) -> None:
        if self._showing:
            return
        self._apply_state()
        self._edited()

    def _edited(self) -> None:
        if not self.follows_campaign():
            self._own = self._widgets_draft()
        self.clear_errors()
        self.changed.emit()

    def _widgets_draft(self) -> ApprovalDraft:
        return ApprovalDraft(
            frozenset(step for step, box in self.step_boxes.items() if box.isChecked()),
            frozenset(self.reviewers.rows()),
            frozenset(self.confirmers.rows()),
        )

    # ---- saving ----------------------------------------------------------------------------

    def applied(self) -> ApprovalDraft | None:
        """The own settings that apply as shown now; None: the campaign's apply."""
        return None if self.follows_campaign() else self._own or ApprovalDraft()

    def is_dirty(self) -> bool:
        return self.applied() != self._loaded

    def field_values(self) -> dict[str, Any]:
        """What Save changes among the delivery's fields: no longer overriding."""
        if self.source == "delivery" and self.applied() is None and self._loaded is not None:
            return {"override_approvals": False}
        return {}

    def after_save(self) -> AfterSave | None:
        """What Save does with the settings once the object is stored, in the same
        transaction; None when they have not changed."""
        draft = self.applied()
        if draft is None or draft == self._loaded:
            return None
        actor = self.context.actor
        source = self.source
        steps = [step.value for step in STEP_ORDER if step in draft.steps]
        reviewers = _choices(draft.reviewers)
        confirmation = _choices(draft.confirmation)

        def save(session: Any, saved_id: int) -> None:
            set_approval_settings(
                session,
                actor,
                source,
                saved_id,
                steps,
                reviewers=reviewers,
                confirmation_reviewers=confirmation,
            )

        return save

    # ---- errors ----------------------------------------------------------------------------

    def show_error(self, field: str, reason: str) -> bool:
        """Shows a refusal of the service under the part it names; False if none."""
        if field == STEPS_FIELD:
            self.steps_error.setText(reason)
            self.steps_error.show()
            self.step_boxes[ApprovalKind.BUDGET].setFocus()
            return True
        table = {REVIEWERS_FIELD: self.reviewers, CONFIRMATION_FIELD: self.confirmers}.get(field)
        if table is None:
            return False
        table.show_error(reason)
        table.view.setFocus()
        return True

    def error_text(self) -> str:
        """Every message shown under a part ('' when none)."""
        shown = [self.steps_error.text()] if not self.steps_error.isHidden() else []
        shown += [t.error_text() for t in (self.reviewers, self.confirmers) if t.error_text()]
        return "\n".join(shown)

    def clear_errors(self) -> None:
        self.steps_error.clear()
        self.steps_error.hide()
        self.reviewers.clear_error()
        self.confirmers.clear_error()


def _row_key(row: ReviewerRow) -> tuple[Any, ...]:
    return (row.step is not None, row.step or "", row.is_group, row.name)
