#!/usr/bin/env bash
# The list benchmark at a tiny scale, as CI's smoke test: npm run seed:scale's rows (a few hundred clients, a
# few thousand contacts) on the demo company without its own history, on a fresh PostgreSQL database, one
# server, one second per scenario; then the bank statement import benchmark and the chronicle report's Excel
# export at a tiny scale on the same database (its demo setup is already there). It proves the benchmarks run,
# not how fast anything is. VITRYLO_TEST_COMPILED=true: CI has just compiled the server.
set -euo pipefail
cd "$(dirname "$0")/../.."
database="vitrylo_bench_smoke_$$"
port=1399
psql -h 127.0.0.1 -U postgres -qc "create database $database"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" PORT=$port HOST=127.0.0.1 CRON_ENABLED=false \
  LOOKUP_RATE_LIMIT=100000000 WEB_FORM_RATE_LIMIT=100000000 LOG_LEVEL=warn
server=""
cleanup() {
  if [ -n "$server" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
compiled=()
[ "${VITRYLO_TEST_COMPILED:-}" = true ] && compiled=(--no-build)
npm run seed:scale -- --counterparties 200 --interactions 2000 --invoices 100 --requests 50 --schedule-entries 100 \
  "${compiled[@]}" > .tmp/bench-smoke-seed.log 2>&1 || { cat .tmp/bench-smoke-seed.log; exit 1; }
# seed:scale has just compiled the server, or CI had
VITRYLO_TEST_COMPILED=true node scripts/demo.js --no-build --no-history > .tmp/bench-smoke-server.log 2>&1 &
server=$!
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$port/_health" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat .tmp/bench-smoke-server.log; exit 1; }
  sleep 1
done
npm run bench:lists -- --servers "http://127.0.0.1:$port" --seconds 1 --rounds 2 --connections 2
# the server is compiled: the bank benchmark's seed need not compile it again
npm run bench:bank-import -- --documents 300 --counterparties 100 --invoices 150 --database-url "$DATABASE_URL" --no-build
# the seeded chronicle and the bank benchmark's interactions are there already: exported as they are
npm run bench:report-export -- --database-url "$DATABASE_URL" --no-seed --no-build
