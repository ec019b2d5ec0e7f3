"""A delivery's state and what it shows: the life cycle, its journal, KPIs,
summary, exclusion log and the preview of its message.
"""
