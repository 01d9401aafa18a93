#!/usr/bin/env bash
# npm run test:queue — see run.mjs.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec node test/queue/run.mjs "$@"
