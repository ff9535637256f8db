# Mirrors Home Manager's mise-custom-settings-renamed: the old
# programs.mise.settings lands in config.toml's [settings], with a warning.
{ config, lib, ... }:
{
  programs.mise = {
    enable = true;
    settings = {
      disable_tools = [ "node" ];
      experimental = true;
      verbose = false;
    };
  };

  # The warning names this file; its directory differs between checkouts.
  home.file.warnings.text = builtins.replaceStrings [ (toString ./.) ] [ "<dir>" ] (
    lib.concatMapStrings (w: w + "\n") config.warnings
  );

  test.expected = {
    "home-files/.config/mise/config.toml" = ./custom-settings-renamed-expected.toml;
    "home-files/warnings" = ./custom-settings-renamed-expected-warnings;
  };
}
