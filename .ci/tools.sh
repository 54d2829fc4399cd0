# shellcheck shell=bash
# Browser and Node tools for the test suite. SOURCE this file (do not execute it):
#
#   source .ci/tools.sh
#
# It installs Debian's chromium when /usr/bin/chromium is missing and fonts-noto-cjk when no CJK font is installed
# (needs root), installs the pinned Node tools of
# .ci/node (npm ci from the committed lock file) when they are missing or older than the lock file, and exports:
#   TEAMSCERT_CHROMIUM      the Chromium binary the browser tests launch
#   TEAMSCERT_NODE_MODULES  the node_modules folder holding adaptivecards, the manifest schemas, the Playground, Azurite
# Tests that need these read the variables; when CI=true they fail instead of skipping if a tool is absent.

_teamscert_tools_log() {
  printf '[tools] %s\n' "$*" >&2
}

_teamscert_tools_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [ ! -x /usr/bin/chromium ]; then
  _teamscert_tools_log "installing Debian chromium"
  if [ "$(id -u)" -ne 0 ]; then
    _teamscert_tools_log "chromium is missing and this is not root: install the Debian package chromium first"
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null; } \
    || { _teamscert_tools_log "apt-get install chromium failed"; return 1; }
fi
export TEAMSCERT_CHROMIUM=/usr/bin/chromium

# Chinese card text renders as empty boxes without a CJK font: Debian's Noto CJK fonts.
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  _teamscert_tools_log "installing Debian fonts-noto-cjk"
  if [ "$(id -u)" -ne 0 ]; then
    _teamscert_tools_log "no CJK font and this is not root: install the Debian package fonts-noto-cjk first"
    return 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q fonts-noto-cjk >/dev/null; } \
    || { _teamscert_tools_log "apt-get install fonts-noto-cjk failed"; return 1; }
fi

_teamscert_node_dir="$_teamscert_tools_root/.ci/node"
if [ ! -d "$_teamscert_node_dir/node_modules" ] || [ "$_teamscert_node_dir/package-lock.json" -nt "$_teamscert_node_dir/node_modules/.package-lock.json" ]; then
  _teamscert_tools_log "installing the pinned Node tools (npm ci in .ci/node)"
  (cd "$_teamscert_node_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || { _teamscert_tools_log "npm ci failed in .ci/node"; return 1; }
fi
export TEAMSCERT_NODE_MODULES="$_teamscert_node_dir/node_modules"
_teamscert_tools_log "chromium: $("$TEAMSCERT_CHROMIUM" --version 2>/dev/null || echo unknown); node tools in $TEAMSCERT_NODE_MODULES"
