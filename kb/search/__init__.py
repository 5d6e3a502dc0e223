"""Search: reading the error out of a paste, matching it against the pages' signatures, and measuring
search quality in the real search box (evaluate.py).
"""
