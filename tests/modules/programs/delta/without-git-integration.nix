# Without the git integration the options stay out of git's config: the
# installed delta is a wrapper passing them in a config file of its own
# (Home Manager's finalPackage).
{ config, lib, ... }:
{
  home.stateVersion = "25.05";
  programs.delta = {
    enable = true;
    options.syntax-theme = "Dracula";
  };
  programs.git.enable = true;

  home.file.state.text = builtins.toJSON {
    gitconfig = config.xdg.configFile."git/config".text;
    installed = map (p: p.name) (builtins.filter (p: lib.hasPrefix "delta" p.name) config.home.packages);
  };

  test.expected."home-files/state" = ./without-git-integration-expected.json;
}
