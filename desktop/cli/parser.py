"""The command line's argument parser: a usage error is one line, like every other error.

argparse prints the usage and exits; ours raises UsageError instead, which main() prints
as `campaign-console: error: delivery show: argument ID: ...` with exit status 2, the
status of every refusal (cli.exit_codes).
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from desktop.cli.arguments import shown
from desktop.errors import ConsoleError


class UsageError(ConsoleError):
    """Arguments the parser refuses: missing, unknown, or of the wrong type."""


class ConsoleArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        command = self.prog.partition(" ")[2]
        where = f"{command}: " if command else ""
        raise UsageError(f"{where}{message} (see {self.prog} --help)")


def check_utf8(argv: list[str]) -> None:
    """Refuses an argument that is not UTF-8 text, naming it: Python reads such bytes as
    lone surrogates, which no database driver can store or compare."""
    for position, argument in enumerate(argv):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError as exc:
            raw = argument.encode("utf-8", "surrogateescape")
            after = argv[position - 1] if position and argv[position - 1].startswith("-") else ""
            where = f"{after}: " if after else f"argument {position + 1}: "
            byte = raw[len(argument[: exc.start].encode("utf-8", "surrogateescape"))]
            raise UsageError(
                f"{where}not UTF-8 text (byte 0x{byte:02x} in {shown(argument)})"
            ) from None
