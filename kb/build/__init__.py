"""What the MkDocs hooks call (overrides/hooks/*.py are adapters of a few lines), and building,
serving and bundling the site (site.py, offline.py).
"""
