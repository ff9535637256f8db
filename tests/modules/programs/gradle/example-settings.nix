# Mirrors Home Manager's gradle example-settings test.
{ config, lib, pkgs, ... }:
{
  programs.gradle = {
    enable = true;
    settings = {
      "org.gradle.caching" = true;
      "org.gradle.parallel" = true;
      "org.gradle.java.home" = pkgs.jdk17;
      "org.gradle.java.installations.paths" = "${pkgs.jdk8},${pkgs.jdk11}";
    };
  };

  programs.java.package = pkgs.runCommandLocal "java" { home = ""; } "mkdir $out";

  test.expected."home-files/.gradle/gradle.properties" = ./example-settings-expected.properties;
}
