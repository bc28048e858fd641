import sys

from . import collector
from .cli import main

with collector.for_one_command():  # one command, one model, then the process ends
    code = main()
sys.exit(code)
