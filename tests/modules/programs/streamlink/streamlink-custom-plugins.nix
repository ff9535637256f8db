# Home Manager's streamlink-custom-plugins test (its Linux paths): a plugin
# from a file, one from text, and one with settings only. dummy.py is
# Hearth's own stand-in plugin.
{ config, ... }:
{
  imports = [ ./package.nix ];

  programs.streamlink = {
    enable = true;
    plugins = {
      dummy.src = ./dummy.py;
      dummy2.src = builtins.readFile ./dummy.py;
      twitch.settings = {
        player = "haruna";
        quiet = true;
      };
    };
  };

  # No global settings: no config file, and no plugin code for twitch.
  home.file.state.text = builtins.toJSON {
    config = config.xdg.configFile ? "streamlink/config";
    twitchCode = config.xdg.dataFile ? "streamlink/plugins/twitch.py";
  };

  test.expected = {
    "home-files/.config/streamlink/config.twitch" = ./config.twitch;
    "home-files/.local/share/streamlink/plugins/dummy.py" = ./dummy.py;
    "home-files/.local/share/streamlink/plugins/dummy2.py" = ./dummy.py;
    "home-files/state" = ./custom-plugins-expected.json;
  };
}
