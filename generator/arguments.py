"""Command-line arguments answered in Swedish (part of `cli`).

argparse writes its errors and help in English ("the following arguments are required:
--body"). `SwedishArgumentParser` says the same in Swedish, naming each missing or wrong
option together with its help text, which ends with an example. Bad arguments exit with
status 2, as argparse does; an unrecognised message never shows argparse's English.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys

from .escape import log_text
from .swedish import listed

EXIT_BAD_ARGUMENTS = 2
_OWN_MESSAGES: set[str] = set()  # the Swedish messages of the type checks below


def _refuse(message: str) -> argparse.ArgumentTypeError:
    _OWN_MESSAGES.add(message)
    return argparse.ArgumentTypeError(message)


def year(text: str) -> int:
    """`--year 2026` → 2026, with a Swedish message for anything else."""
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise _refuse(f"'{text}' är inget årtal; skriv året med fyra siffror, t.ex. --year 2026")
    return int(text)


def period(text: str) -> tuple[int, int]:
    """`--period 2026-2027` → (2026, 2027), read as `validate` reads two years: with any dash, a
    minus sign, a hyphen or a slash between (`2026—2027`, `2026/27`), as a document writes them."""
    from . import model  # pydantic's load only for `new`: every other command parses its arguments here too
    years = model.years_as_written(text)
    if years is None and re.fullmatch(model.TWO_YEARS_TWO_DASHES, text.strip()):
        raise _refuse(f"'{text}' har två streck mellan åren; skriv bara ett, t.ex. --period 2026-2027")
    if years is None:
        raise _refuse(f"'{text}' är ingen period; skriv första och sista året med bindestreck "
                                         "emellan, t.ex. --period 2026-2027")
    return years


def text(value: str) -> str:
    """A text that must say something, in letters a file can hold: a terminal that sends another
    encoding than UTF-8 (`Socialnämnden` in Latin-1) gives bytes Python keeps as lone surrogates."""
    if not value.strip():
        raise _refuse("värdet får inte vara tomt")
    if re.search("[\ud800-\udfff]", value):
        raise _refuse(f"'{value}' har tecken som inte är UTF-8, så terminalen skickar en annan teckenkodning; ställ in "
                      "den på UTF-8 (t.ex. export LANG=sv_SE.UTF-8) och kör kommandot igen")
    return value.strip()


class SwedishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors, usage line and help headings are Swedish."""

    def parse_known_args(self, args=None, namespace=None):
        # A sub-command's parser hands unknown words to the main parser, which would
        # answer in English; refuse them here instead.
        self._given = list(sys.argv[1:] if args is None else args)
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return namespace, extras

    def error(self, message: str):
        self.print_usage(sys.stderr)
        # The arguments as typed, shown as the console shows all text (`log_text`): a byte that
        # is no UTF-8 read `\udce4` after `--year`, and a control character would act.
        self.exit(EXIT_BAD_ARGUMENTS, f"{log_text(f'{self.prog}: fel: {self.swedish(message)}')}\n")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "Användning: ", 1)

    def format_help(self) -> str:
        text = super().format_help().replace("usage: ", "Användning: ", 1)
        # A command's positional arguments are commands only where they are its subcommands: `merge`'s
        # site folders and `engines`' engine were listed as commands (the serve audit).
        commands = any(isinstance(action, argparse._SubParsersAction) for action in self._actions)
        return (text.replace("\noptions:\n", "\nargument:\n", 1)
                .replace("\npositional arguments:\n", "\nkommandon:\n" if commands else "\npositionsargument:\n", 1)
                .replace("show this help message and exit", "visa den här hjälpen"))

    def _explained(self, option: str) -> str:
        """`--body (nämnden …, t.ex. --body Socialnämnden)`: the option with its help."""
        action = next((a for a in self._actions if option in a.option_strings), None)
        return f"{option} ({action.help})" if action is not None and action.help else option

    def swedish(self, message: str) -> str:
        """argparse's English error message, said in Swedish."""
        options = lambda text: re.findall(r"-[-\w]+", text)  # noqa: E731 - local shorthand
        if message == "the following arguments are required: KOMMANDO":  # the top level, run without a command
            return f"ange ett kommando, t.ex. `{self.prog} validate`; `{self.prog} --help` listar alla."
        if found := re.fullmatch(r"the following arguments are required: (.+)", message):
            missing = [name.strip() for name in found.group(1).split(",")]
            text = " ".join(f"{self._explained(name)} saknas." for name in missing)
            # argparse stops at the first kind of error; name a missing choice too.
            for group in self._mutually_exclusive_groups:
                names = [o for a in group._group_actions for o in a.option_strings if o.startswith("--")]
                if group.required and not any(word.split("=")[0] in names for word in getattr(self, "_given", [])):
                    text += f" Ange också precis ett av {listed(names)}."
            return text
        if found := re.fullmatch(r"one of the arguments (.+) is required", message):
            names = options(found.group(1))
            return f"ange precis ett av {listed(names)}: " + "; ".join(self._explained(n) for n in names) + "."
        if found := re.fullmatch(r"argument (\S+): not allowed with argument (\S+)", message):
            first, second = found.group(1).split("/")[-1], found.group(2).split("/")[-1]
            return f"{second} och {first} kan inte anges samtidigt; ange bara ett av dem."
        if found := re.fullmatch(r"argument (\S+): expected one argument", message):
            name = found.group(1).split("/")[-1]
            return f"{self._explained(name)} behöver ett värde."
        if found := re.fullmatch(r"argument (\S+): invalid \S+ value: (.+)", message):
            name = found.group(1).split("/")[-1]
            return f"{found.group(2)} är inget giltigt värde för {self._explained(name)}."
        if found := re.fullmatch(r"argument \S+: invalid choice: ('.*'|\".*\") \(choose from (.+)\)", message):
            names = re.findall(r"'([^']+)'", found.group(2))
            # argparse gives the word as Python writes it (`'validat\\udce4'`): the word itself
            # is shown, as `error` shows every argument.
            # Read up to the last " (choose from", argparse's own: the word may hold the same
            # words after a quote, and a repr cut there is no string to read.
            return (f"okänt kommando '{ast.literal_eval(found.group(1))}'. Kommandona är {listed(names)}; skriv "
                    f"`{self.prog} --help`.")
        if found := re.fullmatch(r"unrecognized arguments: (.+)", message):
            return (f"okänt argument: {found.group(1)}. Skriv `{self.prog} --help` för att se vilka argument som "
                    "finns.")
        if found := re.fullmatch(r"ambiguous option: (\S+) could match (.+)", message):
            return f"{found.group(1)} kan betyda flera argument: {found.group(2)}. Skriv hela namnet."
        found = re.fullmatch(r"argument (\S+): (.+)", message)
        if found and found.group(2) in _OWN_MESSAGES:
            return f"{found.group(1).split('/')[-1]}: {found.group(2)}."
        return f"argumenten kunde inte tolkas. Skriv `{self.prog} --help` för att se vilka argument som finns."
