# The renamed top-level options land in settings, beside the version and
# the declared defaults, with a warning each. config.yml is byte for byte
# Home Manager's tests/modules/programs/gh/config-file.nix (same settings).
{ config, lib, ... }:
{
  programs.gh = {
    enable = true;
    aliases.co = "pr checkout";
    editor = "vim";
  };

  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/gh/config.yml" = ./config-file-expected.yml;
    "home-files/warnings" = ./config-file-expected-warnings.txt;
    "activation/migrateGhAccounts" = ./config-file-expected-activation.sh;
  };
}
