# xresources: ~/.Xresources (or xresources.path) from extraConfig and
# `properties`, one `name: value` line each, sorted by name. The X session
# merges it into the server's resources when it starts, and activation does
# so when the file changed and an X display is at hand.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.xresources;

  showValue =
    v:
    if lib.isBool v then
      lib.boolToString v
    else if lib.isList v then
      lib.concatMapStringsSep ", " (
        x:
        if lib.isList x then throw "can not convert 2-dimensional lists to Xresources format" else showValue x
      ) v
    else
      toString v;

  merge = "${pkgs.xorg.xrdb}/bin/xrdb -merge ${cfg.path}";

  atom = types.oneOf [
    types.bool
    types.int
    types.float
    types.str
  ];
in
{
  options.xresources = {
    properties = mkOption {
      type = types.nullOr (types.attrsOf (types.either atom (types.listOf atom)));
      default = null;
      example = {
        "XTerm*faceName" = "dejavu sans mono";
        "XTerm*charClass" = [
          "37:48"
          "45-47:48"
        ];
      };
      description = ''
        X resources, by name. Booleans are written as true/false, lists as
        their elements separated by ", ", anything else as Nix's toString
        gives it.
      '';
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Text put at the top of the resources file, before `properties`.";
    };

    path = mkOption {
      type = types.str;
      default = "${config.home.homeDirectory}/.Xresources";
      defaultText = "$HOME/.Xresources";
      description = "Where the resources file is written.";
    };
  };

  config = lib.mkIf ((cfg.properties != null && cfg.properties != { }) || cfg.extraConfig != "") {
    home.file.${cfg.path} = {
      text =
        lib.concatStringsSep "\n" (
          lib.optional (cfg.extraConfig != "") cfg.extraConfig
          ++ lib.optionals (cfg.properties != null) (
            lib.mapAttrsToList (n: v: "${n}: ${showValue v}") cfg.properties
          )
        )
        + "\n";
      onChange = ''
        if [[ -v DISPLAY ]]; then
          ${merge}
        fi
      '';
    };

    xsession.initExtra = merge;
  };
}
