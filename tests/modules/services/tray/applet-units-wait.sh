#!@bash@/bin/bash
set -eu
name=org.kde.StatusNotifierWatcher
until @systemd@/bin/busctl --user call org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus NameHasOwner s "$name" 2>/dev/null | grep -qx 'b true'; do
  sleep 0.2
done
