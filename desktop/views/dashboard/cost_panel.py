"""A delivery's cost on its dashboard: calculated by category, committed and real, with
the warnings of its money (over budget; stock below its alert level or that its messages
would take below zero). Hidden for a delivery whose provider charges nothing.

Read on its own timer while shown: an extraction or a results file elsewhere shows soon.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.errors import ConsoleError
from desktop.services.costs.money_warnings import (
    DeliveryMoney,
    MoneyWarnings,
    delivery_money,
    money_warnings,
)
from desktop.views.app_context import AppContext
from desktop.views.change_follower import PollsWhileShown
from desktop.views.display_values import value_words
from desktop.views.money_text import money_text

CHECK_MS = 3000
WARNING_STYLE = "color: #c62828"


def warning_lines(warnings: MoneyWarnings) -> list[str]:
    """The warnings in the operator's words (the dashboard's and the review's)."""
    lines = []
    budget = warnings.over_budget
    if budget is not None:
        lines.append(
            QCoreApplication.translate(
                "CostPanel",
                "Over budget: %1 allocates %2, its campaigns' calculated cost is %3 (%4 over).",
            )
            .replace("%1", budget.label)
            .replace("%2", money_text(budget.allocated))
            .replace("%3", money_text(budget.calculated))
            .replace("%4", money_text(budget.over_by))
        )
    for low in warnings.low_stock:
        lines.append(
            QCoreApplication.translate(
                "CostPanel", "Stock %1: %2 holds %3 units, below its alert level of %4."
            )
            .replace("%1", low.stock)
            .replace("%2", low.item)
            .replace("%3", str(low.in_stock))
            .replace("%4", str(low.alert_level))
        )
    for short in warnings.shortfalls:
        lines.append(
            QCoreApplication.translate(
                "CostPanel", "Extracting would take %1 below zero: %2 units in stock for %3."
            )
            .replace("%1", short.item)
            .replace("%2", str(short.in_stock))
            .replace("%3", str(short.needed))
        )
    return lines


class CostPanel(PollsWhileShown, QFrame):
    def __init__(
        self, context: AppContext, delivery_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("costPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.context = context
        self.delivery_id = delivery_id
        self.money: DeliveryMoney | None = None
        self.figures = QLabel()
        self.figures.setObjectName("costFigures")
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.figures.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("costWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.figures)
        layout.addWidget(self.warnings)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self.reload()

    def refresh(self) -> None:  # PollsWhileShown's
        self.reload()

    @Slot()
    def reload(self) -> None:
        try:
            with self.context.sessions() as session:
                money = delivery_money(session, self.delivery_id)
        except ConsoleError:
            self.setVisible(False)
            return
        self.money = money
        self.setVisible(money.has_costs)
        if not money.has_costs:
            return
        cost = money.cost
        parts = [
            f"{html.escape(value_words(name), False)} {money_text(amount)}"
            for name, amount in cost.calculated.by_category.items()
            if amount
        ]
        text = self.tr("<b>Calculated cost</b> %1").replace("%1", money_text(cost.calculated.total))
        if parts:
            text += " (" + " \u00b7 ".join(parts) + ")"
        text += " &nbsp;\u00b7&nbsp; " + (
            self.tr("committed %1, real %2")
            .replace("%1", money_text(cost.committed.total))
            .replace("%2", money_text(cost.real.total))
        )
        self.figures.setText(text)
        lines = warning_lines(money.warnings)
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))


def review_warnings(context: AppContext, delivery_id: int) -> list[str]:
    """For the approval window: what the money of this delivery warns about."""
    with context.sessions() as session:
        return warning_lines(money_warnings(session, delivery_id))
