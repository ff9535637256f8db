# Settings become config.yml; the wrapper function goes into bash's and
# zsh's start-up files, reading the directory file under the cache home
# when XDG directories are preferred. No Home Manager test covers
# settings; config.yml follows remarshal's YAML 1.1 (lists under a key
# not indented).
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
