# programs.pet: pet's config.toml (pointing it at the selector and at the
# snippet file; under [General], where state versions before 21.11 had
# the settings put for them) and snippet.toml with the configured
# snippets. With mutable snippets, the configured ones go to a directory
# of their own listed first in snippetdirs, and snippet.toml is the user's,
# created empty at activation if missing.
#
# Checked against Home Manager's module and tests (the mutable-snippets
# activation script is Hearth's own: Home Manager's tests check only the
# paths it names).
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.pet;

  tomlFormat = pkgs.formats.toml { };

  # Before 21.11 the settings were written under [General] for the user.
  generalWrapped = lib.versionAtLeast config.home.stateVersion "21.11";

  petDir = "${config.xdg.configHome}/pet";
  layerDir = "${petDir}/home-manager-snippets";

  general = if generalWrapped then cfg.settings.General or { } else cfg.settings;

  # pet reads a leading ~ as the home directory; the script must too.
  snippetFile =
    let
      f = general.snippetfile;
    in
    if lib.hasPrefix "~/" f then config.home.homeDirectory + lib.removePrefix "~" f else f;

  emptySnippets = tomlFormat.generate "pet-empty-snippets" { snippets = [ ]; };

  inGeneral = s: if generalWrapped then { General = s; } else s;

  snippetType = types.submodule {
    options = {
      description = mkOption {
        type = types.str;
        default = "";
        example = "Count the commits of the current branch";
        description = "What the snippet does.";
      };
      command = mkOption {
        type = types.str;
        default = "";
        example = "git rev-list --count HEAD";
        description = "The command.";
      };
      output = mkOption {
        type = types.str;
        default = "";
        example = "473";
        description = "Example output of the command.";
      };
      tag = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [
          "git"
          "nixpkgs"
        ];
        description = "Tags to find the snippet by.";
      };
    };
  };
in
{
  imports = [
    (lib.mkRenamedOptionModule
      [ "programs" "pet" "mutableSnippets" ]
      [ "programs" "pet" "enableMutableSnippets" ]
    )
  ];

  options.programs.pet = {
    enable = lib.mkEnableOption "pet";

    package = lib.mkPackageOption pkgs "pet" { nullable = true; };

    settings = mkOption {
      type = tomlFormat.type;
      default = { };
      description = ''
        Settings of {file}`$XDG_CONFIG_HOME/pet/config.toml`; see
        <https://github.com/knqyf263/pet#configuration>.
      '';
    };

    selectcmdPackage = lib.mkPackageOption pkgs "fzf" {
      nullable = true;
      extraDescription = "The selector pet runs (its `selectcmd`), installed alongside.";
    };

    snippets = mkOption {
      type = types.listOf snippetType;
      default = [ ];
      description = "The snippets.";
    };

    enableMutableSnippets = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Leave {file}`snippet.toml` to pet (created empty when missing) and
        write {option}`programs.pet.snippets` to
        {file}`$XDG_CONFIG_HOME/pet/home-manager-snippets/snippet.toml`,
        listed first in `snippetdirs`.
      '';
    };
  };

  config = lib.mkIf cfg.enable (
    lib.mkMerge [
      {
        programs.pet.settings = inGeneral {
          selectcmd = lib.mkDefault "fzf";
          snippetfile = lib.mkDefault "${petDir}/snippet.toml";
        };

        home.packages =
          lib.optional (cfg.package != null) cfg.package
          ++ lib.optional (cfg.selectcmdPackage != null) cfg.selectcmdPackage;

        xdg.configFile."pet/config.toml".source = tomlFormat.generate "config.toml" (
          if generalWrapped then cfg.settings else { General = cfg.settings; }
        );
      }

      (lib.mkIf (!cfg.enableMutableSnippets) {
        xdg.configFile."pet/snippet.toml" = lib.mkIf (cfg.snippets != [ ]) {
          source = tomlFormat.generate "snippet.toml" { inherit (cfg) snippets; };
        };
      })

      (lib.mkIf cfg.enableMutableSnippets {
        programs.pet.settings = inGeneral { snippetdirs = lib.mkBefore [ layerDir ]; };

        home.sessionVariables.PET_CONFIG_DIR = petDir;

        xdg.configFile."pet/home-manager-snippets/snippet.toml".source =
          tomlFormat.generate "snippet.toml"
            { inherit (cfg) snippets; };

        home.activation.pet-user-snippets = lib.hm.dag.entryAfter [ "linkGeneration" ] ''
          if [[ ! -e ${lib.escapeShellArg snippetFile} ]]; then
            run mkdir -p "$(dirname ${lib.escapeShellArg snippetFile})"
            run install -m 0644 ${emptySnippets} ${lib.escapeShellArg snippetFile}
          fi
        '';
      })
    ]
  );
}
