#!/usr/bin/env bash
# Installs the Debian packages listed in scripts/system-deps.txt (independent clients that the
# integration tests check our output with), when they are missing. Needs root, as on CI; without
# it, says what is missing and goes on, and the tests that need those tools fail.
set -uo pipefail
cd "$(dirname "$0")"
mapfile -t packages < <(grep -v '^\s*#' system-deps.txt | sed 's/\s*#.*//' | grep -v '^\s*$')
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: not root; missing Debian packages: ${missing[*]}" >&2
  exit 0
fi
echo "install-system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
