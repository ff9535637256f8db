# programs.password-store: pass, and its environment variables as session
# variables. Before state version 25.11 an unset `settings` still means
# PASSWORD_STORE_DIR=$XDG_DATA_HOME/password-store, with a warning saying
# how to keep or drop it; from 25.11 on nothing is set by default.
#
# Differs from Home Manager: Hearth has neither services.pass-secret-service
# nor xsession, so the store path is not passed to the former and the
# variables are not imported into the latter.
{
  config,
  lib,
  options,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.password-store;

  legacyDefault = {
    PASSWORD_STORE_DIR = "${config.xdg.dataHome}/password-store";
  };
  legacyText = ''{ PASSWORD_STORE_DIR = "''${config.xdg.dataHome}/password-store"; }'';

  # Only an untouched option falls back to the old default: any definition,
  # even `{ }`, is taken as the user's choice.
  usesLegacyDefault =
    lib.versionOlder config.home.stateVersion "25.11"
    && options.programs.password-store.settings.highestPrio >= (lib.mkOptionDefault { }).priority;

  settings = lib.optionalAttrs usesLegacyDefault legacyDefault // cfg.settings;
in
{
  options.programs.password-store = {
    enable = lib.mkEnableOption "pass, the standard Unix password manager";

    package = lib.mkPackageOption pkgs "pass" {
      example = "pkgs.pass.withExtensions (exts: [ exts.pass-otp ])";
      extraDescription = "Extensions come with a package made by `withExtensions`.";
    };

    settings = mkOption {
      type = types.attrsOf types.str;
      default = { };
      defaultText = lib.literalMD ''
        `{ }`; before state version 25.11, `${legacyText}`
      '';
      example = {
        PASSWORD_STORE_DIR = "/home/me/.password-store";
        PASSWORD_STORE_CLIP_TIME = "60";
      };
      description = ''
        Environment variables for pass and its extensions, set for the
        session; see the ENVIRONMENT VARIABLES section of pass(1).
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    warnings = lib.optional usesLegacyDefault ''
      The default value of `programs.password-store.settings` has changed from `${legacyText}` to `{ }`.
      You are currently using the legacy default (`${legacyText}`) because `home.stateVersion` is less than "25.11".
      To silence this warning and keep legacy behavior, set:
        programs.password-store.settings = ${legacyText};
      To adopt the new default behavior, set:
        programs.password-store.settings = { };
    '';

    home.packages = [ cfg.package ];
    home.sessionVariables = settings;
  };
}
