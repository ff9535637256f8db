# programs.bat: ~/.config/bat/config as `--key=value` lines (lists repeat
# the key, true booleans become bare switches), custom themes and syntaxes
# under ~/.config/bat, and a cache rebuild after linking when there are
# any, as Home Manager does.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.bat;

  # Switches after the key-value lines, each group sorted.
  toConfigFile =
    attrs:
    let
      valued = lib.filterAttrs (_: v: !builtins.isBool v) attrs;
      switches = builtins.attrNames (lib.filterAttrs (_: v: v == true) attrs);
    in
    lib.generators.toKeyValue {
      mkKeyValue = k: v: "--${k}=${lib.escapeShellArg v}";
      listsAsDuplicateKeys = true;
    } valued
    + lib.concatMapStrings (k: "--${k}\n") switches;

  # A theme or syntax: its text, or a file `file` inside the directory `src`.
  fileType =
    kind:
    types.either types.lines (
      types.submodule {
        options = {
          src = mkOption {
            type = types.path;
            description = "Directory (often a fetched repository) that holds the ${kind}.";
          };
          file = mkOption {
            type = types.nullOr types.str;
            default = null;
            description = "File of the ${kind} inside {option}`src`; `null` uses {option}`src` itself.";
          };
        };
      }
    );

  fileSource =
    name: v:
    if builtins.isString v then
      { text = v; }
    else
      { source = if v.file == null then v.src else "${v.src}/${v.file}"; };

  filesUnder =
    dir: suffix: set:
    lib.mapAttrs' (name: v: lib.nameValuePair "bat/${dir}/${name}.${suffix}" (fileSource name v)) set;
in
{
  options.programs.bat = {
    enable = lib.mkEnableOption "bat, a file viewer with syntax highlighting and Git markers";

    package = lib.mkPackageOption pkgs "bat" { };

    config = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.str
          (types.listOf types.str)
          types.bool
        ]
      );
      default = { };
      example = {
        style = "numbers,changes";
        italic-text = "always";
        map-syntax = [ "*.conf:INI" ];
      };
      description = ''
        Command-line options bat always uses, written one per line to
        {file}`$XDG_CONFIG_HOME/bat/config`. A list repeats the option;
        `true` writes a bare switch.
      '';
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.bat-extras.batman ]";
      description = "Helper programs built around bat (such as bat-extras) to install alongside it.";
    };

    themes = mkOption {
      type = types.attrsOf (fileType "theme");
      default = { };
      description = ''
        Colour themes to add, by name: the text of a `.tmTheme` file, or
        where to find one. The theme cache is rebuilt after switching.
      '';
    };

    syntaxes = mkOption {
      type = types.attrsOf (fileType "syntax");
      default = { };
      description = ''
        Language definitions to add, by name: the text of a
        `.sublime-syntax` file, or where to find one. The cache is rebuilt
        after switching.
      '';
    };
  };

  config = mkIf cfg.enable (
    lib.mkMerge [
      {
        home.packages = [ cfg.package ] ++ cfg.extraPackages;

        xdg.configFile = lib.mkMerge [
          (mkIf (cfg.config != { }) { "bat/config".text = toConfigFile cfg.config; })
          (filesUnder "themes" "tmTheme" cfg.themes)
          (filesUnder "syntaxes" "sublime-syntax" cfg.syntaxes)
        ];
      }

      # bat reads themes and syntaxes from its cache only; rebuild it once
      # the new files are linked. A crash here leaves the old cache.
      (mkIf (cfg.themes != { } || cfg.syntaxes != { }) {
        home.activation.batCache = lib.hm.dag.entryAfter [ "linkGeneration" ] ''
          (
            export XDG_CACHE_HOME=${lib.escapeShellArg config.xdg.cacheHome}
            verboseEcho "Rebuilding bat theme cache"
            run ${lib.getExe' cfg.package "bat"} cache --build
          )
        '';
      })
    ]
  );
}
