# programs.gh: the GitHub CLI. ~/.config/gh/config.yml holds `version: "1"`
# and the settings, ~/.config/gh/hosts.yml the hosts when there are any,
# extensions are linked under ~/.local/share/gh/extensions, and gh becomes
# git's credential helper for the listed hosts.
#
# Differs from Home Manager: the YAML files come from Hearth's
# pkgs.formats.yaml, which writes JSON (a subset of YAML 1.2) where Home
# Manager's writes block-style YAML; gh reads both the same. Each host's
# helper is one value, the gh command, whereas Home Manager first adds an
# empty helper to drop helpers inherited from other files (Hearth's
# programs.git does not accept null list items).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.programs.gh;

  yaml = pkgs.formats.yaml { };

  hostsPath = "${config.xdg.configHome}/gh/hosts.yml";

  # Declared only so the old top-level options can be renamed into them;
  # anything else is free-form.
  settingsType = types.submodule {
    freeformType = yaml.type;
    options = {
      aliases = mkOption {
        type = types.attrsOf types.str;
        default = { };
        example = {
          co = "pr checkout";
        };
        description = "Short names for gh commands, expanded by gh.";
      };
      editor = mkOption {
        type = types.str;
        default = "";
        description = "Editor gh opens for issue and pull request texts; empty means the environment's.";
      };
      git_protocol = mkOption {
        type = types.str;
        default = "https";
        example = "ssh";
        description = "Protocol of the Git remotes gh sets up.";
      };
    };
  };

  renamedToSettings =
    old: new: lib.mkRenamedOptionModule [ "programs" "gh" old ] [ "programs" "gh" "settings" new ];
in
{
  imports = [
    (renamedToSettings "aliases" "aliases")
    (renamedToSettings "editor" "editor")
    (renamedToSettings "gitProtocol" "git_protocol")
    (lib.mkRenamedOptionModule
      [ "programs" "gh" "enableGitCredentialHelper" ]
      [ "programs" "gh" "gitCredentialHelper" "enable" ]
    )
  ];

  options.programs.gh = {
    enable = lib.mkEnableOption "the GitHub command-line tool gh";

    package = lib.mkPackageOption pkgs "gh" { };

    settings = mkOption {
      type = settingsType;
      default = { };
      example = lib.literalExpression ''
        {
          git_protocol = "ssh";
          prompt = "enabled";
          aliases.co = "pr checkout";
        }
      '';
      description = "Contents of {file}`$XDG_CONFIG_HOME/gh/config.yml`.";
    };

    gitCredentialHelper = {
      enable = lib.mkEnableOption "gh as git's credential helper" // {
        default = true;
      };

      hosts = mkOption {
        type = types.listOf types.str;
        default = [
          "https://github.com"
          "https://gist.github.com"
        ];
        example = [ "https://github.example.com" ];
        description = "URLs for which git asks gh for credentials.";
      };
    };

    extensions = mkOption {
      type = types.listOf types.package;
      default = [ ];
      example = lib.literalExpression "[ pkgs.gh-dash ]";
      description = ''
        gh extensions to make available, each linked by its `pname`; see
        <https://cli.github.com/manual/gh_extension>.
      '';
    };

    hosts = mkOption {
      inherit (yaml) type;
      default = { };
      example."github.com".user = "octocat";
      description = "Per-host settings for {file}`$XDG_CONFIG_HOME/gh/hosts.yml`; nothing is written when empty.";
    };
  };

  config = mkIf cfg.enable {
    home.packages = [ cfg.package ];

    xdg.configFile = {
      "gh/config.yml".source = yaml.generate "gh-config.yml" ({ version = "1"; } // cfg.settings);
      "gh/hosts.yml" = mkIf (cfg.hosts != { }) {
        source = yaml.generate "gh-hosts.yml" cfg.hosts;
      };
    };

    # gh 2.40 rewrites an old-style hosts.yml (no `version:` line) into its
    # multi-account layout; do that on a copy before a managed config.yml
    # claims version 1, and leave managed (linked) files alone.
    home.activation.migrateGhAccounts = lib.hm.dag.entryBetween [ "linkGeneration" ] [ "writeBoundary" ] ''
      if [[ ! -L ${lib.escapeShellArg hostsPath} && -f ${lib.escapeShellArg hostsPath} ]] \
          && ! grep --quiet '^version:' ${lib.escapeShellArg hostsPath}; then
        (
          ghTmp=$(mktemp -d)
          trap 'rm -rf "$ghTmp"' EXIT
          cp ${lib.escapeShellArg hostsPath} "$ghTmp/"
          export GH_CONFIG_DIR="$ghTmp"
          run --silence ${lib.getExe' cfg.package "gh"} help
          cp "$ghTmp/hosts.yml" ${lib.escapeShellArg hostsPath}
        )
      fi
    '';

    programs.git.settings.credential = mkIf cfg.gitCredentialHelper.enable (
      lib.genAttrs cfg.gitCredentialHelper.hosts (_: {
        helper = "${cfg.package}/bin/gh auth git-credential";
      })
    );

    xdg.dataFile."gh/extensions" = mkIf (cfg.extensions != [ ]) {
      source = pkgs.linkFarm "gh-extensions" (
        map (p: {
          name = p.pname;
          path = "${p}/bin";
        }) cfg.extensions
      );
    };
  };
}
