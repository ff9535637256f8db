hearthActivateStep reloadSystemd --units-dir /.cfg/systemd/user --systemctl-path '/opt/system d/bin/systemctl' --start-timeout-ms 1500 --mode switch
