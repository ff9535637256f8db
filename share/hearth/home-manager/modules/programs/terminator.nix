# programs.terminator: ~/.config/terminator/config in Terminator's nested
# INI dialect: an attribute set becomes a section header with one more
# pair of brackets per level ([a], [[b]], ...), other values `key = value`
# with strings quoted, booleans True/False and null None. Lines are
# joined without a final newline. Linux only.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.terminator;

  showValue =
    v:
    if v == null then
      "None"
    else if v == true then
      "True"
    else if v == false then
      "False"
    else
      ''"${toString v}"'';

  header = depth: name: if depth == 0 then name else header (depth - 1) "[${name}]";

  linesAt =
    depth: set:
    lib.concatLists (
      lib.mapAttrsToList (
        k: v:
        if builtins.isAttrs v then [ (header depth k) ] ++ linesAt (depth + 1) v else [ "${k} = ${showValue v}" ]
      ) set
    );
in
{
  options.programs.terminator = {
    enable = lib.mkEnableOption "terminator, a tiling terminal emulator";

    package = lib.mkPackageOption pkgs "terminator" { };

    config = lib.mkOption {
      type = lib.types.attrsOf lib.types.anything;
      default = { };
      example = lib.literalExpression ''
        {
          global_config.borderless = true;
          profiles.default.background_color = "#002b36";
        }
      '';
      description = ''
        Terminator's configuration as nested attribute sets; see
        {manpage}`terminator_config(5)`. Nothing is written while empty.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.terminator" pkgs lib.platforms.linux) ];

    home.packages = [ cfg.package ];

    xdg.configFile."terminator/config" = lib.mkIf (cfg.config != { }) {
      text = lib.concatStringsSep "\n" (linesAt 1 cfg.config);
    };
  };
}
