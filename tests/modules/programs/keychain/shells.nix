# Home Manager has no keychain test; this pins its module's hooks: the
# same `keychain --eval --quiet id_rsa` in .bashrc, .zshrc (at the default
# order) and config.fish.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.zsh = {
    enable = true;
    dotDir = config.home.homeDirectory;
  };
  programs.fish.enable = true;
  programs.keychain.enable = true;

  test.expected = {
    "home-files/.bashrc" = ./shells-expected.bashrc;
    "home-files/.zshrc" = ./shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./shells-expected.fish;
  };
}
