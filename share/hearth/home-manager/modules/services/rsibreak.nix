# services.rsibreak: RSIBreak, which makes you take breaks from the
# keyboard, as a user service of the graphical session. The package is
# always pkgs.rsibreak (there is no option for it), and the service finds
# other programs through the profile's bin directory.
#
# Checked against Home Manager's module (it has no tests).
{
  config,
  lib,
  pkgs,
  ...
}:

{
  options.services.rsibreak.enable = lib.mkEnableOption "RSIBreak, reminders to take breaks";

  config = lib.mkIf config.services.rsibreak.enable {
    home.packages = [ pkgs.rsibreak ];

    systemd.user.services.rsibreak = {
      Unit = {
        Description = "RSI break timer";
        After = [ "graphical-session-pre.target" ];
        PartOf = [ "graphical-session.target" ];
      };

      Service = {
        Environment = "PATH=${config.home.profileDirectory}/bin";
        ExecStart = "${pkgs.rsibreak}/bin/rsibreak";
      };

      Install.WantedBy = [ "graphical-session.target" ];
    };
  };
}
