"""What administrators set: typed platform options, the SMTP relay settings,
and opening (migrating, initialising) a database.
"""
