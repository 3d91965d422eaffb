#!/bin/sh
# Writes a self-signed certificate for a local trial (or for nginx's very first start, before an
# ACME client has issued the real one): fullchain.pem and privkey.pem in docker/nginx/certs,
# where compose.yaml mounts them into nginx. Browsers will warn; never use it in production.
#
# Usage: docker/nginx/self-signed.sh [host name or IP] [output folder]
#   host defaults to $N8N_HOST, then localhost; folder to the certs folder next to this script.
# Existing files are replaced. Needs openssl.
set -eu

host="${1:-${N8N_HOST:-localhost}}"
dir="${2:-$(cd "$(dirname "$0")" && pwd)/certs}"

command -v openssl >/dev/null 2>&1 || {
	echo "self-signed.sh: openssl is not installed" >&2
	exit 1
}

case "$host" in
*[!0-9.]*) case "$host" in *:*) san="IP:$host" ;; *) san="DNS:$host" ;; esac ;;
*) san="IP:$host" ;;
esac

mkdir -p "$dir"
umask 077
# P-256 key: generated instantly, accepted by every current client. openssl's chatter is shown
# only when it fails.
if ! log=$(openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
	-keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" -days 30 \
	-subj "/CN=$host" -addext "subjectAltName=$san" 2>&1); then
	echo "$log" >&2
	exit 1
fi
chmod 644 "$dir/fullchain.pem"
echo "self-signed.sh: wrote $dir/fullchain.pem and $dir/privkey.pem for $host (valid 30 days)"
