"""Extract the GUI's strings into the .ts files (`make lupdate`), keeping translations done.

Runs pyside6-lupdate over every Python file of desktop/ (self.tr, QCoreApplication.translate
and QT_TRANSLATE_NOOP calls) for each language of the console. English, the source
language, gets a file of its plural forms only ("%n step(s)" -> "1 step", "2 steps").
`make translations` then compiles the .ts files to the .qm files the application loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from desktop.resource_files import TRANSLATIONS_DIR  # noqa: E402

SOURCES = ROOT / "desktop"
LANGUAGES = ("fr", "sv", "nl", "zh_TW")
# English is the source language: its file holds only the messages with a %n, whose
# source says "(s)" where English needs a singular and a plural form.
PLURALS_ONLY = "en"


def lupdate_command() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lupdate")
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        sys.exit("update_translations: pyside6-lupdate not found (pip install PySide6-Essentials)")
    return found


def ts_file(language: str) -> str:
    return str((TRANSLATIONS_DIR / f"campaign_console_{language}.ts").relative_to(ROOT))


def main() -> int:
    sources = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    # Relative line numbers keep the diffs of the .ts files small when code moves.
    lupdate = [lupdate_command(), "-locations", "relative", *sources]
    commands = [
        [*lupdate, "-ts", *(ts_file(language) for language in LANGUAGES)],
        [*lupdate, "-pluralonly", "-ts", ts_file(PLURALS_ONLY)],
    ]
    for command in commands:
        returncode = subprocess.run(command, cwd=ROOT, check=False).returncode
        if returncode:
            return returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
