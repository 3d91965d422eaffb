#!/usr/bin/env bash
# Checks the self-hosted stack with the real tools, no Docker engine needed:
#   - compose.yaml with Debian's docker-compose 1.29.2 (and `docker compose` v2 when present);
#   - docker/nginx/nginx.conf and the Chroma proxy template with `nginx -t`, laid out as the
#     containers see them: entrypoint script and envsubst run, a throwaway certificate, and only
#     the container paths moved to a temporary folder.
# Installs Debian's docker-compose, nginx, openssl and gettext-base (envsubst) when missing, which
# needs root and apt. Exits non-zero with a message naming the failed step.
#
# Usage: test/stack/check-stack.sh [--env-file FILE] [--nginx-conf FILE] [--only compose|nginx]
#   --env-file    values for compose.yaml's variables (default: test/stack/stack.env)
#   --nginx-conf  check this file instead of docker/nginx/nginx.conf (used by the negative test)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
env_file="$root/test/stack/stack.env"
nginx_conf="$root/docker/nginx/nginx.conf"
only=""

die() {
	echo "check-stack: FAILED: $*" >&2
	exit 1
}

while [ $# -gt 0 ]; do
	case "$1" in
	--env-file) env_file="$(realpath "$2")" && shift 2 ;;
	--nginx-conf) nginx_conf="$(realpath "$2")" && shift 2 ;;
	--only) only="$2" && shift 2 ;;
	*) die "unknown argument $1 (see the usage at the top of $0)" ;;
	esac
done
[ -f "$env_file" ] || die "no env file $env_file"
[ -f "$nginx_conf" ] || die "no nginx config $nginx_conf"

