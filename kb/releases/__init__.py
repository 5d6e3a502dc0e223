"""Which release has it? An index of the public names of transformers and five neighbours, per release.

build.py reads the released wheels (with ``ast``, never imported) and writes the data that
lookup.py (Python, stdlib only) and overrides/assets/javascripts/kb-releases.js (the browser)
answer from; check.py confirms entries against the boundary wheels.
"""
