mkdir -p $out/bin
if [ -e /nix/store/00000000000000000000000000000000-helix-25.01/share ]; then ln -s /nix/store/00000000000000000000000000000000-helix-25.01/share $out/share; fi
makeWrapper /nix/store/00000000000000000000000000000000-helix-25.01/bin/hx $out/bin/hx \
  --suffix PATH : /nix/store/00000000000000000000000000000000-marksman-1/bin