now_ms() { date +%s%3N; }
step_started=0
step() {
	step_started=$(now_ms)
	echo "check-stack: $*"
}
done_step() { echo "check-stack:   ok ($(($(now_ms) - step_started)) ms)"; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# A variable's value from the env file (last assignment wins, as in Compose)
env_value() { sed -n "s/^$1=//p" "$env_file" | tail -n 1; }

# --- tools -----------------------------------------------------------------------------------

step "tools"
missing=()
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v envsubst >/dev/null 2>&1 || missing+=(gettext-base)
if [ ${#missing[@]} -gt 0 ]; then
	echo "check-stack:   installing ${missing[*]} with apt-get"
	[ "$(id -u)" = 0 ] ||
		die "missing ${missing[*]}; run as root, or: sudo apt-get install --no-install-recommends ${missing[*]}"
	command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
	# No recommends: docker-compose recommends docker.io, an engine we neither need nor want.
	# Keep apt from starting nginx as a service on port 80 while it installs (Docker images
	# ship this policy already; a plain Debian host does not).
	policy=/usr/sbin/policy-rc.d
	own_policy=""
	if [ ! -e "$policy" ]; then
		printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own_policy=1
	fi
	install() {
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
			>"$tmp/apt.log" 2>&1
	}
	# Fresh machines have no package lists yet: update only when the first try fails.
	install || { apt-get update -qq >>"$tmp/apt.log" 2>&1 && install; } || {
		[ -z "$own_policy" ] || rm -f "$policy"
		cat "$tmp/apt.log" >&2
		die "apt-get could not install ${missing[*]}"
	}
	[ -z "$own_policy" ] || rm -f "$policy"
fi
nginx_bin="$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)"
echo "check-stack:   $(docker-compose version --short 2>/dev/null | sed 's/^/docker-compose /'), $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //')"
done_step

# --- compose.yaml ----------------------------------------------------------------------------

if [ "$only" != nginx ]; then
	step "docker-compose config -q (compose.yaml, env file ${env_file#"$root"/})"
	docker-compose --env-file "$env_file" -f "$root/compose.yaml" config -q >"$tmp/compose.log" 2>&1 || {
		cat "$tmp/compose.log" >&2
		die "docker-compose rejects compose.yaml"
	}
	done_step
	if docker compose version >/dev/null 2>&1; then
		step "docker compose (v2) config -q"
		docker compose --env-file "$env_file" -f "$root/compose.yaml" config -q >"$tmp/compose.log" 2>&1 || {
			cat "$tmp/compose.log" >&2
			die "docker compose v2 rejects compose.yaml"
		}
		done_step
	fi
fi
[ "$only" = compose ] && exit 0

# --- nginx: the edge (nginx service) ---------------------------------------------------------

step "nginx -t (${nginx_conf#"$root"/} as the nginx container sees it)"
mkdir -p "$tmp/certs" "$tmp/conf.d" "$tmp/logs" "$tmp/www"
sh "$root/docker/nginx/self-signed.sh" localhost "$tmp/certs" >/dev/null ||
	die "docker/nginx/self-signed.sh could not write a certificate"
# What the image's entrypoint does before nginx starts
N8N_EDITOR_ALLOW_CIDRS="$(env_value N8N_EDITOR_ALLOW_CIDRS)" \
	sh "$root/docker/nginx/40-editor-allow-list.sh" "$tmp/conf.d/editor-allow.conf" >/dev/null ||
	die "docker/nginx/40-editor-allow-list.sh rejects N8N_EDITOR_ALLOW_CIDRS from the env file"
cp /etc/nginx/mime.types "$tmp/mime.types"
# Only the container's paths move; `user nginx;` goes when this machine has no such user.
sed -e "s#/etc/nginx/certs/#$tmp/certs/#g" \
	-e "s#/etc/nginx/conf\.d/#$tmp/conf.d/#g" \
	-e "s#/etc/nginx/mime\.types#$tmp/mime.types#g" \
	-e "s#/var/log/nginx/#$tmp/logs/#g" \
	-e "s#/var/run/nginx\.pid#$tmp/nginx.pid#g" \
	-e "s#/var/www/certbot#$tmp/www#g" \
	"$nginx_conf" >"$tmp/nginx.conf"
id nginx >/dev/null 2>&1 || sed -i -e 's/^\s*user\s\+nginx\s*;//' "$tmp/nginx.conf"
# A container path nobody mapped above would make nginx -t test this machine's files instead
if grep -nE '^[^#]*(/etc/nginx/|/var/(log|run|www)/)' "$tmp/nginx.conf" >&2; then
	die "container paths above are not mapped by check-stack.sh; add them to its sed list"
fi
"$nginx_bin" -t -q -e "$tmp/logs/startup.log" -c "$tmp/nginx.conf" >"$tmp/nginx.log" 2>&1 || {
	cat "$tmp/nginx.log" >&2
	die "nginx -t rejects ${nginx_conf#"$root"/}"
}
done_step

# --- nginx: the Chroma token proxy (chromadb-auth service) -----------------------------------

step "nginx -t (docker/nginx/chroma-auth.conf.template rendered like the nginx image does)"
mkdir -p "$tmp/chroma"
# The image's 20-envsubst-on-templates.sh substitutes every variable defined in the container:
# the image's own plus the service's environment from compose.yaml.
container_env=(PATH HOME HOSTNAME NGINX_VERSION NJS_VERSION NJS_RELEASE PKG_RELEASE DYNPKG_RELEASE CHROMA_AUTH_TOKEN)
# shellcheck disable=SC2016 # a literal ${NAME} list, as envsubst wants
defined="$(printf '${%s} ' "${container_env[@]}")"
CHROMA_AUTH_TOKEN="$(env_value CHROMA_AUTH_TOKEN)" HOSTNAME=chromadb-auth HOME=/root \
	NGINX_VERSION=1.27 NJS_VERSION=0 NJS_RELEASE=1 PKG_RELEASE=1 DYNPKG_RELEASE=1 \
	envsubst "$defined" <"$root/docker/nginx/chroma-auth.conf.template" >"$tmp/chroma/default.conf"
# The image's own nginx.conf, reduced: it includes conf.d/*.conf inside http {}
cat >"$tmp/chroma/nginx.conf" <<EOF
pid $tmp/chroma/nginx.pid;
error_log $tmp/logs/chroma-error.log;
events {}
http {
    access_log off;
    include $tmp/chroma/default.conf;
}
EOF
"$nginx_bin" -t -q -e "$tmp/logs/chroma-startup.log" -c "$tmp/chroma/nginx.conf" >"$tmp/nginx.log" 2>&1 || {
	cat "$tmp/nginx.log" >&2
	die "nginx -t rejects the rendered Chroma proxy config (is CHROMA_AUTH_TOKEN set?)"
}
done_step
echo "check-stack: all checks passed"
