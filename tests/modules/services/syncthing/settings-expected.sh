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

@jq@/bin/jq . /nix/store/00000000000000000000000000000000-syncthing-devices-IIIIIII-JJJJJJJ-KKKKKKK-LLLLLLL-MMMMMMM-NNNNNNN-OOOOOOO-PPPPPPP.json | api --json @- -X POST 127.0.0.1:8384/rest/config/devices
@jq@/bin/jq . /nix/store/00000000000000000000000000000000-syncthing-devices-AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD-EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH.json | api --json @- -X POST 127.0.0.1:8384/rest/config/devices
for id in $(api -X GET 127.0.0.1:8384/rest/config/devices | @jq@/bin/jq --raw-output --argjson keep '["IIIIIII-JJJJJJJ-KKKKKKK-LLLLLLL-MMMMMMM-NNNNNNN-OOOOOOO-PPPPPPP","AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD-EEEEEEE-FFFFFFF-GGGGGGG-HHHHHHH"]' '[.[].deviceID] - $keep | .[]'); do
  api -X DELETE 127.0.0.1:8384/rest/config/devices/"$id"
done
@jq@/bin/jq --rawfile secret_fe065d0f73df2b2292e0bea48ed39e8741016d07546d445bf8404fd9b0582f80 /run/secrets/photos-backup '. | .devices[] |= (if .deviceId == "IIIIIII-JJJJJJJ-KKKKKKK-LLLLLLL-MMMMMMM-NNNNNNN-OOOOOOO-PPPPPPP" then del(.encryptionPasswordFile) | .encryptionPassword = $secret_fe065d0f73df2b2292e0bea48ed39e8741016d07546d445bf8404fd9b0582f80 else . end)' /nix/store/00000000000000000000000000000000-syncthing-folders-photos.json | api --json @- -X POST 127.0.0.1:8384/rest/config/folders
api -X PUT -d '{"theme":"dark"}' 127.0.0.1:8384/rest/config/gui
api -X PUT -d '{"relaysEnabled":false,"urAccepted":-1}' 127.0.0.1:8384/rest/config/options
password=$(@coreutils@/bin/cat /run/secrets/syncthing-gui)
api -X PATCH -d '{"password": "'"$password"'"}' 127.0.0.1:8384/rest/config/gui
api -X PATCH -d '{"address":"127.0.0.1:8384"}' 127.0.0.1:8384/rest/config/gui

if api 127.0.0.1:8384/rest/config/restart-required | @jq@/bin/jq -e .requiresRestart >/dev/null; then
  api -X POST 127.0.0.1:8384/rest/system/restart
fi
