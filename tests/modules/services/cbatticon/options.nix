# Every option: the commands become scripts, the rest flags in a fixed
# order with the battery last. The scripts' store paths (zeroed in the
# expected unit) are checked against scripts of the expected text.
{
  config,
  lib,
  pkgs,
  ...
}:
let
  critical = ''
    notify-send "battery critical!"
  '';
  leftClick = "xterm -e upower -d";
  # The unit's values merge into lists. Context is dropped: builtins.match
  # takes no strings with store paths.
  execStart = builtins.unsafeDiscardStringContext (
    toString config.systemd.user.services.cbatticon.Service.ExecStart
  );
  flag =
    name: text:
    builtins.unsafeDiscardStringContext "--${name} ${pkgs.writeShellScript name text} ";
in
{
  imports = [ ./package.nix ];

  services.cbatticon = {
    enable = true;
    commandCriticalLevel = critical;
    commandLeftClick = leftClick;
    iconType = "symbolic";
    lowLevelPercent = 20;
    criticalLevelPercent = 5;
    updateIntervalSeconds = 10;
    hideNotification = true;
    batteryId = "BAT0";
  };

  home.file.scripts.text = builtins.toJSON {
    critical = lib.hasInfix (flag "command-critical-level" critical) execStart;
    leftClick = lib.hasInfix (flag "command-left-click" leftClick) execStart;
  };

  test.expected = {
    "home-files/.config/systemd/user/cbatticon.service" = ./options.service;
    "home-files/scripts" = ./options-scripts.json;
  };
}
