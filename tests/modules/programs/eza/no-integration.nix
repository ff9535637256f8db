# Integration off for bash: no aliases there; icons = true means auto.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.eza = {
    enable = true;
    enableBashIntegration = false;
    icons = true;
  };

  home.file.aliases.text = builtins.toJSON config.programs.bash.shellAliases;

  test.expected."home-files/aliases" = ./no-integration-expected.json;
}
