import sys

from . import collector
from .cli import main

# A terminal whose encoding has no å, ä or ö (a locale that is not UTF-8) gets their codes,
# as Python writes them on stderr, not a traceback in place of the answer.
for stream in (sys.stdout, sys.stderr):
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")

with collector.for_one_command():  # one command, one model, then the process ends
    code = main()
sys.exit(code)
