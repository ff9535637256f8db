# programs.java: a JDK and JAVA_HOME pointing at it. nixpkgs' JDKs say
# where that is (`home`); for Debian's, whose tree has /usr under `root`,
# it is Debian's default-java link under /usr/lib/jvm.
#
# Checked against Home Manager's module (its tests were not in the index);
# the Debian fallback is Hearth's own.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.programs.java;

  javaHome =
    if cfg.package ? home then
      cfg.package.home
    else if cfg.package ? root then
      "${cfg.package.root}/usr/lib/jvm/default-java"
    else
      "${cfg.package}";
in
{
  options.programs.java = {
    enable = lib.mkEnableOption "a Java development kit, with {env}`JAVA_HOME` set";

    package = lib.mkPackageOption pkgs "java" {
      default = "jdk";
      example = "pkgs.jre";
    };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.sessionVariables.JAVA_HOME = "${javaHome}";
  };
}
