"""One recipient's message: templates rendered in a sandbox, MIME bytes
built from a per-delivery skeleton, and signed tracking links.
"""
