"""Vem lovar vad? — turns plans/*.yaml into the Markdown pages of a Swedish MkDocs site.

Data flows one way: load → checks → link → render → write. See README.md for the layout
(the order `tests/test_model.py` enforces is its `PIPELINE`).
"""

import os

# The models use no pydantic plugin, and none may observe or change how a plan validates. Saying
# so spares pydantic's reading every installed package's entry points for plugins when the first
# model is built: about 0.8 % of `validate`'s instructions on the real plans, and each build's
# too (every command imports the models through this package). A value set outside is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
