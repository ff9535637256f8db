# Mirrors Home Manager's gradle init-scripts-settings test.
{ config, lib, pkgs, ... }:
{
  programs.gradle = {
    enable = true;
    initScripts = {
      "inline-init-script.gradle".text = ''
        println 'inline-init-script'
      '';
      "external-init-script.gradle".source = ./external-init-script.gradle;
    };
  };

  programs.java.package = pkgs.runCommandLocal "java" { home = ""; } "mkdir $out";

  test.expected = {
    "home-files/.gradle/init.d/inline-init-script.gradle" = ./init-scripts-settings-expected.gradle;
    "home-files/.gradle/init.d/external-init-script.gradle" = ./external-init-script.gradle;
  };
}
