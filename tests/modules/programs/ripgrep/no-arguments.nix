# No arguments: no file and no variable.
{ config, ... }:
{
  programs.ripgrep.enable = true;

  home.file.state.text = builtins.toJSON {
    file = config.home.file ? "${config.xdg.configHome}/ripgrep/ripgreprc";
    variable = config.home.sessionVariables ? RIPGREP_CONFIG_PATH;
  };

  test.expected."home-files/state" = ./no-arguments-expected.json;
}
