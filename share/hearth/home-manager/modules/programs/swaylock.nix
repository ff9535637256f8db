# programs.swaylock: the Wayland screen locker and its
# ~/.config/swaylock/config, one option per line: `name=value`, a bare
# `name` for true, nothing for false. Linux only; swaylock authenticates
# through PAM, which the system has to allow (Debian's package does).
#
# Checked against Home Manager's module and tests.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  inherit (lib) mkOption types;

  cfg = config.programs.swaylock;

  line =
    name: value:
    if value == false then
      ""
    else if value == true then
      "${name}\n"
    else
      # An image path goes to the store with the configuration.
      "${name}=${if builtins.isPath value then "${value}" else toString value}\n";
in
{
  options.programs.swaylock = {
    enable = mkOption {
      type = types.bool;
      # Before 23.05 settings alone turned the module on.
      default = lib.versionOlder config.home.stateVersion "23.05" && cfg.settings != { };
      defaultText = lib.literalExpression ''
        if lib.versionAtLeast config.home.stateVersion "23.05" then false
        else config.programs.swaylock.settings != { }
      '';
      example = true;
      description = ''
        Whether to install and configure swaylock. Unlocking needs a PAM
        service named swaylock on the system.
      '';
    };

    package = lib.mkPackageOption pkgs "swaylock" { nullable = true; };

    settings = mkOption {
      type = types.attrsOf (
        types.oneOf [
          types.bool
          types.float
          types.int
          types.path
          types.str
        ]
      );
      default = { };
      example = {
        color = "808080";
        font-size = 24;
        show-failed-attempts = true;
      };
      description = ''
        {file}`~/.config/swaylock/config`: the long command line options of
        {manpage}`swaylock(1)` without their dashes; true writes the bare
        flag, false leaves it out.
      '';
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [ (lib.hm.assertions.assertPlatform "programs.swaylock" pkgs lib.platforms.linux) ];

    home.packages = lib.mkIf (cfg.package != null) [ cfg.package ];

    xdg.configFile."swaylock/config" = lib.mkIf (cfg.settings != { }) {
      text = lib.concatStrings (lib.mapAttrsToList line cfg.settings);
    };
  };
}
