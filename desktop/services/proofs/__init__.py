"""Proofs (BAT): a delivery's proof target, the real message sent to it marked as a proof,
and the proofs sent so far; never counted in the delivery's KPIs.
"""
