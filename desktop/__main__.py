"""`python -m desktop` / `campaign-console`: the GUI, or a CLI command."""

from __future__ import annotations

import sys

from desktop.cli import main as cli_main


def main() -> int:
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
