# No shell integration mode: the file is the header alone, and no shell
# gets integration code.
{ config, ... }:
{
  programs.kitty = {
    enable = true;
    shellIntegration.mode = null;
  };

  home.file.state.text = builtins.toJSON {
    bash = config.programs.bash.initExtra;
    zsh = config.programs.zsh.initContent;
  };

  test.expected = {
    "home-files/.config/kitty/kitty.conf" = ./null-shell-integration-expected.conf;
    "home-files/state" = ./null-shell-integration-expected.json;
  };
}
