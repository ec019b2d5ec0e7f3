"""Plumbing of long work, without Qt: cancel tokens and progress, worker
processes, statements run with the driver's executemany, and CSV exports.
"""
