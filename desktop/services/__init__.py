"""The domain, without Qt: one package per part of the campaign world (see each package's
docstring, and docs/architecture.md for how a delivery flows through them).
"""
