# programs.gallery-dl: installs gallery-dl and writes its settings, when
# there are any, to ~/.config/gallery-dl/config.json.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.gallery-dl;
  json = pkgs.formats.json { };
in
{
  options.programs.gallery-dl = {
    enable = lib.mkEnableOption "gallery-dl";

    package = lib.mkPackageOption pkgs "gallery-dl" { nullable = true; };

    settings = lib.mkOption {
      type = json.type;
      default = { };
      example = lib.literalExpression ''{ extractor.base-directory = "~/Downloads"; }'';
      description = ''
        gallery-dl's configuration, written as JSON to
        {file}`$XDG_CONFIG_HOME/gallery-dl/config.json`.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."gallery-dl/config.json" = lib.mkIf (cfg.settings != { }) {
      source = json.generate "gallery-dl-settings" cfg.settings;
    };
  };
}
