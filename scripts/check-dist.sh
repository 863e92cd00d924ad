#!/usr/bin/env bash
# Checks the generated metadata, then wipes every bundle, rebuilds it, and fails if the result differs from what is committed
# (github/codeql-action .github/workflows/script/check-js.sh). Untracked files count too.
set -euo pipefail
cd "$(dirname "$0")/.."
# Files generated from the action definitions (action.yml, README tables, docs/reference, docs/permissions.md).
if ! npx tsx scripts/generate/index.ts --check; then
  echo "Fix: run 'npm run generate' and commit the files it changes."
  exit 1
fi
rm -rf dist actions/*/dist
node scripts/bundle.mjs >/dev/null
changes=$(git status --porcelain -- dist 'actions/*/dist')
if [ -n "$changes" ]; then
  echo "::error::The committed bundles are stale. Run 'npm run bundle' and commit dist/ and actions/*/dist."
  echo "$changes"
  exit 1
fi
echo "Bundles are current."
