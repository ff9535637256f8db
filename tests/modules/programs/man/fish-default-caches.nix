# Hearth only: fish turns generateCaches on by default; with the system's
# man (package null) that is silently a no-op, not a warning.
{ config, lib, ... }:
{
  programs.fish.enable = true;

  home.file.state.text = builtins.toJSON {
    inherit (config.programs.man) generateCaches;
    manpath = config.home.file ? ".manpath";
    warnings = builtins.filter (lib.hasPrefix "programs.man") config.warnings;
  };

  test.expected."home-files/state" = ./fish-default-caches-expected.json;
}
