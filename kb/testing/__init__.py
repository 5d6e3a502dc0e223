"""Test doubles used by the examples and the tests (a local stand-in for the Hugging Face Hub).
"""
