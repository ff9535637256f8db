#!@bash@/bin/bash
set -efu
# Secrets pass through files here: keep them private.
umask 0077
RUNTIME_DIRECTORY="${RUNTIME_DIRECTORY:-$(@coreutils@/bin/mktemp -d)}"

# curl with the daemon's API key, waiting for the daemon to have
# written its config.xml and to answer.
api() {
  until for dir in "${XDG_STATE_HOME:-$HOME/.local/state}/syncthing" "${XDG_CONFIG_HOME:-$HOME/.config}/syncthing"; do
    @libxml2@/bin/xmllint --xpath 'string(configuration/gui/apikey)' "$dir/config.xml" >"$RUNTIME_DIRECTORY/api_key" 2>/dev/null && break
  done; do
    @coreutils@/bin/sleep 1
  done
  { @coreutils@/bin/printf 'X-API-Key: '; @coreutils@/bin/cat "$RUNTIME_DIRECTORY/api_key"; } >"$RUNTIME_DIRECTORY/headers"
  @curl@/bin/curl -sSLk -H "@$RUNTIME_DIRECTORY/headers" --retry 1000 --retry-delay 1 --retry-all-errors "$@"
}

api -X PATCH -d '{"address":"127.0.0.1:8385"}' 127.0.0.1:8385/rest/config/gui

if api 127.0.0.1:8385/rest/config/restart-required | @jq@/bin/jq -e .requiresRestart >/dev/null; then
  api -X POST 127.0.0.1:8385/rest/system/restart
fi
