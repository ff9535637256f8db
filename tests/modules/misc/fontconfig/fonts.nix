# Home Manager's fontconfig fonts test: 10-hm-fonts.conf names home.path's
# and the profile's font directories and the cache built into home.path;
# no rendering file without rendering options; the font cache is built
# with the profile.
{ config, lib, ... }:
{
  fonts.fontconfig.enable = true;

  home.file."checks".text = lib.concatMapStrings (x: x + "\n") [
    "rendering: ${lib.boolToString (config.xdg.configFile ? "fontconfig/conf.d/10-hm-rendering.conf" && config.xdg.configFile."fontconfig/conf.d/10-hm-rendering.conf".enable)}"
    "forced: ${lib.boolToString config.xdg.configFile."fontconfig/conf.d/10-hm-fonts.conf".force}"
    "fc-cache: ${lib.boolToString (lib.hasInfix "@fontconfig@/bin/fc-cache -f" config.home.extraProfileCommands)}"
  ];

  test.expected = {
    "home-files/.config/fontconfig/conf.d/10-hm-fonts.conf" = ./fonts-expected.conf;
    "home-files/checks" = ./fonts-expected-checks.txt;
  };
}
