# programs.yt-dlp: the video downloader and its config file of long
# options, one per line (a list repeats the option), then extra lines.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.yt-dlp;

  optionLine =
    name: value:
    if builtins.isBool value then
      (if value then "--${name}" else "--no-${name}")
    else
      "--${name} ${toString value}";

  optionLines =
    name: value: if builtins.isList value then map (optionLine name) value else [ (optionLine name value) ];

  lines = lib.concatLists (lib.mapAttrsToList optionLines cfg.settings) ++ [ cfg.extraConfig ];
in
{
  options.programs.yt-dlp = {
    enable = lib.mkEnableOption "yt-dlp, a downloader for video and audio sites";

    package = lib.mkPackageOption pkgs "yt-dlp" { };

    settings = mkOption {
      type =
        let
          atom = types.oneOf [
            types.bool
            types.int
            types.str
          ];
        in
        types.attrsOf (types.either atom (types.listOf atom));
      default = { };
      example = {
        embed-thumbnail = true;
        sub-langs = "all";
        downloader = "aria2c";
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/yt-dlp/config`, by long name:
        `true` writes `--name`, `false` writes `--no-name`, a list repeats
        the option. Short options belong in {option}`extraConfig`.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      example = ''
        -f bestvideo+bestaudio
      '';
      description = "Lines added verbatim after the settings.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."yt-dlp/config" = lib.mkIf (cfg.settings != { } || cfg.extraConfig != "") {
      text = lib.concatStringsSep "\n" (lib.remove "" lines) + "\n";
    };
  };
}
