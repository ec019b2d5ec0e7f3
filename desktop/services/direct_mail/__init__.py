"""Direct mail (domain.md §5): the extraction file, its approval, the router's proofs,
the hand-off to the provider and the provider's results.
"""
