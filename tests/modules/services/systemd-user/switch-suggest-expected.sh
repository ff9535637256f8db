hearthActivateStep reloadSystemd --units-dir /.config/systemd/user --systemctl-path @systemd@/bin/systemctl --start-timeout-ms 0 --mode suggest
