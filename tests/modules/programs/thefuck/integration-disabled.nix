# Mirrors Home Manager's thefuck-integration-disabled: with every hook off
# no shell file mentions thefuck and fish gets no `fuck` function.
{ config, lib, ... }:
{
  programs = {
    thefuck = {
      enable = true;
      enableBashIntegration = false;
      enableFishIntegration = false;
      enableZshIntegration = false;
    };
    bash.enable = true;
    fish.enable = true;
    zsh.enable = true;
  };

  home.file.state.text = builtins.toJSON {
    bash = lib.hasInfix "thefuck" config.programs.bash.initExtra;
    zsh = lib.hasInfix "thefuck" config.programs.zsh.initContent;
    fish = config.programs.fish.functions ? fuck;
  };

  test.expected."home-files/state" = ./integration-disabled-expected.json;
}
