#!/usr/bin/env bash
# `npm test`: every stage runs even when an earlier one fails, so one red stage never hides another;
# the exit code is non-zero when any stage failed.
set -u
cd "$(dirname "$0")/.."
failed=()
stage() {
  local name=$1
  shift
  echo "==> ${name}: $*"
  if ! "$@"; then failed+=("$name"); fi
}
stage format npx prettier --check . --log-level warn
stage lint-root npx eslint test tools
stage lint-and-unit npx nx run-many -t lint test --outputStyle=static
stage system npm run test:system
if [ ${#failed[@]} -gt 0 ]; then
  echo "==> failed stages: ${failed[*]}"
  exit 1
fi
echo "==> all stages passed"
