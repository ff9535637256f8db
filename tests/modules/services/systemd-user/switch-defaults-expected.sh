hearthActivateStep reloadSystemd --systemctl-path @systemd@/bin/systemctl --start-timeout-ms 0
