# pam: writes ~/.pam_environment (pam_env's per-user variables, each set
# with OVERRIDE) and, for pam_yubico, the file mapping the user to the
# YubiKey token ids allowed to log in.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  cfg = config.pam;
  keys = cfg.yubico.authorizedYubiKeys;

  # A YubiKey's public id (its first 12 modhex characters).
  yubiKeyId = types.addCheck types.str (s: builtins.stringLength s == 12) // {
    name = "yubiKeyId";
    description = "string of length 12";
  };

  envLine = name: value: ''${name} OVERRIDE="${toString value}"'';
in
{
  meta.maintainers = with lib.maintainers; [
    rycee
    veehaitch
  ];

  options.pam = {
    sessionVariables = mkOption {
      type = types.attrs;
      default = { };
      example = {
        EDITOR = "vim";
      };
      description = ''
        Variables pam_env sets for the login session, with values as
        {manpage}`pam_env.conf(5)` reads them. Expected to be deprecated;
        prefer {option}`home.sessionVariables`.
      '';
    };

    yubico.authorizedYubiKeys = {
      ids = mkOption {
        type = types.listOf yubiKeyId;
        default = [ ];
        description = ''
          Token ids of the YubiKeys allowed to authenticate this user (see
          <https://developers.yubico.com/yubico-pam> for finding a key's id).
        '';
      };

      path = mkOption {
        type = types.str;
        default = ".yubico/authorized_yubikeys";
        description = "Where the id list is written, relative to {env}`HOME`.";
      };
    };
  };

  config = lib.mkMerge [
    (lib.mkIf (cfg.sessionVariables != { }) {
      home.file.".pam_environment".text =
        lib.concatStringsSep "\n" (lib.mapAttrsToList envLine cfg.sessionVariables) + "\n";
    })

    # pam_yubico's format: user name, then the ids, colon-separated, no newline.
    (lib.mkIf (keys.ids != [ ]) {
      home.file.${keys.path}.text = lib.concatStringsSep ":" ([ config.home.username ] ++ keys.ids);
    })
  ];
}
