# Hooks are linked into one store directory that core.hooksPath names.
{
  home.stateVersion = "25.05";
  programs.git = {
    enable = true;
    hooks.pre-commit = ./hooks-pre-commit.sh;
  };

  test.expected."home-files/.config/git/config" = ./hooks-expected.conf;
}
