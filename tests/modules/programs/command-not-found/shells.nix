# Home Manager has no command-not-found test; this pins its module's
# handlers (the same helper called from bash, zsh and fish) and Hearth's
# helper script, which helper.test.sh runs against a real database.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.command-not-found = {
    enable = true;
    dbPath = "/var/lib/programs.sqlite";
  };

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
    "home-path/bin/command-not-found" = ./shells-expected-helper.sh;
  };
}
