"""Who may act: operators' rights, password hashes, application secrets and
the audit trail of every state change.
"""
