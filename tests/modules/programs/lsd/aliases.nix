# The ls family for bash (integration on by default) and none for zsh
# with its integration off.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh.enable = true;
  programs.lsd = {
    enable = true;
    enableZshIntegration = false;
  };

  home.file.lsd-aliases.text = builtins.toJSON {
    bash = config.programs.bash.shellAliases;
    zsh = config.programs.zsh.shellAliases;
  };

  test.expected."home-files/lsd-aliases" = ./aliases-expected.json;
}
