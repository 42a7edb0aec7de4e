#!/usr/bin/env bash
# Library code never silences the compiler with `as never`: a cast to never accepts any value, so
# a changed type downstream would still compile. Tests, test support and the private bench
# package (which feeds peers' loosely typed APIs) may.
set -euo pipefail
cd "$(dirname "$0")/.."
found="$(git grep --untracked -n -E '\bas never\b' -- 'packages/*/src/**.ts' \
  ':!packages/bench/**' ':!**/*.test.ts' ':!**/*.test-d.ts' ':!**/*.test-support.ts' || true)"
if [ -n "$found" ]; then
  echo "\`as never\` in library code:" >&2
  echo "$found" >&2
  exit 1
fi
