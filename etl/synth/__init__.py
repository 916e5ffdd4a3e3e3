"""Synthetic release corpus: realistic releases with the facts they state, deterministic for a seed.

Every fact is a pure function of (seed, company, fiscal year), so any release can be rendered on its
own and a corpus of any size streams with constant memory.
"""
