"""Who is addressed: audience conditions, address syntax, static lists,
the quarantine and the CSV import of recipients.
"""
