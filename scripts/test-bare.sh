#!/usr/bin/env bash
# Runs `npm test` as on a bare machine that has only Node and git: PATH holds nothing but node, npm, npx, git and a
# shell (so no rg, no pg_ctl, no psql), and the Postgres discovery is told to use the npm-installed binaries.
# Extra arguments go to `npm test` (e.g. `-- --project postgres`).
set -euo pipefail
cd "$(dirname "$0")/.."
bare="$(mktemp -d "${TMPDIR:-/tmp}/syncagent-bare-bin.XXXXXX")"
trap 'rm -rf "$bare"' EXIT
for tool in node npm npx git sh bash env; do
  ln -s "$(command -v "$tool")" "$bare/$tool"
done
for tool in rg pg_ctl initdb psql; do
  if PATH="$bare" command -v "$tool" >/dev/null 2>&1; then echo "test-bare: $tool is still reachable" >&2; exit 1; fi
done
echo "test-bare: PATH=$bare ($(ls "$bare" | tr '\n' ' ')), SYNCAGENT_TEST_PG_BIN=embedded"
PATH="$bare" SYNCAGENT_TEST_PG_BIN=embedded npm test "$@"
