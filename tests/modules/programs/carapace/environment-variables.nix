# Home Manager's carapace-environment-variables test. Home Manager builds
# the wrapper and greps it for the exports; here the wrapping command and
# the binary bash runs are checked instead.
{ config, ... }:
{
  programs.bash.enable = true;
  programs.carapace = {
    enable = true;
    enableBashIntegration = true;
    environmentVariables = {
      CARAPACE_MATCH = "1";
      CARAPACE_EXCLUDES = "wt";
    };
  };

  home.file.wrapper.text = config.programs.carapace.package.postBuild;

  test.expected = {
    "home-files/wrapper" = ./environment-variables-expected.sh;
    "home-files/.bashrc" = ./environment-variables-expected.bashrc;
  };
}
