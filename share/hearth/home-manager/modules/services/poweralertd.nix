# services.poweralertd: notifications about power supply and battery
# changes, from UPower's events, as a graphical-session user service.
# Debian 12 does not package poweralertd: there `package` must be given.
#
# Checked against Home Manager's module and test.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.poweralertd;

  # systemd splits ExecStart= on blanks and reads C-style quotes, and
  # expands % specifiers and $ variables: a JSON string, with those two
  # doubled, is one literal argument.
  execArg =
    a:
    let
      text =
        if builtins.isString a || builtins.isPath a then
          "${a}"
        else if builtins.isInt a || builtins.isFloat a || lib.isDerivation a then
          toString a
        else
          throw "poweralertd: an argument must be a string, path, number or package";
    in
    lib.replaceStrings [ "%" "$" ] [ "%%" "$$" ] (builtins.toJSON text);
in
{
  options.services.poweralertd = {
    enable = lib.mkEnableOption "poweralertd, power and battery notifications from UPower";

    package = lib.mkPackageOption pkgs "poweralertd" { };

    extraArgs = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [
        "-s"
        "-S"
      ];
      description = "Arguments for {command}`poweralertd` (see {manpage}`poweralertd(1)`).";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "services.poweralertd" pkgs lib.platforms.linux) ];

    systemd.user.services.poweralertd = {
      Unit = {
        Description = "UPower-powered power alerter";
        Documentation = "man:poweralertd(1)";
        PartOf = [ "graphical-session.target" ];
        After = [ "graphical-session.target" ];
      };
      Service = {
        Type = "simple";
        # Named outright: a package given on Debian may lack meta.mainProgram.
        ExecStart = "${lib.getExe' cfg.package "poweralertd"} ${lib.concatMapStringsSep " " execArg cfg.extraArgs}";
        Restart = "always";
      };
      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
