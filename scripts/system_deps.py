"""Check for the Debian/Ubuntu libraries Qt needs; install the missing ones when root.

Qt's wheels bundle Qt itself but load a few system libraries (GL, EGL, X11, fonts,
D-Bus). A fresh minimal machine lacks some; this names them exactly, and installs them
with apt-get when it can.
"""

from __future__ import annotations

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

# Only `make test` needs these (`--test`): PostgreSQL, for the suite's second run.
TEST_PACKAGES = [
    "postgresql",
]


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


def main() -> int:
    if not shutil.which("dpkg-query"):
        print("system-deps: not a Debian/Ubuntu system; Qt's libraries are assumed present")
        return 0
    wanted = PACKAGES + (TEST_PACKAGES if "--test" in sys.argv[1:] else [])
    missing = missing_packages(wanted)
    if not missing:
        return 0
    if os.geteuid() != 0:
        print("system-deps: Qt needs these packages, install them with:")
        print("  sudo apt-get install -y " + " ".join(missing))
        return 1
    print("system-deps: installing " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
