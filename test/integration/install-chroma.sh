#!/usr/bin/env bash
# Installs a real Chroma server (the chromadb npm package's `chroma run` CLI) into a cache outside
# the repo. Its newest native bindings need glibc 2.38+, so they are pinned to 1.0.5 (glibc 2.34)
# here, where an npm override cannot leak into the package we publish.
set -euo pipefail

CHROMA_VERSION="${CHROMA_VERSION:-3.5.0}"
BINDINGS_VERSION="${CHROMA_BINDINGS_VERSION:-1.0.5}"
CACHE_ROOT="${WA_AI_CACHE:-$HOME/.cache/n8n-nodes-whatsapp-ai}"
dir="$CACHE_ROOT/chroma-$CHROMA_VERSION-bindings$BINDINGS_VERSION"

if [ -f "$dir/.ready" ]; then
  echo "$dir"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
cat > package.json <<JSON
{
  "name": "wa-ai-chroma-server",
  "private": true,
  "dependencies": { "chromadb": "$CHROMA_VERSION" },
  "overrides": { "chromadb-js-bindings-linux-x64-gnu": "$BINDINGS_VERSION" }
}
JSON
npm install --no-audit --no-fund --loglevel=error >&2
touch .ready
echo "$dir"
