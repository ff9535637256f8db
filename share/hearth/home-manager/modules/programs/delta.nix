# programs.delta: the delta diff pager, and with enableGitIntegration the
# git settings that make it git's pager and interactive diff filter, its
# options in git's [delta] sections. Without the integration, options go
# to a config file a wrapper passes to delta. programs.git.delta.* are the
# pre-25.11 names; using them still turns the integration on, with a
# warning.
#
# Differs from Home Manager: Debian 12 has no git-delta, and its package
# named delta is another program (a test-case minimiser), so `package`
# defaults to null there and git runs the `delta` found on PATH.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.delta;

  exe = if cfg.package == null then "delta" else lib.getExe' cfg.package "delta";

  # The attribute holding git-delta, if any (see the header).
  packageAttr =
    if pkgs ? git-delta then
      "git-delta"
    else if pkgs ? delta && !(pkgs.delta ? debian && pkgs.delta.pname == "delta") then
      "delta"
    else
      null;

  # Set through the old programs.git.delta.enable.
  oldEnable = options.programs.git.delta.enable.isDefined && config.programs.git.delta.enable;

  # mkOverride 1490: below mkDefault, so any explicit value wins, and
  # recognisable, so the warning fires only for the implicit one.
  implicitPrio = 1490;

  wrapped =
    let
      configFile = pkgs.writeText "delta-config" (lib.generators.toGitINI { delta = cfg.options; });
    in
    pkgs.symlinkJoin {
      name = "delta-wrapped";
      paths = [ cfg.package ];
      nativeBuildInputs = [ pkgs.makeWrapper ];
      postBuild = ''
        wrapProgram $out/bin/delta --add-flags "--config ${configFile}"
      '';
    };
in
{
  imports = [
    (lib.mkRenamedOptionModule [ "programs" "git" "delta" "enable" ] [ "programs" "delta" "enable" ])
    (lib.mkRenamedOptionModule [ "programs" "git" "delta" "package" ] [ "programs" "delta" "package" ])
    (lib.mkRenamedOptionModule [ "programs" "git" "delta" "options" ] [ "programs" "delta" "options" ])
  ];

  options.programs.delta = {
    enable = lib.mkEnableOption "delta, a syntax-highlighting pager for git diffs";

    package = lib.mkPackageOption pkgs "delta" {
      nullable = true;
      default = if packageAttr == null then null else [ packageAttr ];
    };

    options = mkOption {
      type =
        let
          primitive = types.oneOf [
            types.str
            types.bool
            types.int
          ];
        in
        types.attrsOf (types.either primitive (types.attrsOf primitive));
      default = { };
      example = {
        features = "decorations";
        decorations.file-style = "bold yellow ul";
      };
      description = ''
        delta's options; a nested set is a named feature (a
        `[delta "name"]` section). See {command}`delta --help`.
      '';
    };

    enableGitIntegration = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to make delta git's pager and interactive diff filter.";
    };

    finalPackage = mkOption {
      type = types.nullOr types.package;
      readOnly = true;
      visible = false;
      default =
        if cfg.package != null && !cfg.enableGitIntegration && cfg.options != { } then wrapped else cfg.package;
      description = "delta, wrapped to read its options when git does not pass them.";
    };
  };

  config = lib.mkMerge [
    (mkIf cfg.enable {
      home.packages = lib.optional (cfg.finalPackage != null) cfg.finalPackage;

      programs.delta.enableGitIntegration = mkIf oldEnable (lib.mkOverride implicitPrio true);

      warnings = lib.optional (
        cfg.enableGitIntegration && options.programs.delta.enableGitIntegration.highestPrio == implicitPrio
      ) "`programs.delta.enableGitIntegration` automatic enablement is deprecated. Please explicitly set `programs.delta.enableGitIntegration = true`.";
    })

    (mkIf (cfg.enable && cfg.enableGitIntegration) {
      programs.git.iniContent = {
        core.pager = exe;
        interactive.diffFilter = "${exe} --color-only";
        delta = cfg.options;
      };
    })
  ];
}
