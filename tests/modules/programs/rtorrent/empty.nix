# Nothing configured: the package, and no rtorrent.rc.
{ config, ... }:
{
  imports = [ ./package.nix ];

  programs.rtorrent.enable = true;

  home.file.state.text = builtins.toJSON {
    rc = config.xdg.configFile ? "rtorrent/rtorrent.rc";
    packages = map (p: p.outPath) (builtins.filter (p: p.name == "rtorrent") config.home.packages);
  };

  test.expected."home-files/state" = ./empty-expected.json;
}
