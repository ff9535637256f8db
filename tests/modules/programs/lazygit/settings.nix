# Settings become config.yml; the wrapper function goes into bash's and
# zsh's start-up files, reading the directory file under the cache home
# when XDG directories are preferred.
{ config, lib, ... }:
{
  programs.lazygit = {
    enable = true;
    settings.gui.theme = {
      lightTheme = true;
      activeBorderColor = [
        "blue"
        "bold"
      ];
    };
  };
  home.preferXdgDirectories = true;

  home.file.wrapper.text = config.programs.zsh.initContent;

  test.expected = {
    "home-files/.config/lazygit/config.yml" = ./settings-expected.yml;
    "home-files/wrapper" = ./settings-expected-wrapper.sh;
  };
}
