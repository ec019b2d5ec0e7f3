"""Check for the Debian/Ubuntu packages the console needs; install the missing ones when root.

First the one `python3 -m venv` needs: Debian ships ensurepip apart, in the package named
after the running Python (`python3.11-venv`); without it `make` stops at "ensurepip is not
available" before anything is installed. Then Qt's: its wheels bundle Qt itself but load
a few system libraries (GL, EGL, X11, fonts, D-Bus). A fresh minimal machine lacks some;
this names them exactly, and installs them with apt-get when it can (or prints the line
to run), before the Makefile makes the virtual environment. With `--test` it checks the
packages only the test suite uses instead (`make test` runs both): SpamAssassin, which
scores the demo's messages as a mail filter does, and PostgreSQL, for the suite's second
run. They come without their recommended packages (sa-compile alone would bring a C
compiler: 158 packages instead of 38).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable

# Offscreen platform (tests), then a real window (xcb), then a CJK font for zh_TW.
PACKAGES = [
    "libglib2.0-0",
    "libgl1",
    "libegl1",
    "libx11-6",
    "libxkbcommon0",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-render0",
    "libxcb-shape0",
    "libxcb-util1",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    "fonts-noto-cjk",
]

# The test suite's own: tests/integration/test_spam_score.py runs `spamassassin`;
# scripts/test_postgresql.py runs the suite a second time on a `postgresql` cluster.
TEST_PACKAGES = ["spamassassin", "postgresql"]


def venv_package(version: tuple[int, int], has_ensurepip: bool) -> list[str]:
    """The package `python -m venv` needs for this Python, when it lacks ensurepip: the
    versioned name Debian gives it (python3.11-venv; python3-venv only depends on it and
    may follow another version). A Python with ensurepip (built from source, pyenv) needs
    none."""
    if has_ensurepip:
        return []
    major, minor = version
    return [f"python{major}.{minor}-venv"]


def wanted_packages(test: bool, version: tuple[int, int], has_ensurepip: bool) -> list[str]:
    """The packages to check, in the order they are needed: the venv's first."""
    if test:
        return list(TEST_PACKAGES)
    return [*venv_package(version, has_ensurepip), *PACKAGES]


def apt_line(missing: list[str], test: bool) -> list[str]:
    options = ["--no-install-recommends"] if test else []
    return ["apt-get", "install", "-y", *options, *missing]


def missing_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        result = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package],
            capture_output=True,
            text=True,
            check=False,
        )
        if "install ok installed" not in result.stdout:
            missing.append(package)
    return missing


def main(
    argv: list[str] | None = None,
    *,
    find_missing: Callable[[list[str]], list[str]] = missing_packages,
    run: Callable[..., object] = subprocess.run,
    is_root: bool | None = None,
) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--test", action="store_true", help="the test suite's packages instead of Qt's"
    )
    test = parser.parse_args(argv).test
    who = "the tests" if test else "the virtual environment and Qt"
    if not shutil.which("dpkg-query"):
        print(f"system-deps: not a Debian/Ubuntu system; what {who} need is assumed present")
        return 0
    has_ensurepip = importlib.util.find_spec("ensurepip") is not None
    packages = wanted_packages(test, sys.version_info[:2], has_ensurepip)
    missing = find_missing(packages)
    if not missing:
        return 0
    line = apt_line(missing, test)
    if not (os.geteuid() == 0 if is_root is None else is_root):
        print(f"system-deps: {who} need these packages, install them with:")
        print("  sudo " + " ".join(line))
        return 1
    print("system-deps: installing " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update", "-qq"], check=True, env=env)
    run([*line[:3], "-qq", *line[3:]], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
