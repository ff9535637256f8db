# A screenrc given as a Nix path is linked, not read into text (Home
# Manager has no test of this).
{ config, ... }:
{
  programs.screen = {
    enable = true;
    screenrc = ./file-screenrc;
  };

  home.file.state.text = builtins.toJSON {
    isPath = builtins.isPath config.home.file.".screenrc".source;
    text = config.home.file.".screenrc".text;
  };

  test.expected = {
    "home-files/.screenrc" = ./file-screenrc;
    "home-files/state" = ./file-expected-state.json;
  };
}
