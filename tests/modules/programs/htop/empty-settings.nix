# Nothing configured: htop keeps writing its own file.
{ config, ... }:
{
  programs.htop.enable = true;

  home.file.htoprc-written.text = builtins.toJSON (config.xdg.configFile ? "htop/htoprc");

  test.expected."home-files/htoprc-written" = ./empty-settings-expected.json;
}
