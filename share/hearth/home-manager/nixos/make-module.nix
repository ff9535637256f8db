# Home Manager's NixOS module for a given Home Manager module tree.
#
# `hmModules` is a directory laid out like Home Manager's modules/:
#   modules.nix              { pkgs, lib, check ? true, useNixpkgsModule ? true,
#                              minimal ? false }: the list of HM modules;
#                              it sets `_module.args.pkgs = mkDefault pkgs`,
#                              and with useNixpkgsModule = false includes
#                              the module that reports users' nixpkgs.*
#                              settings (warning for one, assertion for both)
#   lib/stdlib-extended.nix  lib -> lib extended with `hm`
# default.nix passes Hearth's own tree; tests pass a small stand-in.
{ hmModules }:

{
  config,
  lib,
  options,
  pkgs,
  _class,
  ...
}:

let
  inherit (lib) mkIf mkOption types;

  cfg = config.home-manager;

  extendedLib = import (hmModules + "/lib/stdlib-extended.nix") lib;

  # The NixOS side of each user's configuration: who the user is, where
  # packages go, and which Nix the activation uses.
  userIntegration =
    { name, ... }:
    {
      config = {
        submoduleSupport.enable = true;
        submoduleSupport.externalPackageInstall = cfg.useUserPackages;

        home.username = config.users.users.${name}.name;
        home.homeDirectory = config.users.users.${name}.home;

        # The uid lets activation check it runs as the right user; an
        # account without a fixed uid (or a failing one) just skips that.
        home.uid =
          let
            uid = builtins.tryEval config.users.users.${name}.uid;
          in
          mkIf (uid.success && uid.value != null) uid.value;
      }
      # Hearth's system layer has no nix.* options today; when it does, the
      # activation uses the system's Nix as on NixOS.
      // lib.optionalAttrs (options ? nix && options.nix ? enable) {
        nix.enable = config.nix.enable;
        nix.package = mkIf config.nix.enable config.nix.package;
      };
    };

  hmModule = types.submoduleWith {
    description = "Home Manager module";
    class = "homeManager";
    specialArgs = {
      lib = extendedLib;
      osConfig = config;
      osClass = _class;
      modulesPath = builtins.toString hmModules;
    }
    // cfg.extraSpecialArgs;
    modules = [
      {
        imports =
          import (hmModules + "/modules.nix") {
            inherit pkgs;
            lib = extendedLib;
            useNixpkgsModule = !cfg.useGlobalPkgs;
            inherit (cfg) minimal;
          }
          ++ [ userIntegration ]
          ++ cfg.sharedModules;
      }
    ];
  };

  prefixed = user: message: "${user} profile: ${message}";
in
{
  imports = [ ./services.nix ];

  options.home-manager = {
    users = mkOption {
      type = types.attrsOf hmModule;
      default = { };
      # The users' own options are Home Manager's, documented there.
      visible = "shallow";
      description = "One Home Manager configuration per user, keyed by the same name as in {option}`users.users`.";
    };

    useUserPackages = lib.mkEnableOption ''
      handing each user's {option}`home.packages` to the system as
      {option}`users.users.<name>.packages`, instead of installing them
      into a per-user Nix profile'';

    useGlobalPkgs = lib.mkEnableOption ''
      sharing the system's `pkgs` with every user's configuration, which
      saves evaluating Nixpkgs again per user; the users' own
      {option}`nixpkgs.*` options are then unavailable'';

    backupFileExtension = mkOption {
      type = types.nullOr types.str;
      default = null;
      example = "hm-old";
      description = "When activation finds an unmanaged file where a link should go, rename it with this suffix rather than stop with an error.";
    };

    backupCommand = mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      example = lib.literalExpression "\"mv -t /tmp/hm-displaced\"";
      description = "Program given the path of each unmanaged file that blocks a link, to move it out of the way; takes precedence over {option}`home-manager.backupFileExtension`.";
    };

    overwriteBackup = lib.mkEnableOption "replacing a backup left by an earlier activation, where `backupFileExtension` would otherwise fail";

    extraSpecialArgs = mkOption {
      type = types.attrs;
      default = { };
      example = lib.literalExpression "{ inherit inputs; }";
      description = "Additional module arguments, available to every module of every user's configuration.";
    };

    sharedModules = mkOption {
      type = types.listOf types.raw;
      default = [ ];
      example = lib.literalExpression "[ ./home/common.nix ]";
      description = "Modules imported into each user's configuration, for settings all users share.";
    };

    verbose = lib.mkEnableOption "activation logging each step it takes (`VERBOSE=1`)";

    minimal = lib.mkEnableOption "only the core Home Manager modules (and a few shells'), for users listing their own";

    enableLegacyProfileManagement = mkOption {
      type = types.bool;
      default = false;
      description = ''
        Whether activation also makes a per-user `home-manager` Nix profile
        generation, as standalone Home Manager does.
      '';
    };

    startAsUserService = lib.mkEnableOption ''
      activation at login through a systemd user service, instead of one
      system service per user at boot (for homes only available once the
      user logs in)'';
  };

  config = lib.mkMerge [
    {
      home-manager.extraSpecialArgs.nixosConfig = config;
    }

    # Only with users: users.users would otherwise be defined in terms of
    # itself through home-manager.users (home-manager#594).
    (mkIf (cfg.useUserPackages && cfg.users != { }) {
      users.users = lib.mapAttrs (_: usercfg: { packages = [ usercfg.home.path ]; }) cfg.users;
      environment.pathsToLink = [ "/etc/profile.d" ];
    })

    (mkIf (cfg.users != { }) {
      warnings = lib.concatLists (
        lib.mapAttrsToList (user: usercfg: map (prefixed user) usercfg.warnings) cfg.users
      );
      assertions = lib.concatLists (
        lib.mapAttrsToList (
          user: usercfg:
          map (a: {
            inherit (a) assertion;
            message = prefixed user a.message;
          }) usercfg.assertions
        ) cfg.users
      );
    })
  ];
}
