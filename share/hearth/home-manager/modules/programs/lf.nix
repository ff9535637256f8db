# programs.lf: the lf file manager and its lfrc, written in Home Manager's
# layout: settings, commands, key maps, command-line maps, the previewer,
# then the user's lines, each group followed by an empty line.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.lf;

  # lf's `set`: a bare name switches an option on, a `no` prefix off;
  # strings and lists (joined by ":") are quoted.
  setLine =
    name: value:
    if builtins.isBool value then
      "set ${lib.optionalString (!value) "no"}${name}"
    else if builtins.isInt value then
      "set ${name} ${toString value}"
    else if builtins.isList value then
      ''set ${name} "${lib.concatMapStringsSep ":" toString value}"''
    else
      ''set ${name} "${value}"'';

  # `cmd`, `map` and `cmap` lines; no value removes the name.
  defineLines =
    keyword: set:
    lib.concatStringsSep "\n" (
      lib.mapAttrsToList (
        name: value: "${keyword} ${name}${lib.optionalString (value != null && value != "") " ${value}"}"
      ) set
    );

  previewerText =
    let
      inherit (cfg.previewer) source keybinding;
    in
    lib.optionalString (source != null) (
      "set previewer ${source}\n"
      + lib.optionalString (keybinding != null) "map ${keybinding} \$${source} \"$f\" | less -R\n"
      + "\n"
    );

  lfrc = lib.concatStringsSep "\n\n" [
    (lib.concatStringsSep "\n" (lib.mapAttrsToList setLine cfg.settings))
    (defineLines "cmd" cfg.commands)
    (defineLines "map" cfg.keybindings)
    (defineLines "cmap" cfg.cmdKeybindings)
    previewerText
    "${cfg.extraConfig}\n"
  ];

  nullableStrings = types.attrsOf (types.nullOr types.str);
in
{
  options.programs.lf = {
    enable = lib.mkEnableOption "lf, a terminal file manager";

    package = lib.mkPackageOption pkgs "lf" { };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.str
          types.int
          (types.listOf (types.either types.str types.int))
          types.bool
        ]
      );
      default = { };
      example = {
        tabstop = 4;
        number = true;
        ratios = [
          1
          1
          2
        ];
      };
      description = ''
        Options for lf's `set` command, by name. `true`/`false` switch an
        option on or off, lists are joined by `:`, strings are quoted. See
        {command}`lf -doc`.
      '';
    };

    commands = mkOption {
      type = nullableStrings;
      default = { };
      example = {
        open = "$$OPENER $f";
      };
      description = "Commands to define (`cmd`); `null` or an empty string deletes one.";
    };

    keybindings = mkOption {
      type = nullableStrings;
      default = { };
      example = {
        gh = "cd ~";
        gg = null;
      };
      description = "Keys to bind (`map`); `null` or an empty string unbinds one.";
    };

    cmdKeybindings = mkOption {
      type = nullableStrings;
      default = { };
      example = {
        "<c-g>" = "cmd-escape";
      };
      description = ''
        Keys to bind on the command line (`cmap`), to builtin commands
        only; `null` or an empty string unbinds one.
      '';
    };

    previewer = {
      source = mkOption {
        type = types.nullOr types.path;
        default = null;
        description = "Program lf runs to preview a file (its `previewer` option).";
      };

      keybinding = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "i";
        description = "Key that shows the preview of the current file in {command}`less`.";
      };
    };

    extraConfig = mkOption {
      type = types.lines;
      default = "";
      description = "Lines added verbatim at the end of {file}`lfrc`.";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile."lf/lfrc".text = lfrc;
  };
}
