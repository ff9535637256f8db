{
  git-credential-oauth-basic = ./basic.nix;
  git-credential-oauth-extra-flags = ./extra-flags.nix;
}
