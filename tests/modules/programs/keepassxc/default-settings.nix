# Home Manager's default-settings test: no settings, no keepassxc.ini. The
# package still goes to home.packages and the browsers' hosts.
{ config, lib, ... }:
{
  imports = [ ./package.nix ];

  programs.keepassxc.enable = true;

  home.file.state.text = builtins.toJSON {
    ini = config.xdg.configFile ? "keepassxc/keepassxc.ini";
    packages = map (p: p.outPath) (builtins.filter (p: p.name == "keepassxc") config.home.packages);
    hosts = map (p: p.outPath) config.programs.firefox.nativeMessagingHosts;
  };

  test.expected."home-files/state" = ./default-settings-expected.json;
}
