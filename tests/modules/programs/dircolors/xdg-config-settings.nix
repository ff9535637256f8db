# Mirrors Home Manager's dircolors-xdg-config-settings (less its nushell
# check): with home.preferXdgDirectories the database moves under
# $XDG_CONFIG_HOME and the zsh hook, early in .zshrc, reads it there.
{ config, ... }:
{
  home.preferXdgDirectories = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.dircolors = {
    enable = true;
    settings = {
      OTHER_WRITABLE = "30;46";
      ".sh" = "01;32";
      ".csh" = "01;32";
    };
    extraConfig = ''
      # Extra dircolors configuration.
    '';
  };

  test.expected = {
    "home-files/.config/dir_colors" = ./settings-expected.conf;
    "home-files/.zshrc" = ./xdg-config-settings-expected.zshrc;
  };
}
