if [[ ! -e /home/hm-user/.config/pet/snippet.toml ]]; then
  run mkdir -p "$(dirname /home/hm-user/.config/pet/snippet.toml)"
  run install -m 0644 /nix/store/00000000000000000000000000000000-pet-empty-snippets /home/hm-user/.config/pet/snippet.toml
fi
