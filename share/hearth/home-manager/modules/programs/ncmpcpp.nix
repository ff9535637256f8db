# programs.ncmpcpp: ~/.config/ncmpcpp/config (name=value lines, booleans
# as yes/no, mpd_music_dir from services.mpd on Linux unless told
# otherwise) and
# ~/.config/ncmpcpp/bindings (def_key blocks, one command a line).
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.ncmpcpp;

  value =
    v:
    if builtins.isBool v then
      (if v then "yes" else "no")
    else
      toString v;

  settingsText =
    settings: lib.concatStringsSep "\n" (lib.mapAttrsToList (k: v: "${k}=${value v}") settings) + "\n";

  bindingText =
    { key, command }:
    lib.concatStringsSep "\n  " ([ ''def_key "${key}"'' ] ++ lib.toList command);

  # mpdMusicDir wins over an mpd_music_dir setting of its own (with a
  # warning).
  settings =
    cfg.settings // lib.optionalAttrs (cfg.mpdMusicDir != null) { mpd_music_dir = cfg.mpdMusicDir; };

  bindingType = types.submodule {
    options = {
      key = mkOption {
        type = types.str;
        example = "j";
        description = "The key, as ncmpcpp names it.";
      };
      command = mkOption {
        type = types.either types.str (types.listOf types.str);
        example = [
          "select_item"
          "scroll_down"
        ];
        description = "The command the key runs, or commands run one after the other.";
      };
    };
  };
in
{
  options.programs.ncmpcpp = {
    enable = lib.mkEnableOption "ncmpcpp, a curses client for mpd";

    package = lib.mkPackageOption pkgs "ncmpcpp" { };

    mpdMusicDir = mkOption {
      type = types.nullOr (types.coercedTo types.path toString types.str);
      default =
        if pkgs.stdenv.hostPlatform.isLinux && config.services.mpd.enable then
          config.services.mpd.musicDirectory
        else
          null;
      defaultText = lib.literalExpression "config.services.mpd.musicDirectory on Linux when services.mpd is enabled, else null";
      example = "~/music";
      description = "The music directory of mpd, for tag editing; written as `mpd_music_dir`.";
    };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.int
          types.str
          types.bool
        ]
      );
      default = { };
      example = {
        ncmpcpp_directory = "~/.local/share/ncmpcpp";
      };
      description = "Settings of {file}`$XDG_CONFIG_HOME/ncmpcpp/config`; booleans become yes/no.";
    };

    bindings = mkOption {
      type = types.listOf bindingType;
      default = [ ];
      example = [
        {
          key = "j";
          command = "scroll_down";
        }
      ];
      description = "Key bindings written to {file}`$XDG_CONFIG_HOME/ncmpcpp/bindings`, in this order.";
    };
  };

  config = mkIf cfg.enable {
    warnings = lib.optional (
      cfg.settings ? mpd_music_dir && cfg.mpdMusicDir != null
    ) "programs.ncmpcpp.settings.mpd_music_dir will be overridden by programs.ncmpcpp.mpdMusicDir.";

    home.packages = [ cfg.package ];

    xdg.configFile = {
      "ncmpcpp/config" = mkIf (settings != { }) { text = settingsText settings; };
      "ncmpcpp/bindings" = mkIf (cfg.bindings != [ ]) {
        text = lib.concatMapStringsSep "\n" bindingText cfg.bindings + "\n";
      };
    };
  };
}
