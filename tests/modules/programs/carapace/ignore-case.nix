# Home Manager's carapace-ignore-case test: the deprecated option still sets
# CARAPACE_MATCH, with a warning. (Home Manager greps the built wrapper.)
{ config, ... }:
{
  programs.carapace = {
    enable = true;
    enableBashIntegration = true;
    ignoreCase = true;
  };

  home.file.wrapper.text = config.programs.carapace.package.postBuild;

  test.expected = {
    "home-files/wrapper" = ./ignore-case-expected.sh;
    warnings = ./ignore-case-expected-warnings.txt;
  };
}
