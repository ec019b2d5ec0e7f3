"""Sending a confirmed delivery over SMTP: confirm/pause/resume/stop, who may send and
through which relay, the send engine and its parts (claims, pacing, connections,
outcomes), the scheduler.
"""
