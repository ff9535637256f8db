# Before 0.32 Zellij read YAML: settings go to config.yaml instead.
{ config, pkgs, ... }:
{
  programs.zellij = {
    enable = true;
    package = pkgs.zellij // {
      version = "0.31.4";
    };
    settings.default_layout = "compact";
  };

  home.file.state.text = builtins.toJSON {
    kdl = config.xdg.configFile ? "zellij/config.kdl";
    yaml = config.xdg.configFile."zellij/config.yaml".enable;
  };

  test.expected."home-files/state" = ./old-version-expected.json;
}
