import sys

from . import collector
from .cli import letters_as_codes_where_unwritable, main

letters_as_codes_where_unwritable()
with collector.for_one_command():  # one command, one model, then the process ends
    code = main()
sys.exit(code)
