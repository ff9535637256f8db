# programs.difftastic: the structural diff tool difft, and with git.enable
# git's external diff, its difftool or both (git.mode) running difft with
# the given options as `--name=value`. programs.git.difftastic.* are the
# pre-25.11 names; using them still turns the git side on, with a warning.
#
# Differs from Home Manager: Debian 12 has no difftastic, so `package`
# defaults to null there; git then runs the `difft` found on PATH.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.difftastic;

  exe = if cfg.package == null then "difft" else lib.getExe' cfg.package "difft";

  difft = "${exe} ${lib.cli.toCommandLineShellGNU { } cfg.options}";

  # The boolean diffToolMode (and before it enableAsDifftool) meant both.
  modeOf = difftool: if difftool then "both" else "external";

  oldEnable = options.programs.git.difftastic.enable.isDefined;

  implicitPrio = 1490;

  renamedFromGit =
    from: to:
    lib.mkRenamedOptionModule (
      [
        "programs"
        "git"
        "difftastic"
      ]
      ++ from
    ) ([ "programs" ] ++ to);
in
{
  imports = [
    (renamedFromGit [ "enable" ] [ "difftastic" "enable" ])
    (renamedFromGit [ "package" ] [ "difftastic" "package" ])
    (lib.mkChangedOptionModule
      [ "programs" "git" "difftastic" "enableAsDifftool" ]
      [ "programs" "difftastic" "git" "mode" ]
      (config: modeOf config.programs.git.difftastic.enableAsDifftool)
    )
    (lib.mkChangedOptionModule
      [ "programs" "difftastic" "git" "diffToolMode" ]
      [ "programs" "difftastic" "git" "mode" ]
      (config: modeOf config.programs.difftastic.git.diffToolMode)
    )
    (renamedFromGit [ "options" ] [ "difftastic" "options" ])
    (renamedFromGit [ "background" ] [ "difftastic" "options" "background" ])
    (renamedFromGit [ "color" ] [ "difftastic" "options" "color" ])
    (renamedFromGit [ "context" ] [ "difftastic" "options" "context" ])
    (renamedFromGit [ "display" ] [ "difftastic" "options" "display" ])
    (lib.mkRemovedOptionModule [
      "programs"
      "git"
      "difftastic"
      "extraArgs"
    ] "Give difft's flags as 'programs.difftastic.options' instead.")
  ];

  options.programs.difftastic = {
    enable = lib.mkEnableOption "difftastic, a diff tool that compares syntax trees";

    package = lib.mkPackageOption pkgs "difftastic" {
      nullable = true;
      default = if pkgs ? difftastic then [ "difftastic" ] else null;
    };

    options = mkOption {
      type =
        let
          atom = types.oneOf [
            types.str
            types.int
            types.bool
          ];
        in
        types.attrsOf (types.either atom (types.listOf atom));
      default = { };
      example = {
        display = "inline";
        tab-width = 8;
      };
      description = "Command-line flags for {command}`difft`, by long name; see {command}`difft --help`.";
    };

    git = {
      enable = mkOption {
        type = types.bool;
        default = false;
        description = "Whether git runs difft, as {option}`programs.difftastic.git.mode` says.";
      };

      mode = mkOption {
        type = types.enum [
          "external"
          "difftool"
          "both"
        ];
        default = "external";
        description = ''
          How git uses difft: as the external diff of {command}`git diff`
          (`external`), as the tool of {command}`git difftool`
          (`difftool`), or `both`.
        '';
      };
    };
  };

  config = lib.mkMerge [
    (mkIf cfg.enable {
      home.packages = lib.optional (cfg.package != null) cfg.package;

      programs.difftastic.git.enable = mkIf oldEnable (lib.mkOverride implicitPrio true);

      warnings = lib.optional (
        cfg.git.enable && options.programs.difftastic.git.enable.highestPrio == implicitPrio
      ) "`programs.difftastic.git.enable` automatic enablement is deprecated. Please explicitly set `programs.difftastic.git.enable = true`.";
    })

    (mkIf (cfg.enable && cfg.git.enable) {
      programs.git = {
        enable = lib.mkDefault true;
        iniContent = lib.mkMerge [
          (mkIf (cfg.git.mode != "difftool") { diff.external = difft; })
          (mkIf (cfg.git.mode != "external") {
            diff.tool = lib.mkDefault "difftastic";
            difftool.difftastic.cmd = "${difft} $LOCAL $REMOTE";
          })
        ];
      };
    })
  ];
}
