if [[ ! -e /home/hm-user/notes/snippets.toml ]]; then
  run mkdir -p "$(dirname /home/hm-user/notes/snippets.toml)"
  run install -m 0644 /nix/store/00000000000000000000000000000000-pet-empty-snippets /home/hm-user/notes/snippets.toml
fi
