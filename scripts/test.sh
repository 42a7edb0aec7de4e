#!/usr/bin/env bash
# The whole test suite, as CI runs it: system tools the integration tests need, the build,
# typecheck, lint, every unit, property and integration test, and the API reference.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
pnpm build
pnpm typecheck
pnpm lint
pnpm unit
pnpm docs
