"""Telling operators what awaits them: e-mails queued with the change they tell about
(a step to review, a step decided, a delivery ready to confirm), sent through the relay.
"""
