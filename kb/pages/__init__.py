"""The page model and its checks: front matter, sections, the registry of pages, translation freshness,
version claims. Nothing here depends on MkDocs.
"""
