# Mirrors Home Manager's zellij-enable-shells: the auto-start hooks
# (zsh's early, at order 200) and the two session variables they read.
{ config, lib, ... }:
{
  programs = {
    zellij = {
      enable = true;
      attachExistingSession = true;
      exitShellOnExit = true;
      enableZshIntegration = true;
      enableFishIntegration = true;
      enableBashIntegration = true;
    };
    bash.enable = true;
    zsh = {
      enable = true;
      dotDir = config.home.homeDirectory;
    };
    fish.enable = true;
  };

  test.expected = {
    "home-files/.bashrc" = ./enable-shells-expected.bashrc;
    "home-files/.zshrc" = ./enable-shells-expected.zshrc;
    "home-files/.config/fish/config.fish" = ./enable-shells-expected.fish;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./enable-shells-expected-vars.sh;
  };
}
