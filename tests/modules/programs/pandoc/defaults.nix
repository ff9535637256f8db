# Mirrors Home Manager's pandoc defaults test. HM's runs the real pandoc
# through the wrapper and reads its native output; nothing is built here,
# so this case checks the defaults file (HM's expected JSON) and the
# wrapper's flags instead.
{ config, lib, ... }:
{

  programs.pandoc = {
    enable = true;
    defaults = {
      metadata = {
        author = "John Doe";
      };
      pdf-engine = "xelatex";
      citeproc = true;
    };
  };

  home.file.defaults.source = config.programs.pandoc.defaultsFile;
  home.file.wrapper.text = config.programs.pandoc.finalPackage.postBuild;

  test.expected = {
    "home-files/defaults" = ./defaults-expected.json;
    "home-files/wrapper" = ./defaults-expected-wrapper.sh;
  };
}
