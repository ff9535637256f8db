# Mirrors Home Manager's gradle alternate-home-settings test. HM checks
# that the session variables file contains the export; here the whole
# file is compared (JAVA_HOME is empty: the test's java has home = "").
{ config, lib, pkgs, ... }:
{
  programs.gradle = {
    enable = true;
    home = ".gbt";
    settings = {
      "org.gradle.caching" = true;
    };
    initScripts = {
      "some-script.gradle".text = "println 'hello world'";
    };
  };

  programs.java.package = pkgs.runCommandLocal "java" { home = ""; } "mkdir $out";

  home.file.state.text = builtins.toJSON {
    properties = config.home.file ? ".gbt/gradle.properties";
    script = config.home.file ? ".gbt/init.d/some-script.gradle";
  };

  test.expected = {
    "home-path/etc/profile.d/hm-session-vars.sh" = ./alternate-home-settings-expected-vars.sh;
    "home-files/.gbt/init.d/some-script.gradle" = ./alternate-home-settings-expected.gradle;
    "home-files/state" = ./alternate-home-settings-expected.json;
  };
}
