if [[ -v DBUS_SESSION_BUS_ADDRESS ]]; then
  export DCONF_DBUS_RUN_SESSION=""
else
  export DCONF_DBUS_RUN_SESSION="@dbus@/bin/dbus-run-session --dbus-daemon=@dbus@/bin/dbus-daemon"
fi

if [[ -v oldGenPath ]]; then
  /nix/store/00000000000000000000000000000000-dconf-stale-keys "$oldGenPath/state/dconf-keys.json" "$newGenPath/state/dconf-keys.json" \
    | while read -r key; do
        verboseEcho "Resetting dconf key \"$key\""
        run $DCONF_DBUS_RUN_SESSION @dconf@/bin/dconf reset "$key"
      done
fi

run $DCONF_DBUS_RUN_SESSION @dconf@/bin/dconf load / < /nix/store/00000000000000000000000000000000-hm-dconf.ini

unset DCONF_DBUS_RUN_SESSION
