# programs.nnn: nnn wrapped so that it finds its bookmarks (NNN_BMS),
# plugin keys (NNN_PLUG), further variables, default flags and helper
# programs without any shell start-up file, and the plugins directory
# linked to ~/.config/nnn/plugins.
#
# Differs from Home Manager, which rebuilds the package with a wrapper
# added to its install phase: here the package is linked into a new one
# (symlinkJoin) whose bin/nnn is the wrapper, so any package works,
# Debian's included. Empty bookmarks, plugin keys or helper lists add
# nothing to the wrapper.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.nnn;

  # nnn's `key:value;key:value` lists.
  keyList = attrs: lib.concatStringsSep ";" (lib.mapAttrsToList (k: v: "${k}:${v}") attrs);

  prefixIfAny =
    var: sep: value:
    lib.optionals (value != "") [
      "--prefix"
      var
      sep
      value
    ];

  wrapperArgs =
    prefixIfAny "PATH" ":" (lib.makeBinPath cfg.extraPackages)
    ++ prefixIfAny "NNN_BMS" ";" (keyList cfg.bookmarks)
    ++ prefixIfAny "NNN_PLUG" ";" (keyList cfg.plugins.mappings)
    ++ lib.concatLists (
      lib.mapAttrsToList (name: value: [
        "--set"
        name
        value
      ]) cfg.extraSessionVariables
    )
    ++ lib.optionals (cfg.extraArgs != [ ]) [
      "--add-flags"
      (lib.concatStringsSep " " cfg.extraArgs)
    ];

  wrapped = pkgs.symlinkJoin {
    name = "nnn-wrapped";
    paths = [ cfg.package ];
    nativeBuildInputs = [ pkgs.makeWrapper ];
    postBuild = ''
      wrapProgram $out/bin/nnn ${lib.escapeShellArgs wrapperArgs}
    '';
  };
in
{
  options.programs.nnn = {
    enable = lib.mkEnableOption "nnn, a terminal file manager";

    package = lib.mkPackageOption pkgs "nnn" {
      example = "pkgs.nnn.override { withNerdIcons = true; }";
    };

    finalPackage = mkOption {
      type = types.package;
      readOnly = true;
      visible = false;
      description = "The wrapped nnn that is installed.";
    };

    bookmarks = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        d = "~/Documents";
        D = "~/Downloads";
      };
      description = "Directories reachable with `b` and a key, by key (NNN_BMS).";
    };

    extraPackages = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "with pkgs; [ mediainfo ffmpegthumbnailer ]";
      description = "Programs put on nnn's PATH, for its plugins and previews.";
    };

    extraArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "-H"
        "-d"
      ];
      description = "Flags nnn always starts with (split at blanks).";
    };

    extraSessionVariables = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        NNN_OPTS = "cEnrx";
      };
      description = "Further environment variables nnn runs with, such as NNN_OPTS or NNN_COLORS.";
    };

    plugins = {
      src = mkOption {
        type = types.nullOr types.path;
        default = null;
        example = lib.literalExpression ''(pkgs.fetchFromGitHub { owner = "jarun"; repo = "nnn"; rev = "v4.0"; hash = "..."; }) + "/plugins"'';
        description = "Directory of plugins, linked to {file}`$XDG_CONFIG_HOME/nnn/plugins`.";
      };

      mappings = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          f = "finder";
          v = "imgview";
        };
        description = "Plugins run with `;` and a key, by key (NNN_PLUG).";
      };
    };
  };

  config = lib.mkIf cfg.enable {
    programs.nnn.finalPackage = wrapped;
    home.packages = [ wrapped ];
    xdg.configFile."nnn/plugins" = lib.mkIf (cfg.plugins.src != null) { source = cfg.plugins.src; };
  };
}
