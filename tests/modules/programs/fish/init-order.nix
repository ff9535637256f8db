# Where each init option lands in config.fish, with home.shellAliases as
# aliases (a shell alias of fish's own wins over them).
{
  home.shellAliases = {
    g = "git";
    ll = "ls -l";
  };
  programs.fish = {
    enable = true;
    generateCompletions = false;
    shellAliases.ll = "ls -la";
    shellInit = "set -g init_all 1";
    loginShellInit = ''
      set -g init_login 1
      set -g init_login2 1
    '';
    interactiveShellInit = "set -g init_interactive 1";
    shellInitLast = "set -g init_last 1";
  };

  test.expected."home-files/.config/fish/config.fish" = ./init-order-expected.fish;
}
