wrapProgram $out/bin/timidity \
  --add-flags '-c /nix/store/00000000000000000000000000000000-timidity.cfg'
