# As Home Manager: JAVA_HOME is the home the JDK package names.
{ config, pkgs, ... }:
{
  programs.java = {
    enable = true;
    package = pkgs.jdk // {
      home = "${pkgs.jdk}/lib/openjdk";
    };
  };

  home.file.java-home.text = config.home.sessionVariables.JAVA_HOME + "\n";

  test.expected."home-files/java-home" = ./home-expected.txt;
}
