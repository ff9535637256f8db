# Mirrors Home Manager's man-mandoc: mandoc's index is linked at
# ~/.local/share/mandoc/man, which MANPATH then searches first.
{ config, lib, ... }:
{
  programs.man = {
    enable = true;
    man-db.enable = false;
    mandoc.enable = true;
    generateCaches = true;
  };

  home.file.state.text = builtins.toJSON {
    packages = map (p: p.name) (builtins.filter (p: lib.hasPrefix "man" p.name) config.home.packages);
    link = toString config.home.file.".local/share/mandoc/man".source;
  };

  test.expected = {
    "home-files/state" = ./mandoc-expected.json;
    "home-path/etc/profile.d/hm-session-vars.sh" = ./mandoc-expected-vars.sh;
  };
}
