#!/usr/bin/env bash
# Makes sure Redis and PostgreSQL 15 are installed (Debian packages; no containers) and prints the folder of
# PostgreSQL's server programs. Installing needs root; a machine that has both already needs nothing.
set -euo pipefail
pg_bin=/usr/lib/postgresql/15/bin
if ! command -v redis-server >/dev/null || [ ! -x "$pg_bin/postgres" ] || [ ! -x "$pg_bin/initdb" ]; then
	if [ "$(id -u)" != 0 ]; then
		echo "Redis or PostgreSQL 15 is missing: run as root, or apt-get install -y redis-server postgresql-15" >&2
		exit 1
	fi
	echo "installing redis-server and postgresql-15 (apt-get)" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2
	apt-get install -y -qq redis-server postgresql-15 >&2
fi
echo "$pg_bin"
