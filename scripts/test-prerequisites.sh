#!/usr/bin/env bash
# What `npm test` needs before its first test, installed or started when missing, so it works on
# a fresh clone with nothing run before it (and `.ci/run` runs nothing else first): PostgreSQL
# and Redis answering, the npm packages, the build, the cached n8n and Chroma server, and
# Debian's Chromium for the browser tests. Each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { echo "[test prerequisites] $*"; }

if ! pg_isready -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -q 2>/dev/null; then
  step "PostgreSQL is not answering; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
if ! redis-cli -h "${REDIS_HOST:-127.0.0.1}" -p "${REDIS_PORT:-6379}" ping >/dev/null 2>&1; then
  step "Redis is not answering; starting it"
  redis-server --daemonize yes --bind 127.0.0.1 --port "${REDIS_PORT:-6379}" --save "" --appendonly no
fi
for _ in $(seq 1 30); do
  pg_isready -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -q && redis-cli -h "${REDIS_HOST:-127.0.0.1}" -p "${REDIS_PORT:-6379}" ping >/dev/null 2>&1 && break
  sleep 1
done
pg_isready -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" || { echo "PostgreSQL did not come up"; exit 1; }
redis-cli -h "${REDIS_HOST:-127.0.0.1}" -p "${REDIS_PORT:-6379}" ping >/dev/null || { echo "Redis did not come up"; exit 1; }

if [ ! -f node_modules/.package-lock.json ]; then
  step "installing the npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi
if [ ! -d dist/nodes ]; then
  step "building the package"
  npm run build --silent
fi
step "n8n for the e2e tests (cached)"
bash test/e2e/install-n8n.sh >/dev/null
step "Chroma server (cached)"
bash test/integration/install-chroma.sh >/dev/null
if [ ! -x /usr/bin/chromium ]; then
  step "installing Debian's Chromium for the browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
fi
step "ready"
