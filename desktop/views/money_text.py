"""Amounts of money as an operator reads them: two decimals, in their locale's digits."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def money_text(amount: Decimal) -> str:
    # A float only for display: the amounts are exact Decimals everywhere else.
    return QLocale().toString(float(amount), "f", 2)
