# The fish hook evaluates `dircolors -c` in config.fish's shellInit, as
# Home Manager's does.
{
  programs.fish.enable = true;
  programs.dircolors.enable = true;

  test.expected."home-files/.config/fish/config.fish" = ./fish-expected.fish;
}
