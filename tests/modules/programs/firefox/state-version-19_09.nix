# Mirrors Home Manager's firefox-state-version-19_09 test: from 19.09 on,
# the package is the wrapped `firefox`, not `firefox-unwrapped`.
{ config, lib, ... }:
{
  home.stateVersion = "19.09";
  programs.firefox.enable = true;

  home.file.state.text =
    builtins.toJSON (
      builtins.filter (lib.hasInfix "firefox") (map (p: p.name) config.home.packages)
    )
    + "\n";

  test.expected."home-files/state" = ./state-version-19_09-expected.json;
}
