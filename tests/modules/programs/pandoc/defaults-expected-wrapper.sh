wrapProgram "$out/bin/pandoc" \
  --add-flags '--defaults "/nix/store/00000000000000000000000000000000-hm.json"'
