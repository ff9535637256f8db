# programs.pidgin: the Pidgin messaging client with its plugins, installed
# as the package's override with those plugins, as Home Manager does. A
# package without `override` (Debian's) is installed as is, with the
# plugin packages beside it, where Pidgin finds them on its plugin path.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.pidgin;
in
{
  options.programs.pidgin = {
    enable = lib.mkEnableOption "Pidgin messaging client";

    package = lib.mkOption {
      type = lib.types.package;
      default = pkgs.pidgin;
      defaultText = lib.literalExpression "pkgs.pidgin";
      description = "Pidgin's package.";
    };

    plugins = lib.mkOption {
      default = [ ];
      example = lib.literalExpression "[ pkgs.pidgin-otr pkgs.pidgin-osd ]";
      description = "Plugin packages Pidgin loads.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages =
      if cfg.package ? override then
        [ (cfg.package.override { inherit (cfg) plugins; }) ]
      else
        [ cfg.package ] ++ cfg.plugins;
  };
}
