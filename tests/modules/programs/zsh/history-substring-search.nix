# Loaded after syntax highlighting, one bindkey per key.
{ config, ... }:
{
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
    syntaxHighlighting.enable = true;
    historySubstringSearch = {
      enable = true;
      searchUpKey = [
        "^[[A"
        "$terminfo[kcuu1]"
      ];
      searchDownKey = "^[[B";
    };
  };

  test.expected."home-files/.zshrc" = ./history-substring-search-expected.zshrc;
}
