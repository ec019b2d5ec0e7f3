"""A delivery's state and what it shows: the life cycle, its review (approval settings,
who may approve or confirm, decisions), its journal, KPIs, summary, exclusion log and the
preview of its message.
"""
