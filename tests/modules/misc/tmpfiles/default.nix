{
  tmpfiles-no-rules = ./no-rules.nix;
  tmpfiles-basic-rules = ./basic-rules.nix;
  tmpfiles-escaped-argument-warning = ./escaped-argument-warning.nix;
  tmpfiles-removed-rules = ./removed-rules.nix;
}
