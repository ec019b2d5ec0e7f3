"""Check for the Debian/Ubuntu packages the console needs; install the missing ones when root.

Qt's wheels bundle Qt itself but load a few system libraries (GL, EGL, X11, fonts,
D-Bus). A fresh minimal machine lacks some; this names them exactly, and installs them
with apt-get when it can. With `--test` it checks the packages only the test suite uses
instead (`make test` runs both): SpamAssassin, which scores the demo's messages as a
mail filter does, and PostgreSQL, for the suite's second run. They come without their
recommended packages (sa-compile alone would bring a C compiler: 158 packages instead of 38).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

# Offscreen platform (tests), then a real window (xcb), then a CJK font for zh_TW.
PACKAGES = [
    "libglib2.0-0", "libgl1", "libegl1", "libx11-6", "libxkbcommon0", "libfontconfig1",
    "libfreetype6", "libdbus-1-3",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-render0", "libxcb-shape0", "libxcb-util1",
    "libxcb-xkb1", "libxkbcommon-x11-0",
    "fonts-noto-cjk",
]

# The test suite's own: tests/integration/test_spam_score.py runs `spamassassin`;
# scripts/test_postgresql.py runs the suite a second time on a `postgresql` cluster.
TEST_PACKAGES = ["spamassassin", "postgresql"]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--test", action="store_true", help="the test suite's packages instead of Qt's"
    )
    test = parser.parse_args(argv).test
    who = "the tests" if test else "Qt"
    packages = TEST_PACKAGES if test else PACKAGES
    options = ["--no-install-recommends"] if test else []
    if not shutil.which("dpkg-query"):
        print(f"system-deps: not a Debian/Ubuntu system; what {who} need is assumed present")
        return 0
    missing = missing_packages(packages)
    if not missing:
        return 0
    if os.geteuid() != 0:
        print(f"system-deps: {who} need these packages, install them with:")
        print("  sudo apt-get install -y " + " ".join([*options, *missing]))
        return 1
    print("system-deps: installing " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *options, *missing], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
