"""Sending a confirmed delivery over SMTP: confirm/pause/resume/stop, the
send engine and its parts (claims, pacing, connections, outcomes), the scheduler.
"""
