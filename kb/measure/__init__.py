"""Measuring tools behind `kb benchmark`, `kb lighthouse` and `kb links`.
"""
