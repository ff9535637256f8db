# system.userActivationScripts: shell snippets run as each user, in that
# user's systemd instance, by a user unit NixOS calls nixos-activation.service.
# It is wanted by default.target, so it runs when a user's manager starts (a
# login, or lingering at boot); at a switch the system layer starts it in
# every user manager that is already running, as switch-to-configuration does.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;

  scripts = config.system.userActivationScripts;

  # One snippet's failure is reported and remembered; the others still run
  # and the unit fails at the end, so a switch names what went wrong.
  snippet = name: text: ''
    # ${name}
    if ! (
    ${text}
    ); then
      echo "user activation snippet '${name}' failed" >&2
      _failed=1
    fi
  '';
in
{
  options.system.userActivationScripts = mkOption {
    type = types.attrsOf types.lines;
    default = { };
    example = lib.literalExpression ''{ hello = "echo hello from $USER"; }'';
    description = ''
      Shell snippets run as each user at login and, on a switch, as each
      user whose systemd instance is running, in the order of their names.
    '';
  };

  config = lib.mkIf (scripts != { }) {
    systemd.user.services.nixos-activation = {
      description = "Run user-specific NixOS activation";
      script = ''
        _failed=0
        ${lib.concatStrings (lib.mapAttrsToList snippet scripts)}
        exit $_failed
      '';
      unitConfig.ConditionUser = "!@system";
      serviceConfig.Type = "oneshot";
      wantedBy = [ "default.target" ];
    };
  };
}
