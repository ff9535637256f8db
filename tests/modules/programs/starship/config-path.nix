# Elsewhere than the default, the file is named by STARSHIP_CONFIG.
{ config, ... }:
{
  programs.starship = {
    enable = true;
    configPath = "${config.xdg.configHome}/starship/config.toml";
    settings.add_newline = true;
  };

  test.expected = {
    "home-files/.config/starship/config.toml" = ./config-path-expected.toml;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./config-path-expected-vars.sh;
  };
}
