#!/usr/bin/env bash
# The list benchmark at a tiny scale, as CI's smoke test: the demo data on a fresh PostgreSQL database, one
# server, one second per scenario; then the bank statement import benchmark and the chronicle report's Excel
# export at a tiny scale on the same database (its demo setup is already there). It proves the benchmarks run,
# not how fast anything is.
set -euo pipefail
cd "$(dirname "$0")/../.."
database="vitrylo_bench_smoke_$$"
port=1399
psql -h 127.0.0.1 -U postgres -qc "create database $database"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$database" PORT=$port HOST=127.0.0.1 CRON_ENABLED=false \
  LOOKUP_RATE_LIMIT=100000000 WEB_FORM_RATE_LIMIT=100000000 LOG_LEVEL=warn
node scripts/demo.js --no-build > .tmp/bench-smoke-server.log 2>&1 &
server=$!
cleanup() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $database with (force)" || true
}
trap cleanup EXIT
for _ in $(seq 1 900); do
  curl -sf "http://127.0.0.1:$port/_health" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat .tmp/bench-smoke-server.log; exit 1; }
  sleep 1
done
npm run bench:lists -- --servers "http://127.0.0.1:$port" --seconds 1 --connections 2
# demo.js has just compiled the server (or CI had: VITRYLO_TEST_COMPILED): the bank benchmark's seed need not
# compile it again
npm run bench:bank-import -- --documents 300 --counterparties 100 --invoices 150 --database-url "$DATABASE_URL" --no-build
# the demo's chronicle and the bank benchmark's interactions are there already: exported as they are
npm run bench:report-export -- --database-url "$DATABASE_URL" --no-seed --no-build
