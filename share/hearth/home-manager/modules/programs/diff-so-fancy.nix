# programs.diff-so-fancy: the diff-so-fancy colouriser, and with
# enableGitIntegration git's pager (through less) and interactive diff
# filter, with its settings in git's [diff-so-fancy] section. The
# pre-25.11 names under programs.git.diff-so-fancy still work, with a
# warning.
#
# Differs from Home Manager: Debian 12 has no diff-so-fancy, so `package`
# (an option Home Manager lacks) defaults to null there; git then runs
# the `diff-so-fancy` found on PATH.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.diff-so-fancy;

  exe = if cfg.package == null then "diff-so-fancy" else lib.getExe' cfg.package "diff-so-fancy";

  oldEnable = options.programs.git.diff-so-fancy.enable.isDefined;

  implicitPrio = 1490;

  # Options that became settings, under their diff-so-fancy names.
  settingNames = [
    "markEmptyLines"
    "changeHunkIndicators"
    "stripLeadingSymbols"
    "useUnicodeRuler"
    "rulerWidth"
  ];

  toSettings =
    prefix: name:
    lib.mkRenamedOptionModule (prefix ++ [ name ]) [
      "programs"
      "diff-so-fancy"
      "settings"
      name
    ];
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "git" "diff-so-fancy" "enable" ]
      [ "programs" "diff-so-fancy" "enable" ]
    )
    (lib.mkRenamedOptionModule
      [ "programs" "git" "diff-so-fancy" "pagerOpts" ]
      [ "programs" "diff-so-fancy" "pagerOpts" ]
    )
  ]
  ++ map (toSettings [
    "programs"
    "diff-so-fancy"
  ]) settingNames
  ++ map (toSettings [
    "programs"
    "git"
    "diff-so-fancy"
  ]) settingNames;

  options.programs.diff-so-fancy = {
    enable = lib.mkEnableOption "diff-so-fancy, a colouriser that makes git diffs easier to read";

    package = lib.mkPackageOption pkgs "diff-so-fancy" {
      nullable = true;
      default = if pkgs ? diff-so-fancy then [ "diff-so-fancy" ] else null;
    };

    pagerOpts = mkOption {
      type = types.listOf types.str;
      default = [
        "--tabs=4"
        "-RFX"
      ];
      description = "Arguments for the {command}`less` that pages diff-so-fancy's output.";
    };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.str
          types.bool
          types.int
        ]
      );
      default = { };
      example = {
        markEmptyLines = false;
        rulerWidth = 80;
      };
      description = "diff-so-fancy's settings, written to git's `[diff-so-fancy]` section.";
    };

    enableGitIntegration = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to make diff-so-fancy git's pager and interactive diff filter.";
    };
  };

  config = lib.mkMerge [
    (mkIf cfg.enable {
      home.packages = lib.optional (cfg.package != null) cfg.package;

      programs.diff-so-fancy.enableGitIntegration = mkIf oldEnable (lib.mkOverride implicitPrio true);

      warnings = lib.optional (
        cfg.enableGitIntegration
        && options.programs.diff-so-fancy.enableGitIntegration.highestPrio == implicitPrio
      ) "`programs.diff-so-fancy.enableGitIntegration` automatic enablement is deprecated. Please explicitly set `programs.diff-so-fancy.enableGitIntegration = true`.";
    })

    (mkIf (cfg.enable && cfg.enableGitIntegration) {
      programs.git = {
        enable = lib.mkDefault true;
        iniContent = {
          core.pager = "${exe} | ${lib.getExe' pkgs.less "less"} ${lib.escapeShellArgs cfg.pagerOpts}";
          interactive.diffFilter = "${exe} --patch";
          diff-so-fancy = cfg.settings;
        };
      };
    })
  ];
}
