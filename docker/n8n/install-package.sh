#!/bin/sh
# Installs a packed n8n-nodes-whatsapp-ai tarball into an n8n nodes folder, the way a community
# install from the editor puts it (<nodes folder>/node_modules/n8n-nodes-whatsapp-ai). One
# script for every n8n we run: the Docker image's build step, and outside Docker `npm start`,
# the e2e suite and the benchmarks, so the image's install is exercised by every e2e run.
#
# Usage: install-package.sh <tarball> <nodes folder>
#
# n8n-workflow is a peer dependency that n8n itself provides, hence --legacy-peer-deps; no
# install scripts are needed (n8n runs community installs with them off as well). Optional
# dependencies are only chromadb's native bindings for its local `chroma run` CLI (~50 MB,
# glibc-only) and pg's Cloudflare-Workers socket shim; the nodes use neither.
# finish-install.js then fails the install if a file listed in the package's `n8n` section or a
# runtime dependency is missing, and records the package's version instead of the tarball path.
set -eu

if [ "$#" -ne 2 ]; then
	echo "usage: $0 <tarball> <nodes folder>" >&2
	exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
tarball=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
nodes_dir=$2

mkdir -p "$nodes_dir"
cd "$nodes_dir"
nodes_dir=$(pwd)
if [ ! -f package.json ]; then
	printf '%s\n' '{"name":"installed-nodes","private":true,"dependencies":{}}' > package.json
fi
npm install --omit=dev --omit=optional --legacy-peer-deps --ignore-scripts --no-audit --no-fund \
	--package-lock=false "$tarball"
node "$here/finish-install.js" "$nodes_dir" n8n-nodes-whatsapp-ai
