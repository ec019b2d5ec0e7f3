"""Preparing a delivery: the target and its exclusions computed in the
database, typology rules, personalisation in worker processes, the log rows.
"""
