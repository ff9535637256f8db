# Nothing set: no ignore file, no alias; a null package installs nothing.
{ config, lib, ... }:
{

  programs.fd = {
    enable = true;
    package = null;
  };

  home.file.state.text = builtins.toJSON {
    ignore = config.xdg.configFile ? "fd/ignore";
    aliases = config.programs.bash.shellAliases ? fd || config.programs.zsh.shellAliases ? fd;
    packages = builtins.filter (n: n == "fd") (map (p: p.name) config.home.packages);
  };

  test.expected."home-files/state" = ./no-options-expected.json;
}
