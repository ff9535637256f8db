# programs.jq: installs jq and exports JQ_COLORS, the eight colours joined
# by colons in the order jq reads them. As in Home Manager the option is
# programs.jq.colors (not settings.colors), a submodule whose default is
# the whole set, so setting only some colours leaves the rest undefined.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.jq;

  # The order of the fields in JQ_COLORS.
  colorNames = [
    "null"
    "false"
    "true"
    "numbers"
    "strings"
    "arrays"
    "objects"
    "objectKeys"
  ];

  colorOption = mkOption {
    type = types.str;
    example = "1;31";
    visible = false;
    description = "An ANSI SGR sequence, such as `1;31` for bold red.";
  };
in
{
  options.programs.jq = {
    enable = lib.mkEnableOption "jq, the command-line JSON processor";

    package = lib.mkPackageOption pkgs "jq" { };

    colors = mkOption {
      type = types.submodule {
        options = lib.genAttrs colorNames (_: colorOption);
      };
      default = {
        null = "1;30";
        false = "0;37";
        true = "0;37";
        numbers = "0;37";
        strings = "0;32";
        arrays = "1;37";
        objects = "1;37";
        objectKeys = "1;34";
      };
      example = lib.literalExpression ''
        {
          null = "1;30";
          false = "0;31";
          true = "0;32";
          numbers = "0;36";
          strings = "0;33";
          arrays = "1;35";
          objects = "1;37";
          objectKeys = "1;34";
        }
      '';
      description = ''
        Colours of jq's coloured output, one ANSI SGR sequence per kind of
        value; they reach jq through the `JQ_COLORS` variable. See
        <https://jqlang.github.io/jq/manual/#colors>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.sessionVariables.JQ_COLORS = lib.concatMapStringsSep ":" (n: cfg.colors.${n}) colorNames;
  };
}
