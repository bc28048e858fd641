"""Vem lovar vad? — turns plans/*.yaml into the Markdown pages of a Swedish MkDocs site.

Data flows one way: load → crossref → render → write. See README.md for the layout.
"""
