"""Plumbing of long work, without Qt: cancel tokens and progress, worker
processes, and statements run with the driver's executemany.
"""
