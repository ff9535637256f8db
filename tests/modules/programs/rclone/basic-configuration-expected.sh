run install $VERBOSE_ARG -D -m600 /nix/store/00000000000000000000000000000000-rclone.conf-pre-secrets "/home/hm-user/.config/rclone/rclone.conf"

