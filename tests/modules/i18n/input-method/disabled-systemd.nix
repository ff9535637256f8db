# Home Manager's fcitx5 disabled-systemd case: no fcitx5-daemon service.
{ config, ... }:
{
  imports = [ ./stub-pkgs.nix ];

  i18n.inputMethod = {
    enable = true;
    type = "fcitx5";
    fcitx5.systemd.enable = false;
  };

  home.file.state.text = builtins.toJSON (builtins.attrNames config.systemd.user.services) + "\n";

  test.expected."home-files/state" = ./disabled-systemd-expected.json;
}
