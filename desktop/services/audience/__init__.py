"""Who is addressed: audience conditions (and the JSON a person types, read within
bounds), address syntax, static lists, the quarantine and the CSV import of recipients.
"""
