# Ignore patterns, one a line, and flags (quoted for the shell) in the
# alias every shell gets.
{ config, lib, ... }:
{

  programs.fd = {
    enable = true;
    ignores = [
      ".git/"
      "*.bak"
    ];
    hidden = true;
    extraOptions = [
      "--no-ignore"
      "--exclude=a b"
    ];
  };

  home.file.state.text = builtins.toJSON {
    bash = config.programs.bash.shellAliases;
    zsh = config.programs.zsh.shellAliases;
    fish = config.programs.fish.shellAliases;
    packages = builtins.filter (n: n == "fd") (map (p: p.name) config.home.packages);
  };

  test.expected = {
    "home-files/.config/fd/ignore" = ./options-expected.ignore;
    "home-files/state" = ./options-expected.json;
  };
}
