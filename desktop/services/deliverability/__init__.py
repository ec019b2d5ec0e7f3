"""Deliverability: the pre-flight check of a delivery, its control rules and the header,
MIME and link checks of the message a send would build, scored like a spam filter would.
"""
