# With a package given, extraPackages get a wrapped hx; defaultEditor sets
# EDITOR and VISUAL. Without one (Debian 12 has no Helix) nothing is
# installed.
{ config, lib, pkgs, ... }:
let
  helix = pkgs.runCommand "helix-25.01" { } "";
in
{
  programs.helix = {
    enable = true;
    package = helix;
    defaultEditor = true;
    extraPackages = [ (pkgs.runCommand "marksman-1" { } "") ];
  };

  home.file.state.text = builtins.toJSON {
    editor = [
      config.home.sessionVariables.EDITOR
      config.home.sessionVariables.VISUAL
    ];
    packages = map (p: p.name) (builtins.filter (p: lib.hasPrefix "helix" (p.name or "")) config.home.packages);
  };
  home.file.wrapper.text = (lib.findFirst (p: lib.hasPrefix "helix" (p.name or "")) null config.home.packages).buildCommand;

  test.expected = {
    "home-files/state" = ./wrapper-expected.json;
    "home-files/wrapper" = ./wrapper-expected-build.sh;
  };
}
