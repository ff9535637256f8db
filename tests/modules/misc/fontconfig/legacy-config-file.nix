# Home Manager's legacy-default-configFile-toggle test: before 26.11 a
# configFile entry not enabled explicitly is not written, with a warning;
# the built-in files still are, and an empty default-fonts file is written.
{ config, lib, ... }:
{
  home.stateVersion = "26.05";

  fonts.fontconfig = {
    enable = true;
    configFile.implicitly-disabled.text = "foo";
  };

  home.file."written".text = lib.concatMapStrings (t: t + "\n") (
    map (f: f.target) (
      builtins.filter (f: f.enable && lib.hasInfix "fontconfig/conf.d" f.target) (
        lib.attrValues config.home.file
      )
    )
  );

  test.expected = {
    warnings = ./legacy-config-file-expected-warnings.txt;
    "home-files/written" = ./legacy-config-file-expected-written.txt;
    "home-files/.config/fontconfig/conf.d/52-hm-default-fonts.conf" =
      ./legacy-config-file-expected-default-fonts.conf;
  };
}
