#!/usr/bin/env bash
# The whole test suite, as CI runs it: system tools the integration tests need, the build,
# typecheck, lint, the house rules (no unused dependency or export, no `as never` in library
# code), every unit, property and integration test, and the API reference, which fails on an
# undocumented export.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
pnpm build
pnpm typecheck
pnpm lint
pnpm unused
bash scripts/check-casts.sh
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile="$report" || status=$?
# One plain closing line that any reader of the log can count on.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$report" || true
[ "$status" -eq 0 ] || exit "$status"
pnpm run docs
