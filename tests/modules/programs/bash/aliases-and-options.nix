# Aliases (home.shellAliases feeds programs.bash.shellAliases, which wins
# on a clash), shell options with "-" unsetting, and the extra snippets in
# their places: bashrcExtra first, initExtra after completion.
{
  home.shellAliases = {
    g = "git";
    ll = "ls -la";
  };

  programs.bash = {
    enable = true;
    shellAliases = {
      ll = "ls -l";
      ".." = "cd ..";
      say = "echo 'hi'";
    };
    shellOptions = [
      "extglob"
      "-cdspell"
    ];
    bashrcExtra = ''
      export FROM_BASHRC=1
    '';
    initExtra = ''
      set -o vi
    '';
  };

  test.expected."home-files/.bashrc" = ./aliases-and-options-expected.bashrc;
}
