# programs.translate-shell: ~/.config/translate-shell/init.trans, a brace
# pair around `:key value` lines (strings quoted, lists bracketed), as Home
# Manager writes it when there are settings.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.translate-shell;

  render =
    v:
    if builtins.isBool v then
      lib.boolToString v
    else if builtins.isString v then
      ''"${v}"''
    else if builtins.isList v then
      "[ ${lib.concatMapStringsSep " " render v} ]"
    else
      toString v;

  lines = lib.generators.toKeyValue { mkKeyValue = k: v: ":${k} ${render v}"; };
in
{
  options.programs.translate-shell = {
    enable = lib.mkEnableOption "translate-shell";

    package = lib.mkPackageOption pkgs "translate-shell" { nullable = true; };

    settings = lib.mkOption {
      type =
        with lib.types;
        attrsOf (oneOf [
          bool
          str
          (listOf str)
        ]);
      default = { };
      example = {
        verbose = true;
        hl = "en";
        tl = [
          "es"
          "fr"
        ];
      };
      description = ''
        Options written to {file}`$XDG_CONFIG_HOME/translate-shell/init.trans`;
        see <https://github.com/soimort/translate-shell/wiki/Configuration>.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."translate-shell/init.trans" = lib.mkIf (cfg.settings != { }) {
      text = "{${lines cfg.settings}}";
    };
  };
}
