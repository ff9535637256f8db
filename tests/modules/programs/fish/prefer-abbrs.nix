# Mirrors Home Manager's home-shell-aliases-prefer-abbrs.nix: with
# preferAbbrs, home.shellAliases become abbreviations, not aliases.
{
  home.shellAliases = {
    g = "git";
    ll = "ls -l";
  };
  programs.fish = {
    enable = true;
    generateCompletions = false;
    preferAbbrs = true;
  };

  test.expected."home-files/.config/fish/config.fish" = ./prefer-abbrs-expected.fish;
}
