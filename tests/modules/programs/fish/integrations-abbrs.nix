# eza's ls family as abbreviations under preferAbbrs (its `eza` alias with
# the flags stays), and starship started at the end of every shell when
# not only interactive ones should have it.
{
  programs.fish = {
    enable = true;
    generateCompletions = false;
    preferAbbrs = true;
  };
  programs.eza = {
    enable = true;
    git = true;
  };
  programs.starship = {
    enable = true;
    enableInteractive = false;
  };

  test.expected."home-files/.config/fish/config.fish" = ./integrations-abbrs-expected.fish;
}
