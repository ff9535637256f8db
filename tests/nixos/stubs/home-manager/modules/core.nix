# Stand-in for Home Manager's core options. The generation is a small
# derivation whose `activate` records that it ran.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;
  cfg = config.home;
in
{
  options = {
    stub.minimal = mkOption { type = types.bool; };
    submoduleSupport.enable = mkOption {
      type = types.bool;
      default = false;
    };
    submoduleSupport.externalPackageInstall = mkOption {
      type = types.bool;
      default = false;
    };
    programs.bash.enable = mkOption {
      type = types.bool;
      default = false;
    };
    home = {
      username = mkOption { type = types.str; };
      homeDirectory = mkOption { type = types.str; };
      uid = mkOption {
        type = types.nullOr types.int;
        default = null;
      };
      stateVersion = mkOption { type = types.str; };
      packages = mkOption {
        type = types.listOf types.package;
        default = [ ];
      };
      profileDirectory = mkOption {
        type = types.str;
        readOnly = true;
      };
      path = mkOption {
        type = types.package;
        readOnly = true;
      };
      activationPackage = mkOption {
        type = types.package;
        readOnly = true;
      };
    };
  };

  config.home = {
    profileDirectory =
      if config.submoduleSupport.externalPackageInstall then
        "/etc/profiles/per-user/${cfg.username}"
      else
        "${cfg.homeDirectory}/.nix-profile";

    path = pkgs.buildEnv {
      name = "home-manager-path";
      paths = cfg.packages;
    };

    activationPackage = pkgs.writeTextFile {
      name = "home-manager-generation";
      destination = "/activate";
      executable = true;
      text = ''
        #!/bin/sh
        # ${cfg.username} ${cfg.homeDirectory} ${cfg.stateVersion} bash=${lib.boolToString config.programs.bash.enable}
        # packages: ${cfg.path}
        echo "activating ${cfg.username}: $*"
        touch "$HOME/.stub-activated"
      '';
    };
  };
}
