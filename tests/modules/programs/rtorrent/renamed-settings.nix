# The old `settings` option still writes the file, with a warning that it
# was renamed (whose text names this file, so only its gist is checked).
{ config, lib, ... }:
{
  imports = [ ./package.nix ];

  programs.rtorrent = {
    enable = true;
    settings = ''
      network.port_range.set = 6890-6999
    '';
  };

  home.file.state.text = builtins.toJSON {
    rc = config.xdg.configFile."rtorrent/rtorrent.rc".text;
    warned = builtins.any (lib.hasInfix "renamed to `programs.rtorrent.extraConfig'") config.warnings;
  };

  test.expected."home-files/state" = ./renamed-settings-expected.json;
}
