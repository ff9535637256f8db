# programs.java: a JDK and JAVA_HOME pointing at it. nixpkgs' JDKs say
# where that is (`home`); for Debian's, whose tree has /usr under `root`,
# it is Debian's default-java link under /usr/lib/jvm.
#
# UNVERIFIED: written when Home Manager's module and tests could not be read
# (the session's lookup budget was spent); options and output follow a
# recollection of them. The cases in tests/modules pin this file's own
# output until they are checked against Home Manager's tests.
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

    package = lib.mkPackageOption pkgs "jdk" { example = "pkgs.jre"; };
  };

  config = lib.mkIf cfg.enable {
    home.packages = [ cfg.package ];

    home.sessionVariables.JAVA_HOME = "${javaHome}";
  };
}
