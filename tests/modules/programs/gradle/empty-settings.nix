# Mirrors Home Manager's gradle empty-settings test: nothing under
# ~/.gradle and no GRADLE_USER_HOME.
{ config, lib, pkgs, ... }:
{
  programs.gradle.enable = true;

  programs.java.package = pkgs.runCommandLocal "java" { home = ""; } "mkdir $out";

  home.file.state.text = builtins.toJSON {
    files = builtins.filter (lib.hasPrefix ".gradle") (
      map (f: f.target) (builtins.attrValues config.home.file)
    );
    variable = config.home.sessionVariables ? GRADLE_USER_HOME;
  };

  test.expected."home-files/state" = ./empty-settings-expected.json;
}
