"""Campaign Console: prepare, send and track e-mail and direct-mail campaigns."""

__version__ = "0.1.0"
