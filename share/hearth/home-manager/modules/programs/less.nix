# programs.less: ~/.config/lesskey holding `options` as the LESS variable
# (in an #env section) followed by the raw `config`, written only when
# there is something to say.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.less;

  atom = types.oneOf [
    types.bool
    types.int
    types.str
  ];

  # true is a bare flag, false leaves the option out, lists repeat it.
  optionWords =
    name: v:
    if v == true then
      [ "--${name}" ]
    else if v == false then
      [ ]
    else if builtins.isList v then
      lib.concatMap (optionWords name) v
    else
      [ "--${name} ${toString v}" ];

  lessVar = lib.concatStringsSep " " (lib.concatLists (lib.mapAttrsToList optionWords cfg.options));

  text =
    lib.optionalString (cfg.options != { }) ''
      #env
      LESS = ${lessVar}
    ''
    + lib.optionalString (cfg.options != { } && cfg.config != "") "\n"
    + cfg.config;
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "less" "keys" ]
      [ "programs" "less" "config" ]
    )
  ];

  options.programs.less = {
    enable = lib.mkEnableOption "less, the terminal pager";

    package = lib.mkPackageOption pkgs "less" { nullable = true; };

    config = mkOption {
      type = types.lines;
      default = "";
      example = ''
        #command
        j        forw-line
        k        back-line
      '';
      description = ''
        Text in {manpage}`lesskey(1)` syntax (key bindings, line-editing
        keys, variables), added to {file}`$XDG_CONFIG_HOME/lesskey` after
        the `LESS` line.
      '';
    };

    options = mkOption {
      type = types.attrsOf (types.either atom (types.listOf atom));
      default = { };
      example = {
        ignore-case = true;
        mouse = true;
        tabs = 4;
      };
      description = ''
        Options passed to {command}`less` through the `LESS` variable of
        the lesskey file, in name order. `true` gives a bare flag, `false`
        leaves the option out and a list repeats it.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = lib.optional (cfg.package != null) cfg.package;

    xdg.configFile.lesskey = lib.mkIf (text != "") { inherit text; };
  };
}
