[ ~/foo ~/a/b.nix ]
