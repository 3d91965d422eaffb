#!/bin/sh
# Writes the allow-list that nginx.conf includes in its HTTPS server: one `allow` line per entry
# of N8N_EDITOR_ALLOW_CIDRS (comma- or space-separated IPv4/IPv6 addresses or CIDR ranges),
# then `deny all;`. Locations that must stay public override it with `allow all;`.
#
# The nginx image runs every executable *.sh in /docker-entrypoint.d/ before starting nginx
# and stops the container when one fails, so an empty or malformed list keeps nginx down
# instead of serving the editor to everyone.
#
# Usage: 40-editor-allow-list.sh [output file]   (default /etc/nginx/conf.d/editor-allow.conf)
set -eu
set -f # entries are data: no globbing of `*`

out="${1:-/etc/nginx/conf.d/editor-allow.conf}"
me="${0##*/}"

fail() {
	echo "$me: ERROR: $*" >&2
	exit 1
}

octet='(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])'
ipv4="^${octet}(\\.${octet}){3}(/(3[0-2]|[12]?[0-9]))?\$"
# Hex digits, colons and an optional dotted tail; nginx itself rejects what is still malformed.
ipv6='^[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(/(12[0-8]|1[01][0-9]|[1-9]?[0-9]))?$'

entries=$(printf '%s' "${N8N_EDITOR_ALLOW_CIDRS:-}" | tr ',' ' ')
[ -n "$(printf '%s' "$entries" | tr -d ' \t\n')" ] ||
	fail "N8N_EDITOR_ALLOW_CIDRS is empty. Set it to the addresses allowed to reach the n8n editor and APIs (e.g. 203.0.113.7/32, or a VPN range); see docker/README.md."

rules=""
accepted=""
for entry in $entries; do
	printf '%s\n' "$entry" | grep -Eq "$ipv4" || printf '%s\n' "$entry" | grep -Eq "$ipv6" ||
		fail "N8N_EDITOR_ALLOW_CIDRS: '$entry' is not an IPv4/IPv6 address or CIDR range."
	case "$entry" in
	0.0.0.0/0 | ::/0) echo "$me: WARNING: $entry opens the editor and APIs to every address." >&2 ;;
	esac
	rules="${rules}allow $entry;
"
	accepted="${accepted:+$accepted }$entry"
done

# Written whole, then moved: nginx never reads half a list
printf '# Written by %s from N8N_EDITOR_ALLOW_CIDRS at container start. Do not edit.\n%sdeny all;\n' \
	"$me" "$rules" >"$out.tmp"
mv "$out.tmp" "$out"
echo "$me: editor, /rest and /api allowed from: $accepted"
