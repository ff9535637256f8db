# The ls family for bash (integration on by default), as abbreviations for
# fish when it prefers them, and none for zsh with its integration off.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish = {
    enable = true;
    preferAbbrs = true;
  };
  programs.lsd = {
    enable = true;
    enableZshIntegration = false;
  };

  home.file.lsd-aliases.text = builtins.toJSON {
    bash = config.programs.bash.shellAliases;
    zsh = config.programs.zsh.shellAliases;
    fish = {
      inherit (config.programs.fish) shellAliases;
      abbrs = builtins.attrNames config.programs.fish.shellAbbrs;
    };
  };

  test.expected."home-files/lsd-aliases" = ./aliases-expected.json;
}
