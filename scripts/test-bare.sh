#!/usr/bin/env bash
# Runs `npm test` as on a bare machine that has only Node, git and the base system: PATH holds a copy of every command
# on it except ripgrep and the PostgreSQL programs, and the Postgres discovery is told to use the npm-installed ones.
# Extra arguments go to `npm test` (e.g. `-- --project postgres`).
set -euo pipefail
cd "$(dirname "$0")/.."
bare="$(mktemp -d "${TMPDIR:-/tmp}/syncagent-bare-bin.XXXXXX")"
trap 'rm -rf "$bare"' EXIT
hidden='^(rg|pg_ctl|pg_ctlcluster|initdb|postgres|postmaster|psql|pg_dump|pg_restore|createdb|dropdb)$'
IFS=: read -r -a dirs <<<"$PATH"
for folder in "${dirs[@]}"; do
  [ -d "$folder" ] || continue
  for tool in "$folder"/*; do
    name="$(basename "$tool")"
    [ -x "$tool" ] && [ ! -e "$bare/$name" ] && ! [[ "$name" =~ $hidden ]] && ln -s "$tool" "$bare/$name"
  done
done
for tool in rg pg_ctl initdb psql; do
  if PATH="$bare" command -v "$tool" >/dev/null 2>&1; then echo "test-bare: $tool is still reachable" >&2; exit 1; fi
done
echo "test-bare: PATH=$bare ($(ls "$bare" | wc -l) commands, no rg or PostgreSQL), SYNCAGENT_TEST_PG_BIN=embedded"
PATH="$bare" SYNCAGENT_TEST_PG_BIN=embedded npm test "$@"
