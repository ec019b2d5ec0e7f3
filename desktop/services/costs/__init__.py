"""The money (domain.md §6): cost formulas applied to message counts, a delivery's cost
lines and what an extraction does to costs and stocks, the roll-ups up to the program,
budgets computed against their allocation, and stocks with their orders and alerts.
"""
