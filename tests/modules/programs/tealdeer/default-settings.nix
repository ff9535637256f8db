# Like Home Manager's tealdeer default-settings test: no settings, no
# config.toml; the cache timer is on by default and runs tealdeer's tldr.
{ config, lib, ... }:
{
  programs.tealdeer.enable = true;

  home.file.tealdeer-state.text = builtins.toJSON {
    files = builtins.filter (lib.hasInfix "tealdeer") (builtins.attrNames config.home.file);
    timer = config.services.tldr-update.enable;
    updater = config.services.tldr-update.package.name;
    runs = config.systemd.user.services.tldr-update.Service.ExecStart;
  };

  test.expected."home-files/tealdeer-state" = ./default-settings-expected.json;
}
