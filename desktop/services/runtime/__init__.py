"""Plumbing of long work, without Qt: cancel tokens and progress, worker processes,
statements run with the driver's executemany, writers that wait out a busy database.
"""
