"""Plumbing of long work, without Qt: cancel tokens, worker processes, driver executemany,
writers that wait out a busy database, and CSV exports a spreadsheet opens safely.
"""
