if [[ ! -e /home/hm-user/.config/mise/config.toml && ! -L /home/hm-user/.config/mise/config.toml ]]; then
  run mkdir -p /home/hm-user/.config/mise
  run touch /home/hm-user/.config/mise/config.toml
fi
