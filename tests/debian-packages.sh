#!/bin/sh
# Installs the Debian packages named as arguments that are not installed yet (as root, with apt-get),
# or prints the command that would (anyone else, and then fails). `make test` uses it for the programs
# its tests run (LibreOffice, poppler), which PyPI cannot bring.
set -eu
if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "Not a Debian system: make sure these (or your system's equivalents) are installed: $*" >&2
    exit 0
fi
missing=""
for package in "$@"; do
    dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q " installed$" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
install="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages:$missing. Install them with:" >&2
    echo "    sudo apt-get update && sudo $install" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# a fresh container has no package lists: fetch them only then, or when the old ones point to gone files
if ! ls "${APT_LISTS:-/var/lib/apt/lists}"/*_Packages* >/dev/null 2>&1; then
    apt-get update
fi
$install -o DPkg::Lock::Timeout=600 || { apt-get update && $install -o DPkg::Lock::Timeout=600; }
