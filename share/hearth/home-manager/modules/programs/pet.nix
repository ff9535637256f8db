# programs.pet: pet's config.toml (pointing it at the selector and at the
# snippet file; under [General] from state version 21.11 on) and
# snippet.toml with the configured snippets.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
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
      tag = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [ "git" ];
        description = "Tags to find the snippet by.";
      };
      output = mkOption {
        type = types.str;
        default = "";
        example = "473";
        description = "Example output of the command.";
      };
    };
  };

  general = {
    selectcmd = lib.mkDefault "fzf";
    snippetfile = "${config.xdg.configHome}/pet/snippet.toml";
  };
in
{
  options.programs.pet = {
    enable = lib.mkEnableOption "pet, a snippet manager for the command line";

    package = lib.mkPackageOption pkgs "pet" { };

    settings = mkOption {
      type = tomlFormat.type;
      default = { };
      description = ''
        Settings of {file}`$XDG_CONFIG_HOME/pet/config.toml`; see
        <https://github.com/knqyf263/pet#configuration>.
      '';
    };

    selectcmdPackage = mkOption {
      type = types.package;
      default = pkgs.fzf;
      defaultText = lib.literalExpression "pkgs.fzf";
      description = "The selector pet runs (its `selectcmd`), installed alongside.";
    };

    snippets = mkOption {
      type = types.listOf snippetType;
      default = [ ];
      description = "Snippets written to {file}`$XDG_CONFIG_HOME/pet/snippet.toml`.";
    };
  };

  config = lib.mkIf cfg.enable {
    programs.pet.settings =
      if lib.versionAtLeast config.home.stateVersion "21.11" then { General = general; } else general;

    home.packages = [
      cfg.package
      cfg.selectcmdPackage
    ];

    xdg.configFile = {
      "pet/config.toml".source = tomlFormat.generate "pet-config" cfg.settings;
      "pet/snippet.toml" = lib.mkIf (cfg.snippets != [ ]) {
        source = tomlFormat.generate "pet-snippets" { inherit (cfg) snippets; };
      };
    };
  };
}
