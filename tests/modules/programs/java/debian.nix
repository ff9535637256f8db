# A Debian JDK has no `home`: JAVA_HOME is default-java in its tree.
{ config, pkgs, ... }:
{
  programs.java = {
    enable = true;
    package = pkgs.jdk // {
      root = "@jdk-tree@/libexec/hearth/root";
    };
  };

  home.file.java-home.text = config.home.sessionVariables.JAVA_HOME + "\n";

  test.expected."home-files/java-home" = ./debian-expected.txt;
}
