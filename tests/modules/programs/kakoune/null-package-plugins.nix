# Hearth's own case: plugins without a package install nothing and warn.
{ pkgs, ... }:
{
  programs.kakoune = {
    enable = true;
    package = null;
    plugins = [ (pkgs.runCommand "kak-prelude" { } "") ];
  };

  test.expected.warnings = ./null-package-plugins-expected-warnings.txt;
}
