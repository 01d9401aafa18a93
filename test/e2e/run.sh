#!/usr/bin/env bash
# npm run test:e2e — see run.mjs. E2E_N8N="2 1" (default) picks the n8n versions.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node test/e2e/run.mjs "$@"
