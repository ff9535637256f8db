# programs.mpv: mpv.conf (default profiles, settings, then profile
# sections), input.conf (bindings, then extra lines), one
# script-opts/<script>.conf per script, and mpv itself, wrapped when it
# needs scripts or wrapper arguments. In mpv.conf every value is written
# as %<length>%<value>, mpv's quoting that lets a value hold any
# character, newlines included.
#
# Differs from Home Manager, which rebuilds mpv through nixpkgs' mpv
# wrapper: here the package is linked into a new one (symlinkJoin) whose
# bin/mpv passes --script=<script>/share/mpv/scripts/<scriptName> for each
# script, so Debian's mpv can take scripts too.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.mpv;

  atomType = types.oneOf [
    types.str
    types.int
    types.bool
    types.float
  ];
  optionsType = types.attrsOf (types.either atomType (types.listOf atomType));

  plain =
    v:
    if builtins.isBool v then
      lib.hm.booleans.yesNo v
    else if builtins.isString v then
      v
    else
      toString v;

  counted =
    v:
    let
      s = plain v;
    in
    "%${toString (builtins.stringLength s)}%${s}";

  keyValue = valueString: {
    mkKeyValue = lib.generators.mkKeyValueDefault { mkValueString = valueString; } "=";
    listsAsDuplicateKeys = true;
  };

  optionsText = lib.generators.toKeyValue (keyValue counted);
  profilesText = lib.generators.toINI (keyValue counted);
  scriptOptionsText = lib.generators.toKeyValue (keyValue plain);

  mpvConf = ''
    ${lib.optionalString (cfg.defaultProfiles != [ ]) (
      optionsText { profile = lib.concatStringsSep "," cfg.defaultProfiles; }
    )}
    ${lib.optionalString (cfg.settings != { }) (optionsText cfg.settings)}
    ${lib.optionalString (cfg.profiles != { }) (profilesText cfg.profiles)}
  '';

  inputConf = lib.concatStringsSep "\n" (
    lib.mapAttrsToList (key: command: "${key} ${command}") cfg.bindings ++ [ cfg.extraInput ]
  );

  needsWrapper = cfg.scripts != [ ] || cfg.extraMakeWrapperArgs != [ ];

  scriptFlag = script: "--script=${script}/share/mpv/scripts/${script.scriptName}";

  wrapped = pkgs.symlinkJoin {
    name = "mpv-with-scripts";
    paths = [ cfg.package ];
    nativeBuildInputs = [ pkgs.makeWrapper ];
    postBuild = ''
      wrapProgram $out/bin/mpv ${
        lib.escapeShellArgs (
          lib.concatMap (s: [
            "--add-flags"
            (scriptFlag s)
          ]) cfg.scripts
          ++ cfg.extraMakeWrapperArgs
        )
      }
    '';
  };

  # Scripts and wrapper arguments go into the wrapper around the default
  # package only; a package of the user's own is taken as it is.
  usesDefaultPackage = options.programs.mpv.package.highestPrio >= (lib.mkOptionDefault null).priority;
in
{
  imports = [ (lib.mkRenamedOptionModule [ "programs" "mpv" "config" ] [ "programs" "mpv" "settings" ]) ];

  options.programs.mpv = {
    enable = lib.mkEnableOption "mpv, a media player";

    package = lib.mkPackageOption pkgs "mpv" { nullable = true; };

    finalPackage = mkOption {
      type = types.nullOr types.package;
      readOnly = true;
      visible = false;
      description = "The mpv that is installed: the package, wrapped when scripts or wrapper arguments ask for it.";
    };

    scripts = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.mpvScripts.mpris ]";
      description = ''
        Scripts mpv loads; each package needs a `scriptName` attribute
        naming its file under {file}`share/mpv/scripts`. Only with the
        default package.
      '';
    };

    extraMakeWrapperArgs = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [
        "--prefix"
        "LD_LIBRARY_PATH"
        ":"
        "/opt/lib"
      ];
      description = "Further makeWrapper arguments for bin/mpv. Only with the default package.";
    };

    settings = mkOption {
      type = optionsType;
      default = { };
      example = {
        force-window = true;
        ytdl-format = "bestvideo+bestaudio";
      };
      description = ''
        Options for {file}`$XDG_CONFIG_HOME/mpv/mpv.conf`, by name (mpv's
        command-line options without `--`); a list repeats the option.
      '';
    };

    profiles = mkOption {
      type = types.attrsOf optionsType;
      default = { };
      example = {
        fast.vo = "vdpau";
      };
      description = "Profile sections of {file}`mpv.conf`, by profile name.";
    };

    defaultProfiles = mkOption {
      type = types.listOf types.str;
      default = [ ];
      example = [ "gpu-hq" ];
      description = "Profiles applied first; {option}`programs.mpv.settings` override them.";
    };

    scriptOpts = mkOption {
      type = types.attrsOf optionsType;
      default = { };
      example = {
        osc.visibility = "always";
      };
      description = "Options of scripts, by script, written to {file}`$XDG_CONFIG_HOME/mpv/script-opts/<script>.conf`.";
    };

    bindings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      example = {
        WHEEL_UP = "seek 10";
        "Alt+0" = "set window-scale 0.5";
      };
      description = "Commands by key, written to {file}`$XDG_CONFIG_HOME/mpv/input.conf`.";
    };

    extraInput = mkOption {
      type = types.lines;
      default = "";
      description = "Lines written to {file}`input.conf` after the bindings.";
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        assertions = [
          {
            assertion = !needsWrapper || usesDefaultPackage;
            message = ''The programs.mpv "package" option is mutually exclusive with "scripts", "extraMakeWrapperArgs" options.'';
          }
          {
            assertion = !needsWrapper || cfg.package != null;
            message = ''The programs.mpv "package" option set to null is mutually exclusive with "scripts", "extraMakeWrapperArgs" options.'';
          }
        ];

        programs.mpv.finalPackage = if cfg.package == null || !needsWrapper then cfg.package else wrapped;
        home.packages = lib.mkIf (cfg.finalPackage != null) [ cfg.finalPackage ];

        xdg.configFile = lib.mapAttrs' (
          script: opts: lib.nameValuePair "mpv/script-opts/${script}.conf" { text = scriptOptionsText opts; }
        ) cfg.scriptOpts;
      }
      (lib.mkIf (cfg.settings != { } || cfg.profiles != { } || cfg.defaultProfiles != [ ]) {
        xdg.configFile."mpv/mpv.conf".text = mpvConf;
      })
      (lib.mkIf (cfg.bindings != { } || cfg.extraInput != "") {
        xdg.configFile."mpv/input.conf".text = inputConf;
      })
    ]
  );
}
