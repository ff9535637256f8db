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
            description = "Path to the ${kind} folder.";
          };
          file = mkOption {
            type = types.nullOr types.str;
            default = null;
            description = "Subpath of the ${kind} file within the source, if needed.";
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
    enable = lib.mkEnableOption "bat, a cat clone with wings";

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
        theme = "TwoDark";
        pager = "less -FR";
        map-syntax = [
          "*.jenkinsfile:Groovy"
          "*.props:Java Properties"
        ];
      };
      description = ''
        Bat configuration, written to {file}`$XDG_CONFIG_HOME/bat/config`.
      '';
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs.bat-extras; [ batdiff batman batgrep batwatch ];";
      description = "Additional bat packages to install.";
    };

    themes = mkOption {
      type = types.attrsOf (fileType "theme");
      default = { };
      description = ''
        Additional themes to provide, as tmTheme text or a path in a source
        folder.
      '';
    };

    syntaxes = mkOption {
      type = types.attrsOf (fileType "syntax");
      default = { };
      description = ''
        Additional syntaxes to provide, as sublime-syntax text or a path in
        a source folder.
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
