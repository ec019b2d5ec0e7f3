"""Who may act: operators' rights, password hashes, the tracking links' keys (kept
outside the database) and the audit trail of every state change.
"""
