"""Vem lovar vad? — turns plans/*.yaml into the Markdown pages of a Swedish MkDocs site.

Data flows one way: load → checks → link → render → write. See README.md for the layout
(the order `tests/test_model.py` enforces is its `PIPELINE`).
"""
