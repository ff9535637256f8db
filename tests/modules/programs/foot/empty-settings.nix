# Mirrors Home Manager's foot empty-settings test: nothing under
# ~/.config/foot, and no server unit.
{ config, lib, ... }:
{
  programs.foot.enable = true;

  home.file.foot-state.text = builtins.toJSON {
    files = builtins.filter (lib.hasPrefix "foot") (builtins.attrNames config.xdg.configFile);
    server = config.systemd.user.services ? foot;
  };

  test.expected."home-files/foot-state" = ./empty-settings-expected.json;
}
