# programs.rtorrent: the rTorrent client and, when there is any text for
# it, ~/.config/rtorrent/rtorrent.rc, as Home Manager writes it. The old
# `settings` option is renamed to `extraConfig`.
#
# Checked against Home Manager's module (which has no tests); `package` is
# Hearth's addition, Home Manager installs pkgs.rtorrent itself.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.rtorrent;
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "programs" "rtorrent" "settings" ] [ "programs" "rtorrent" "extraConfig" ])
  ];

  options.programs.rtorrent = {
    enable = lib.mkEnableOption "rTorrent";

    package = lib.mkPackageOption pkgs "rtorrent" { };

    extraConfig = lib.mkOption {
      type = lib.types.lines;
      default = "";
      description = ''
        The text of {file}`$XDG_CONFIG_HOME/rtorrent/rtorrent.rc`; see
        <https://github.com/rakshasa/rtorrent/wiki/Config-Guide>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."rtorrent/rtorrent.rc" = lib.mkIf (cfg.extraConfig != "") { text = cfg.extraConfig; };
  };
}
