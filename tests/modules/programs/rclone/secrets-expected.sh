run install $VERBOSE_ARG -D -m600 /nix/store/00000000000000000000000000000000-rclone.conf-pre-secrets "/home/hm-user/.config/rclone/rclone.conf"
/nix/store/00000000000000000000000000000000-rclone/bin/rclone config update \
  b2 config_refresh_token=false \
  account "$(cat /run/secrets/b2-account)" \
  --quiet > /dev/null

/nix/store/00000000000000000000000000000000-rclone/bin/rclone config update \
  b2 config_refresh_token=false \
  key "$(cat /run/secrets/b2-key)" \
  --quiet > /dev/null


