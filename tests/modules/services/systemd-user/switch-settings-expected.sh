hearthActivateStep reloadSystemd --systemctl-path '/opt/system d/bin/systemctl' --start-timeout-ms 1500
