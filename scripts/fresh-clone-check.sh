#!/usr/bin/env bash
# Checks that the README's two commands work from a fresh clone with nothing installed by hand:
#   git clone <repository> && cd … && npm ci && npm start && npm ci && npm test
# The clone is made in a new temporary directory and removed at the end. Run it on a fresh machine (a
# new container or VM of the kind CI uses) to check that too; the test command installs the Debian
# tools the tests need itself (root or passwordless sudo).
#
#   scripts/fresh-clone-check.sh [repository [ref]] [-- vitest arguments]
# repository: a URL or path (default: this repository); ref: branch, tag or commit (default: the
# current commit here: uncommitted changes are not part of a clone). Arguments after -- go to `npm test`
# (e.g. `-- test/actions` for a quick partial check).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
repo=$here ref=""
if [ $# -gt 0 ] && [ "$1" != "--" ]; then repo=$1; shift; fi
if [ $# -gt 0 ] && [ "$1" != "--" ]; then ref=$1; shift; fi
[ "${1:-}" = "--" ] && shift
[ -n "$ref" ] || { [ "$repo" = "$here" ] && ref=$(git -C "$here" rev-parse HEAD); }

work=$(mktemp -d "${TMPDIR:-/tmp}/moko-fresh-clone-XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { echo; echo "=== $*"; }

step "git clone $repo ${ref:+($ref)}"
git clone --quiet --no-local "$repo" "$work/clone"
cd "$work/clone"
[ -z "$ref" ] || git checkout --quiet --detach "$ref"
git log -1 --format='%h %s'

step "npm ci && npm start"
npm ci --no-audit --no-fund
npm start

step "npm ci && npm test${*:+ -- $*}"
npm ci --no-audit --no-fund
npm test -- "$@"

step "fresh clone check passed"
